import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testData } from '../../../shared/testdata/index';
import { afterMeetingHarness, value } from '../history/after-meeting-harness.fixture';
import { journalFormat, JOURNAL_FORMAT } from '../meetings/record/journal-format';
import { journalPath, MeetingJournal, replayJournal } from '../meetings/record/meeting-journal';
import { createConfBackend } from '../settings/conf-backend';
import { SettingsService } from '../settings/settings-service';
import { createConfLibrary } from './conf-library';
import { recordedFormat } from './formats';

// A data folder as Gavel 0.1 left it: settings, the meeting index, one meeting's journal, all
// from before any of them carried a format version.
const V1 = fileURLToPath(testData('gavel-0.1/'));
const MEETING = '20261121-140000-gavel-dev-9a2ea0';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'gavel-formats-'));
  cpSync(V1, dir, { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const json = (file: string): unknown => JSON.parse(readFileSync(join(dir, file), 'utf8'));

describe('a format 1 data folder', () => {
  it('keeps its settings and records their format once opened', () => {
    expect(recordedFormat(json('settings.json'))).toBe(1);
    const settings = new SettingsService(createConfBackend(dir));
    expect(settings.get()).toEqual({
      lastConnection: {
        server: 'irc.libera.chat',
        port: 6697,
        tls: true,
        nick: 'chair',
        channel: '#gavel-dev',
      },
      theme: 'dark',
    });
    expect(recordedFormat(json('settings.json'))).toBe(2);
  });

  it('replays its journal and lists its meeting, actions and all', () => {
    const replay = value(replayJournal(journalPath(dir, MEETING)));
    expect(replay.skipped).toBe(0);
    expect(replay.records).toHaveLength(11);
    expect(replay.records[0]).toMatchObject({ t: 'start', id: MEETING, v: JOURNAL_FORMAT });

    const h = afterMeetingHarness(dir, { library: createConfLibrary(dir) });
    try {
      expect(recordedFormat(json('library.json'))).toBe(2);
      expect(h.services.history.list('#gavel-dev')).toMatchObject([
        { id: MEETING, title: 'Weekly sync', status: 'ended' },
      ]);
      const { view } = value(h.services.history.open(MEETING));
      expect(view.actions.map((a) => a.text)).toEqual(['bob write the changelog']);
    } finally {
      h.close();
    }
  });
});

describe('journal formats', () => {
  it('writes the current format on every new start record', () => {
    const path = journalPath(dir, 'fresh');
    const journal = value(MeetingJournal.open(path));
    const { record } = journal.append(
      {
        t: 'start',
        id: 'fresh',
        channel: '#c',
        title: 't',
        mode: 'quiet',
        preset: 'gavel',
        botNick: null,
        implicitStart: false,
        origin: 'chair',
      },
      1,
    );
    journal.close();
    expect(record).toMatchObject({ v: JOURNAL_FORMAT });
    expect(journalFormat(value(replayJournal(path)).records)).toBe(JOURNAL_FORMAT);
  });

  it('refuses a journal from a newer Gavel instead of skipping what it does not know', () => {
    const path = journalPath(dir, MEETING);
    const [start, ...rest] = readFileSync(path, 'utf8').trimEnd().split('\n');
    const newer = { ...(JSON.parse(start!) as object), v: JOURNAL_FORMAT + 1 };
    writeFileSync(path, [JSON.stringify(newer), ...rest].join('\n') + '\n');
    expect(replayJournal(path)).toMatchObject({
      ok: false,
      error: {
        code: 'journal-too-new',
        message: expect.stringContaining('written by a newer version of Gavel'),
      },
    });
  });
});
