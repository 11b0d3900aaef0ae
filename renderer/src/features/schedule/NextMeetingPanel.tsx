import { AnnouncementBox } from './AnnouncementBox';
import { icsFileName, utcWhen } from './schedule-text';
import { useObjectUrl } from './use-object-url';
import type { ScheduleData } from './use-schedule';
import { WorldTimesTable } from './WorldTimesTable';

/**
 * The channel's next meeting: its instant in UTC, its local time around the world, a calendar
 * file to download and an announcement to paste; or why there is none to show.
 */
export function NextMeetingPanel({ data }: { data: ScheduleData }) {
  const { channel, schedule, next, nextError } = data;
  return (
    <section className="schedule-next" aria-labelledby="schedule-next-heading">
      <h3 id="schedule-next-heading">Next meeting</h3>
      {!schedule && <p>No meeting time is set for {channel} yet. Save one to see it here.</p>}
      {schedule && nextError && (
        <p className="schedule-error" role="alert">
          {nextError}
        </p>
      )}
      {schedule && next && (
        <>
          <p className="next-when">
            <time dateTime={new Date(next.at).toISOString()}>{utcWhen(next.at)}</time>
          </p>
          <WorldTimesTable times={next.worldTimes} />
          <IcsLink channel={channel} ics={next.ics} />
          <AnnouncementBox text={next.announcement} />
        </>
      )}
    </section>
  );
}

function IcsLink({ channel, ics }: { channel: string; ics: string }) {
  const url = useObjectUrl(ics, 'text/calendar;charset=utf-8');
  if (!url) return null;
  return (
    <p>
      <a className="ics-link" href={url} download={icsFileName(channel)}>
        Download .ics
      </a>
    </p>
  );
}
