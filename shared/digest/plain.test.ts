import { describe, expect, it } from 'vitest';
import { isBotNick, plainLines, withoutCommand } from './plain';

describe('withoutCommand', () => {
  it('drops meeting-bot command words, several in a row', () => {
    expect(withoutCommand('#topic Packaging')).toBe('Packaging');
    expect(withoutCommand('#proposed #agreed ship it')).toBe('ship it');
    expect(withoutCommand('[TOPIC] outreach')).toBe('outreach');
    expect(withoutCommand('#endmeeting')).toBe('');
  });

  it('leaves other text alone, hashtags and issue numbers included', () => {
    expect(withoutCommand('#7 contributor on github')).toBe('#7 contributor on github');
    expect(withoutCommand('#fedora is busy')).toBe('#fedora is busy');
    expect(withoutCommand('see #topic above')).toBe('see #topic above');
  });

  it('changes only what people said', () => {
    const [said, joined] = plainLines([
      { at: null, time: '', kind: 'message', nick: 'a', text: '#info x' },
      { at: null, time: '', kind: 'topic', nick: 'a', text: '#info x' },
    ]);
    expect(said!.text).toBe('x');
    expect(joined!.text).toBe('#info x');
  });

  it('knows the meeting bots by their nicks', () => {
    expect(['zodbot', 'meetbot', 'meetingology', 'ubottu'].every(isBotNick)).toBe(true);
    expect(isBotNick('bcotton')).toBe(false);
  });
});
