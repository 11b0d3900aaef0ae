import type { LogLine } from '../domain/line';

/**
 * Builds log lines for tests and examples: `say('bob', '#info x')`, `me('bob', 'waves')`.
 * Times count up one second per line from 12:00:00 unless given.
 */
export function lineMaker(startSeconds = 12 * 3600) {
  let t = startSeconds;
  const stamp = (time?: string) => {
    if (time !== undefined) return time;
    const s = t++ % 86_400;
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`;
  };
  return {
    say: (nick: string, text: string, time?: string): LogLine => ({
      at: null,
      time: stamp(time),
      kind: 'message',
      nick,
      text,
    }),
    me: (nick: string, text: string, time?: string): LogLine => ({
      at: null,
      time: stamp(time),
      kind: 'action',
      nick,
      text,
    }),
    other: (kind: LogLine['kind'], nick: string, text: string): LogLine => ({
      at: null,
      time: stamp(),
      kind,
      nick,
      text,
    }),
  };
}
