import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AgendaNode } from '../../../shared/ipc/meeting-schemas';
import { createConfLibrary } from './conf-library';
import { memoryLibrary } from './library';
import { LibraryStore } from './library-store';

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'gavel-library-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const item: AgendaNode = { id: 'a', title: 'Intro', owners: [], timebox: 5, children: [] };
const entry = {
  id: 'm1',
  channel: '#Meet',
  title: null,
  startedAt: 1,
  endedAt: null,
  status: 'live' as const,
};

describe('LibraryStore over conf', () => {
  it('keeps the index, agendas, templates and names per channel across instances', () => {
    const first = new LibraryStore(createConfLibrary(dir));
    expect(first.putMeeting(entry).ok).toBe(true);
    expect(first.putMeeting({ ...entry, status: 'ended', endedAt: 2 }).ok).toBe(true);
    first.setAgenda('#Meet', [item]);
    first.saveTemplate('#meet', { name: 'weekly', items: [item] });
    expect(first.saveTemplate('#meet', { name: 'weekly', items: [] })).toEqual({
      ok: true,
      value: [{ name: 'weekly', items: [] }],
    });
    first.setName('#meet', 'amy', 'Amy A.');
    first.setName('#meet', 'bob', 'Bob');
    first.setName('#meet', 'bob', '');
    const again = new LibraryStore(createConfLibrary(dir));
    expect(again.meetings()).toEqual([{ ...entry, status: 'ended', endedAt: 2 }]);
    expect(again.agenda('#MEET')).toEqual([item]);
    expect(again.templates('#meet')).toEqual([{ name: 'weekly', items: [] }]);
    expect(again.names('#meet')).toEqual({ amy: 'Amy A.' });
    expect(again.agenda('#other')).toEqual([]);
    expect(JSON.parse(readFileSync(join(dir, 'library.json'), 'utf8'))).toHaveProperty('agendas');
  });

  it('starts a value that no longer fits from empty, and a file that is not JSON from scratch', () => {
    writeFileSync(
      join(dir, 'library.json'),
      JSON.stringify({ meetings: [{ id: 3 }], agendas: {}, templates: {}, names: {} }),
    );
    const warnings: string[] = [];
    const store = new LibraryStore(createConfLibrary(dir), (m) => warnings.push(m));
    expect(store.meetings()).toEqual([]);
    expect(warnings).toEqual([
      'The stored "meetings" of the library is not valid; it starts empty.',
    ]);
    writeFileSync(join(dir, 'library.json'), '{ torn');
    const resets: string[] = [];
    expect(new LibraryStore(createConfLibrary(dir, (m) => resets.push(m))).meetings()).toEqual([]);
    expect(resets[0]).toMatch(/library\.json could not be read/);
    expect(readdirSync(dir).some((f) => f.startsWith('library.json.invalid-'))).toBe(true);
  });

  it('reports a backend that cannot write as an error value', () => {
    const backend = memoryLibrary();
    backend.set = () => {
      throw new Error('ENOSPC: no space left on device');
    };
    expect(new LibraryStore(backend).setName('#m', 'a', 'A')).toEqual({
      ok: false,
      error: {
        code: 'library-not-saved',
        message: 'Gavel could not save its library: ENOSPC: no space left on device',
      },
    });
  });
});
