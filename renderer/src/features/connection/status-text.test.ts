import { describe, expect, it } from 'vitest';
import { IDLE_STATUS } from '../../testing/fake-bridge';
import { describeStatus } from './status-text';

const open = { state: 'open', message: null } as const;
const up = {
  ...IDLE_STATUS,
  server: 'irc.example.org',
  port: 6697,
  tls: true,
  nick: 'chair',
  channel: '#meet',
  since: 1,
};

describe('describeStatus', () => {
  it('says where and as whom', () => {
    expect(describeStatus({ ...up, state: 'joined' }, open)).toEqual({
      headline: 'Joined #meet',
      detail: 'as chair on irc.example.org:6697 (TLS)',
    });
    expect(describeStatus({ ...up, state: 'connecting' }, open).headline).toBe(
      'Connecting to irc.example.org:6697 (TLS)…',
    );
    expect(describeStatus({ ...up, state: 'registered' }, open).headline).toBe('Joining #meet…');
    expect(describeStatus({ ...up, state: 'failed' }, open).headline).toBe('Connection failed');
    expect(describeStatus(IDLE_STATUS, open).headline).toBe('Not connected');
    expect(describeStatus(null, open).headline).toBe('Starting…');
  });

  it('puts a lost link to the app before the IRC state', () => {
    expect(
      describeStatus({ ...up, state: 'joined' }, { state: 'lost', message: 'x' }).headline,
    ).toBe('Lost contact with Gavel');
  });

  it('says which reconnection attempt is under way and when the next comes', () => {
    const since = new Date(2024, 0, 2, 9, 0, 0).getTime();
    const text = describeStatus(
      {
        ...up,
        state: 'reconnecting',
        error: { code: 'refused', message: 'The server refused the connection.' },
        reconnect: { attempt: 3, nextAt: since + 8000, since, keepAlive: true },
      },
      open,
    );
    expect(text).toEqual({
      headline: 'Reconnecting to irc.example.org:6697 (TLS)…',
      detail:
        'attempt 3, next try at 09:00:08; lost at 09:00:00 — The server refused the connection.',
    });
  });
});
