import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { CHUNK_CHARS, chunkingSink, type TextSink } from '../../shared/formats/meetbot/chunks';

// The absolute path of `path` under `root`, which it must not leave.
function inside(root: string, path: string): string {
  const target = resolve(root, path);
  if (target !== root && !target.startsWith(root + sep)) {
    throw new Error(`Refusing to write outside ${root}: ${relative(root, target)}`);
  }
  return target;
}

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
  return writeAllRenderedAtomically(dir, [path], ([out]) => render(out!))[0]!;
}

/**
 * {@link writeRenderedAtomically} for several files rendered together: `render` gets one sink
 * per path, in order, and pushes into them as it likes. Every file is renamed into place only
 * once `render` has returned; when it throws, none is. Returns the absolute paths written.
 */
export function writeAllRenderedAtomically(
  dir: string,
  paths: readonly string[],
  render: (outs: TextSink[]) => void,
): string[] {
  const root = resolve(dir);
  const targets = paths.map((path) => inside(root, path));
  const files: { fd: number | null; temp: string; end: () => void }[] = [];
  try {
    const outs = targets.map((target, i) => {
      mkdirSync(dirname(target), { recursive: true });
      const temp = join(dirname(target), `.${process.pid}-${Date.now()}-${i}.tmp`);
      const fd = openSync(temp, 'w');
      const sink = chunkingSink((chunk) => writeUtf8(fd, chunk));
      files.push({ fd, temp, end: sink.end });
      return sink.out;
    });
    render(outs);
    for (const file of files) {
      file.end();
      closeSync(file.fd!);
      file.fd = null;
    }
    files.forEach((file, i) => renameSync(file.temp, targets[i]!));
  } catch (err) {
    for (const file of files) {
      if (file.fd !== null) closeSync(file.fd);
      rmSync(file.temp, { force: true });
    }
    throw err;
  }
  return targets;
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
