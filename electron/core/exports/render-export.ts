import type { PresetId } from '../../../shared/domain/meeting';
import {
  minutesPath,
  renderMinutes,
  type MinutesFormat,
  type RenderContext,
} from '../../../shared/formats/minutes-formats';
import { fail, ok, type Result } from '../../../shared/ipc/result';
import { presetFor } from '../../../shared/meeting/index';
import type { ExportInput } from './export-input';

/** Which minutes to make, as `export:render` and `export:save` ask. */
export interface ExportOptions {
  formats: readonly MinutesFormat[];
  preset?: PresetId;
  pattern?: string;
  urlPrefix?: string;
  charts?: boolean;
}

/** One rendered file of the minutes. */
export interface RenderedFile {
  format: MinutesFormat;
  /** Relative to the folder it is saved in, with `/` between folders. */
  path: string;
  mime: string;
  text: string;
}

const MIME: Record<MinutesFormat, string> = {
  json: 'application/json',
  txt: 'text/plain',
  html: 'text/html',
  'log.txt': 'text/plain',
  'log.html': 'text/html',
  md: 'text/markdown',
  mediawiki: 'text/plain',
  moin: 'text/plain',
  dokuwiki: 'text/plain',
};

/** Why a file path from a pattern cannot be used, or null when it stays inside its folder. */
export function pathProblem(path: string): string | null {
  const parts = path.split('/');
  const bad = parts.find((p) => p === '' || p === '.' || p === '..' || /[\\:\0]/.test(p));
  return bad === undefined
    ? null
    : `The file name pattern gives "${path}", which is not a path inside the folder the minutes go to.`;
}

/**
 * The meeting's minutes in each format, named by MeetBot's pattern: the meeting's own preset
 * by default, `preset`'s when given, `pattern` when given. `urlPrefix` (else the preset's) is
 * where the files say they are published. A pattern that would leave the folder is an error.
 */
export function renderExport(input: ExportInput, options: ExportOptions): Result<RenderedFile[]> {
  const preset = options.preset === undefined ? null : presetFor(options.preset);
  const context: RenderContext = {
    imported: input.imported,
    network: input.network,
    soFar: input.soFar,
    cities: input.cities,
    planned: input.planned,
    pattern: options.pattern ?? preset?.pattern,
    urlPrefix: options.urlPrefix ?? preset?.urlPrefix,
    charts: options.charts ?? false,
  };
  const formats = [...new Set(options.formats)];
  const paths = formats.map((format) => minutesPath(input.meeting, format, context));
  const problem = paths.map(pathProblem).find((p) => p !== null);
  if (problem) return fail('bad-pattern', problem);
  const texts = renderMinutes(input.meeting, formats, context);
  return ok(
    formats.map((format, i) => ({
      format,
      path: paths[i]!,
      mime: MIME[format],
      text: texts.get(format)!,
    })),
  );
}
