import type { GavelBridge } from '../../../../shared/ipc/bridge';

/** One line of a test log: minutes after the start, who said it, what they said. */
export type TestLine = readonly [minute: number, nick: string, text: string];

/** 2024-05-01 13:00 UTC, when the test meetings begin. */
export const LOG_START = Date.UTC(2024, 4, 1, 13, 0, 0);

/** A log in Sopel's chanlogs format (every line stamped with its instant), from `start`. */
export function sopelLog(lines: readonly TestLine[], start = LOG_START): string {
  return lines
    .map(([minute, nick, text], i) => {
      const at = new Date(start + minute * 60_000 + (i % 60) * 1000);
      return `${at.toISOString().slice(0, 19)}+00:00  <${nick}> ${text}`;
    })
    .join('\n');
}

/** A short meeting: three topics (the last runs over), an action for bob, a decision. */
export const WEEKLY: readonly TestLine[] = [
  [0, 'alice', '#startmeeting weekly sync'],
  [0, 'alice', '#topic Budget'],
  [1, 'bob', 'we spent too much on pizza'],
  [2, 'carol', 'agreed, less pizza'],
  [4, 'alice', '#agreed pizza budget halved'],
  [5, 'alice', '#topic Release'],
  [6, 'bob', 'the release is on track'],
  [7, 'alice', '#action bob to tag the release'],
  [8, 'carol', 'docs need an update'],
  [10, 'alice', '#topic Any other business'],
  [11, 'bob', 'nothing from me'],
  [15, 'alice', '#endmeeting'],
];

/**
 * Imports `text` into the core as a log of `channel`, through the import channels as
 * the window does; resolves to the new meeting's id.
 */
export async function importMeeting(
  bridge: GavelBridge,
  text: string,
  channel = '#meet',
): Promise<string> {
  const data = new TextEncoder().encode(text);
  const begun = await bridge.invoke('import:begin', {
    name: 'test.log',
    size: data.length,
    channel,
  });
  if (!begun.ok) throw new Error(begun.error.message);
  const { importId } = begun.value;
  const sent = await bridge.invoke('import:chunk', { importId, index: 0, data });
  if (!sent.ok) throw new Error(sent.error.message);
  const done = await bridge.invoke('import:finish', { importId });
  if (!done.ok) throw new Error(done.error.message);
  if (done.value.status !== 'imported') throw new Error('The test log needs more input.');
  return done.value.meetingId;
}
