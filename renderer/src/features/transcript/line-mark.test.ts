import { describe, expect, it } from 'vitest';
import { lineMark } from './line-mark';

describe('lineMark', () => {
  it('reads commands only at the very start of a line, as MeetBot does', () => {
    expect(lineMark('#topic Budget')).toBe('topic');
    expect(lineMark('#agreed ship it')).toBe('decision');
    expect(lineMark('#agree ship it')).toBe('decision');
    expect(lineMark('#rejected plan B')).toBe('decision');
    expect(lineMark('#action alice to write')).toBe('action');
    expect(lineMark('#link https://example.org')).toBe('link');
    expect(lineMark('#info the notes are up')).toBe('command');
    expect(lineMark('#startvote Ship? yes, no')).toBe('command');
    expect(lineMark(' #agreed with a space first')).toBeNull();
    expect(lineMark('we #agreed earlier')).toBeNull();
  });

  it('leaves hashtags and channel names that are no command as talk', () => {
    expect(lineMark('#fedora is the other channel')).toBeNull();
    expect(lineMark('#hashtag')).toBeNull();
  });

  it('takes a line starting with a URL as a link', () => {
    expect(lineMark('https://example.org/notes')).toBe('link');
    expect(lineMark('see https://example.org')).toBeNull();
  });
});
