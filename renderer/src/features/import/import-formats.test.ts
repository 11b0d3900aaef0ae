import { describe, expect, it } from 'vitest';
import { IMPORTERS } from '../../../../shared/formats/importers/registry';
import { LOG_FORMATS, formatLabel } from './import-formats';

describe('LOG_FORMATS', () => {
  it('names every transcript importer of the registry, with its label, sorted by name', () => {
    const fromRegistry = IMPORTERS.filter((i) => i.id !== 'outline')
      .map(({ id, label }) => ({ id, label }))
      .sort((a, b) => a.label.localeCompare(b.label, 'en', { sensitivity: 'base' }));
    expect(LOG_FORMATS).toEqual(fromRegistry);
  });

  it('gives a format its name, and an unknown id as it is', () => {
    expect(formatLabel('irssi')).toBe('irssi');
    expect(formatLabel('meetbot')).toBe('MeetBot .log.txt');
    expect(formatLabel('new-client')).toBe('new-client');
  });
});
