import { IMPORT_MAX_BYTES } from '../../../../shared/ipc/after-meeting-schemas';

const KIB = 1024;
const MIB = 1024 * 1024;

/** Which unit a size is best read in. */
function unitOf(bytes: number): { size: number; name: string } {
  if (bytes >= MIB) return { size: MIB, name: 'MiB' };
  if (bytes >= KIB) return { size: KIB, name: 'KiB' };
  return { size: 1, name: 'bytes' };
}

const amount = (bytes: number, size: number) =>
  size === 1 ? String(bytes) : (bytes / size).toFixed(1);

/** A file size as people read it: `512 bytes`, `12.3 KiB`, `40.0 MiB`. */
export function formatSize(bytes: number): string {
  if (bytes === 1) return '1 byte';
  const unit = unitOf(bytes);
  return `${amount(bytes, unit.size)} ${unit.name}`;
}

/** What the upload has done, both sizes in the whole file's unit: `Uploading 12.3 of 40.0 MiB`. */
export function uploadText(sent: number, total: number): string {
  const unit = unitOf(total);
  return `Uploading ${amount(Math.min(sent, total), unit.size)} of ${amount(total, unit.size)} ${unit.name}`;
}

/** Why a file cannot be imported before a byte of it is sent, or null when it can be. */
export function fileProblem(file: { name: string; size: number }): string | null {
  const name = file.name || 'The file';
  if (file.size === 0) return `${name} is empty. Pick a log that holds the meeting's lines.`;
  if (file.size > IMPORT_MAX_BYTES) {
    const limit = `${IMPORT_MAX_BYTES / MIB} MiB`;
    return `${name} is too large to import (${formatSize(file.size)}); Gavel imports logs of up to ${limit}.`;
  }
  return null;
}

/** `1 line`, `1,234 lines`. */
export function linesText(count: number): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? 'line' : 'lines'}`;
}

/** What was imported: `Imported 1,234 lines from irssi.log (irssi) as Weekly sync.` */
export function importedText(done: {
  lines: number | null;
  fileName: string;
  format: string | null;
  name: string;
}): string {
  const what = done.lines === null ? '' : ` ${linesText(done.lines)} from`;
  const format = done.format ? ` (${done.format})` : '';
  return `Imported${what} ${done.fileName}${format} as ${done.name}.`;
}
