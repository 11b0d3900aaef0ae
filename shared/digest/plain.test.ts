import { describe, expect, it } from 'vitest';
import { isBotNick, plainLines, withoutCommand, withoutScribeWord } from './plain';

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

  it('drops a W3C scribe line’s word only when told the log is a scribe log', () => {
    expect(withoutScribeWord('Topic: Use Cases')).toBe('Use Cases');
    expect(withoutScribeWord('DRAFT PROPOSAL: Create a spec')).toBe('Create a spec');
    expect(withoutScribeWord('RESOLVED: Adopt it')).toBe('Adopt it');
    expect(withoutScribeWord('manu: Welcome')).toBe('manu: Welcome');
    const line = {
      at: null,
      time: '',
      kind: 'message',
      nick: 'a',
      text: 'ACTION: manu to write',
    } as const;
    expect(plainLines([line], true)[0]!.text).toBe('manu to write');
    expect(plainLines([line])[0]!.text).toBe('ACTION: manu to write');
  });

  it('knows the meeting bots by their nicks', () => {
    expect(['zodbot', 'meetbot', 'meetingology', 'ubottu'].every(isBotNick)).toBe(true);
    expect(isBotNick('bcotton')).toBe(false);
  });
});
