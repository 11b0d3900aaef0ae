import { describe, expect, it } from 'vitest';
import { PresetId } from '../domain/meeting';
import { isPresetId, PRESET_IDS, PRESETS } from './presets';

describe('preset ids', () => {
  it('list exactly the schema’s ids, in its order', () => {
    expect(PRESET_IDS).toEqual(PresetId.options);
    expect(Object.keys(PRESETS).sort()).toEqual([...PresetId.options].sort());
  });

  it('recognise only those ids', () => {
    for (const id of PresetId.options) expect(isPresetId(id)).toBe(true);
    for (const name of ['zodbot', 'Fedora', '', undefined, 1]) expect(isPresetId(name)).toBe(false);
  });
});
