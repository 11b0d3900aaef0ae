import { useState } from 'react';
import { useAppState } from '../../app/AppContext';
import { EmptyState } from '../../components/EmptyState';
import { ChannelPicker } from './ChannelPicker';
import { NextMeetingPanel } from './NextMeetingPanel';
import { emptyForm, formOf } from './schedule-form';
import { ScheduleFormPanel } from './ScheduleFormPanel';
import { useSchedule } from './use-schedule';
import { timeZones } from './zones';

/**
 * A channel's recurring meeting (the connected channel unless another is picked): the form that
 * sets it, and the next meeting with its times around the world, calendar file and announcement.
 */
export function ScheduleView() {
  const connected = useAppState((s) => s.status?.channel ?? null);
  const server = useAppState((s) => s.status?.server ?? null);
  // null: follow the connection's channel.
  const [picked, setPicked] = useState<string | null>(null);
  const channel = picked ?? connected ?? '';
  const { data, save, clear } = useSchedule(channel);

  return (
    <section className="view schedule-view" aria-labelledby="schedule-heading">
      <h2 id="schedule-heading">Schedule</h2>
      <ChannelPicker key={channel} channel={channel} connected={connected} onPick={setPicked} />
      <datalist id="schedule-zones">
        {timeZones().map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
      {channel === '' ? (
        <EmptyState title="No channel yet.">
          Type the channel whose meeting you want to schedule, or connect to one.
        </EmptyState>
      ) : data.loading ? (
        <p role="status">Reading the schedule of {channel}…</p>
      ) : (
        <>
          {data.loadError && (
            <p className="schedule-error" role="alert">
              The schedule of {channel} could not be read: {data.loadError}
            </p>
          )}
          <div className="schedule-columns">
            <ScheduleFormPanel
              key={`${channel}\u0000${data.version}`}
              channel={channel}
              initial={data.schedule ? formOf(data.schedule) : emptyForm()}
              saved={data.schedule !== null}
              server={server}
              onSave={save}
              onClear={clear}
            />
            <NextMeetingPanel data={data} />
          </div>
        </>
      )}
    </section>
  );
}
