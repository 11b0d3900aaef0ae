import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { CHUNK_CHARS, chunkingSink, type TextSink } from '../../shared/formats/meetbot/chunks';

/**
 * Writes one file under `dir` from what `render` pushes into its sink, atomically as
 * `writeFilesAtomically` (electron/core/export) does: into a temporary file beside the target,
 * then renamed over it, so a crash never leaves half a file. The text goes to the file in chunks
 * as it is rendered, so a large log is never held whole. `path` is relative and must stay inside
 * `dir`; returns the absolute path written.
 */
export function writeRenderedAtomically(
  dir: string,
  path: string,
  render: (out: TextSink) => void,
): string {
  const root = resolve(dir);
  const target = resolve(root, path);
  if (target !== root && !target.startsWith(root + sep)) {
    throw new Error(`Refusing to write outside ${root}: ${relative(root, target)}`);
  }
  mkdirSync(dirname(target), { recursive: true });
  const temp = join(dirname(target), `.${process.pid}-${Date.now()}.tmp`);
  let fd: number | null = null;
  try {
    const file = openSync(temp, 'w');
    fd = file;
    const sink = chunkingSink((chunk) => writeUtf8(file, chunk));
    render(sink.out);
    sink.end();
    closeSync(file);
    fd = null;
    renameSync(temp, target);
  } catch (err) {
    if (fd !== null) closeSync(fd);
    rmSync(temp, { force: true });
    throw err;
  }
  return target;
}

// One buffer, reused for every chunk: encoding into it allocates nothing the collector must
// track. A UTF-16 code unit takes at most three bytes of UTF-8.
let buffer = Buffer.allocUnsafe(CHUNK_CHARS * 4);

function writeUtf8(fd: number, text: string): void {
  if (text.length * 3 > buffer.length) buffer = Buffer.allocUnsafe(text.length * 3);
  const size = buffer.write(text, 0, 'utf8');
  // writeSync may write less than asked (a full disk, a signal); carry on from where it stopped.
  let done = 0;
  while (done < size) done += writeSync(fd, buffer, done, size - done);
}
