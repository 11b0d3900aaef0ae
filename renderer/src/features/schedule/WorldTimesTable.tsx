import type { NextMeeting } from './use-schedule';
import { dayShiftLabel } from './schedule-text';

/** The next meeting's local time in each city, with the UTC offset then and the day against UTC's. */
export function WorldTimesTable({ times }: { times: NextMeeting['worldTimes'] }) {
  return (
    <table className="world-times">
      <caption>Times around the world</caption>
      <thead>
        <tr>
          <th scope="col">City</th>
          <th scope="col">Local time</th>
          <th scope="col">UTC offset</th>
          <th scope="col">Day</th>
        </tr>
      </thead>
      <tbody>
        {times.map((t) => (
          <tr key={`${t.city}\u0000${t.zone}`}>
            <th scope="row" title={t.zone}>
              {t.city}
            </th>
            <td>{t.local}</td>
            <td>{t.offset}</td>
            <td>{dayShiftLabel(t.dayShift)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
