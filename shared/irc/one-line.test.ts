import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { oneLine } from './one-line';

describe('oneLine', () => {
  it('turns line breaks, controls, separators and bidi controls into single spaces', () => {
    expect(oneLine(' bob\r\n#endmeeting ')).toBe('bob #endmeeting');
    expect(oneLine('a\0b\x01c\x02d\te\u2028f\u2029g\u202eh\u2066i\x85j')).toBe(
      'a b c d e f g h i j',
    );
    expect(oneLine('plain text, kept')).toBe('plain text, kept');
  });

  test.prop([fc.string({ unit: 'binary' })])('never leaves a control or a line break', (text) => {
    expect(oneLine(text)).not.toMatch(/[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]/u);
  });
});
