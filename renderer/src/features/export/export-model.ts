import type { PresetId } from '../../../../shared/domain/meeting';
import type { MinutesFormat } from '../../../../shared/formats/minutes-formats';
import type { Req } from '../../../../shared/ipc/schemas';
import { presetFor } from '../../../../shared/meeting/presets';

/** Every minutes format with the words the dialog shows for it, in the order it lists them. */
export const FORMAT_LABELS = {
  txt: 'Minutes, text (MeetBot .txt)',
  html: 'Minutes, web page (MeetBot .html)',
  'log.txt': 'Full log, text (.log.txt)',
  'log.html': 'Full log, web page (.log.html)',
  md: 'Markdown page',
  mediawiki: 'MediaWiki page',
  moin: 'MoinMoin page',
  dokuwiki: 'DokuWiki page',
  json: 'JSON (gavel.minutes/1)',
} as const satisfies Record<MinutesFormat, string>;

/** The formats in the dialog's order. */
export const FORMATS = Object.keys(FORMAT_LABELS) as MinutesFormat[];

/** What the dialog ticks at first: MeetBot's four files and the JSON minutes. */
export const USUAL_FORMATS: readonly MinutesFormat[] = [
  'txt',
  'html',
  'log.txt',
  'log.html',
  'json',
];

/** The file-naming presets the chair can pick, with the words the dialog shows. */
export const PRESET_CHOICES: readonly { id: PresetId; label: string }[] = [
  { id: 'meetbot', label: 'MeetBot (default)' },
  { id: 'fedora', label: 'Fedora (zodbot)' },
  { id: 'ubuntu', label: 'Ubuntu (meetingology)' },
  { id: 'openstack', label: 'OpenStack' },
];

/** The file name pattern the core uses for a preset (MeetBot's `filenamePattern`). */
export function presetPattern(preset: PresetId): string {
  return presetFor(preset).pattern;
}

/** What the chair has chosen in the dialog. */
export interface ExportSettings {
  formats: MinutesFormat[];
  preset: PresetId;
  /** The pattern as typed; prefilled with the preset's. */
  pattern: string;
  charts: boolean;
}

/** The dialog's starting choices: the usual formats, MeetBot's naming, no charts. */
export function initialSettings(): ExportSettings {
  return {
    formats: [...USUAL_FORMATS],
    preset: 'meetbot',
    pattern: presetPattern('meetbot'),
    charts: false,
  };
}

/** `formats` in the dialog's order, each once. */
export function orderedFormats(formats: readonly MinutesFormat[]): MinutesFormat[] {
  return FORMATS.filter((f) => formats.includes(f));
}

/** Settings with `format` ticked (`on`) or not. */
export function withFormat(
  settings: ExportSettings,
  format: MinutesFormat,
  on: boolean,
): ExportSettings {
  const others = settings.formats.filter((f) => f !== format);
  return { ...settings, formats: orderedFormats(on ? [...others, format] : others) };
}

/** Settings with another preset, its pattern filled in. */
export function withPreset(settings: ExportSettings, preset: PresetId): ExportSettings {
  return { ...settings, preset, pattern: presetPattern(preset) };
}

/** Why the pattern cannot be used as typed, or null. */
export function patternProblem(settings: ExportSettings): string | null {
  return settings.pattern.trim() === '' ? 'The file name pattern is empty.' : null;
}

/** Why the settings cannot be saved as they are, or null. */
export function saveProblem(settings: ExportSettings): string | null {
  if (settings.formats.length === 0) return 'Tick at least one format.';
  return patternProblem(settings);
}

type ExportRequest = Req<'export:render'>;

/**
 * The request for `formats` under these settings: the preset always; the pattern only when the
 * chair changed it from the preset's; charts only when ticked.
 */
export function exportRequest(
  meetingId: string,
  settings: ExportSettings,
  formats: readonly MinutesFormat[] = settings.formats,
): ExportRequest {
  const pattern = settings.pattern.trim();
  return {
    meetingId,
    formats: orderedFormats(formats),
    preset: settings.preset,
    ...(pattern !== presetPattern(settings.preset) ? { pattern } : {}),
    ...(settings.charts ? { charts: true } : {}),
  };
}

/**
 * The format the preview shows: the one the chair picked while it is ticked, else the first
 * ticked one; null when none is ticked. The preview never shows a file that would not be saved.
 */
export function previewFormat(
  formats: readonly MinutesFormat[],
  picked: MinutesFormat,
): MinutesFormat | null {
  return formats.includes(picked) ? picked : (orderedFormats(formats)[0] ?? null);
}

/** The request the preview (and the file names) render: the ticked formats; null when none is. */
export function previewRequest(meetingId: string, settings: ExportSettings): ExportRequest | null {
  if (patternProblem(settings) || settings.formats.length === 0) return null;
  return exportRequest(meetingId, settings);
}

/** How a format is previewed: as plain text, as rendered Markdown, or as a web page. */
export type PreviewKind = 'text' | 'markdown' | 'html';

/** The preview kind of `format`. */
export function previewKind(format: MinutesFormat): PreviewKind {
  if (format === 'md') return 'markdown';
  if (format === 'html' || format === 'log.html') return 'html';
  return 'text';
}

/** "Saved 2 files to /folder." */
export function savedMessage(written: number, folder: string): string {
  return `Saved ${written} ${written === 1 ? 'file' : 'files'} to ${folder}.`;
}

/** What a browser window downloaded: `Downloaded x.zip with 3 files: a.txt, a.html, a.log.txt.` */
export function downloadedMessage(files: readonly { path: string }[], zip: string): string {
  const names = files.map((f) => f.path.slice(f.path.lastIndexOf('/') + 1)).join(', ');
  const count = `${files.length} ${files.length === 1 ? 'file' : 'files'}`;
  return `Downloaded ${zip} with ${count}: ${names}.`;
}

/** A file name for an e-mail draft with this subject: `minutes-weekly-meet-2024-05-01.eml`. */
export function emlFileName(subject: string): string {
  const slug = subject
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return `${slug || 'minutes'}.eml`;
}
