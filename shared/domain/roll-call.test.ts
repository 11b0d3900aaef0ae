import { describe, expect, it } from 'vitest';
import { isRollCall, ROLL_CALL_LINE } from './roll-call';

describe('isRollCall', () => {
  it('takes Gavel’s line and any line starting `Roll call:`, in any case, spaces around', () => {
    for (const text of [
      ROLL_CALL_LINE,
      'roll call:',
      '  ROLL CALL: who is here? ',
      '\tRoll Call:x',
    ])
      expect(isRollCall(text)).toBe(true);
  });

  it('refuses other lines, however close', () => {
    for (const text of [
      '',
      '   ',
      'roll call',
      'rollcall:',
      'a roll call:',
      'Roll  call:',
      'ŗoll call:',
      'Sroll call:',
    ])
      expect(isRollCall(text)).toBe(false);
  });
});
