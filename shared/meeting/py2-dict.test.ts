import { describe, expect, it } from 'vitest';
import { py2DictOrder, py2Hash } from './py2-dict';

// Expected values were printed by CPython 2.7.18 (`hash(s)`, `d.keys()`).
describe('py2Hash', () => {
  it('matches CPython 2.7 string_hash', () => {
    expect(py2Hash('abc', 'bytes')).toBe(1453079729188098211n);
    expect(py2Hash('', 'bytes')).toBe(0n);
  });
  it('hashes a unicode string by code points and a byte string by UTF-8 octets', () => {
    expect(py2Hash('é', 'codepoints')).not.toBe(py2Hash('é', 'bytes'));
    expect(py2Hash('abc', 'codepoints')).toBe(py2Hash('abc', 'bytes'));
  });
});

describe('py2DictOrder', () => {
  it('orders the zodbot attendee tables of the two Fedora fixtures', () => {
    const iot = [
      'pbrobinson',
      'zodbot',
      'pwhalen',
      'pbrobinson',
      'bcotton',
      'jsmith',
      'kushal',
      'laubersm',
    ];
    expect(py2DictOrder(iot, 'bytes')).toEqual([
      'kushal',
      'pwhalen',
      'laubersm',
      'zodbot',
      'bcotton',
      'pbrobinson',
      'jsmith',
    ]);
    const magazine = [
      'bcotton',
      'zodbot',
      'sysoplab',
      'stickster',
      'ryanlerch',
      'cverna',
      'asamalik',
      'sub_pop',
    ];
    magazine.push('gregbartholomew', 'jakfrost', 'misc', 'rwaltr');
    expect(py2DictOrder(magazine, 'bytes')).toEqual([
      'misc',
      'cverna',
      'bcotton',
      'rwaltr',
      'ryanlerch',
      'zodbot',
      'stickster',
      'sub_pop',
      'jakfrost',
      'asamalik',
      'gregbartholomew',
      'sysoplab',
    ]);
  });
  it('follows the table through two resizes', () => {
    const keys = Array.from({ length: 30 }, (_, i) => `n${(i * 7919) % 1000}x`);
    expect(py2DictOrder(keys, 'bytes')).toEqual([
      'n676x',
      'n975x',
      'n433x',
      'n542x',
      'n28x',
      'n109x',
      'n0x',
      'n595x',
      'n56x',
      'n623x',
      'n190x',
      'n947x',
      'n757x',
      'n813x',
      'n704x',
      'n838x',
      'n271x',
      'n866x',
      'n461x',
      'n352x',
      'n732x',
      'n514x',
      'n137x',
      'n894x',
      'n299x',
      'n218x',
      'n380x',
      'n651x',
      'n785x',
      'n919x',
    ]);
  });
  it('differs between byte strings and unicode for non-ASCII keys', () => {
    expect(py2DictOrder(['é', 'ü', 'abé', 'z'], 'bytes')).toEqual(['é', 'z', 'abé', 'ü']);
    expect(py2DictOrder(['é', 'ü', 'abé', 'z'], 'codepoints')).toEqual(['é', 'abé', 'z', 'ü']);
  });
});
