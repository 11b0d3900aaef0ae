import { describe, expect, it } from 'vitest';
import { initialValues, portProblem, validate, withTls } from './connect-form-model';

describe('connect form model', () => {
  it('starts blank on 6667, or from the last connection', () => {
    expect(initialValues(null)).toEqual({
      server: '',
      port: '6667',
      tls: false,
      nick: '',
      channel: '',
    });
    const last = {
      server: 'irc.libera.chat',
      port: 6697,
      tls: true,
      nick: 'chair',
      channel: '#meet',
    };
    expect(initialValues(last)).toEqual({ ...last, port: '6697' });
  });

  it('moves the port between 6667 and 6697 with TLS unless the chair chose one', () => {
    const blank = initialValues(null);
    expect(withTls(blank, true).port).toBe('6697');
    expect(withTls(withTls(blank, true), false).port).toBe('6667');
    expect(withTls({ ...blank, port: '' }, true).port).toBe('6697');
    expect(withTls({ ...blank, port: '7000' }, true).port).toBe('7000');
  });

  it('checks ports', () => {
    expect(portProblem('6667')).toBeNull();
    expect(portProblem('')).toMatch(/required/);
    for (const bad of ['0', '65536', '12a', '-1', '1.5'])
      expect(portProblem(bad)).toMatch(/1 to 65535/);
  });

  it('gives a trimmed request when every field is fine', () => {
    const outcome = validate({
      server: ' irc.example.org ',
      port: ' 6697',
      tls: true,
      nick: ' chair',
      channel: '#meet ',
    });
    expect(outcome).toEqual({
      request: {
        server: 'irc.example.org',
        port: 6697,
        tls: true,
        nick: 'chair',
        channel: '#meet',
      },
    });
  });

  it("names each wrong field with the core's own message", () => {
    const outcome = validate({
      server: 'bad host',
      port: 'x',
      tls: false,
      nick: '9lives',
      channel: 'meet',
    });
    expect('errors' in outcome && Object.keys(outcome.errors)).toEqual([
      'server',
      'port',
      'nick',
      'channel',
    ]);
    expect('errors' in outcome && outcome.errors.channel).toMatch(/starts with #/);
  });
});
