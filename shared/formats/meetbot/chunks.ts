/**
 * Receives a file's text piece by piece, in order. Writers push their output into one, so a
 * caller can write a large file as it is rendered instead of holding it whole.
 */
export type TextSink = (piece: string) => void;

/**
 * How many characters a writing sink gathers before passing them on: big enough that writing a
 * chunk costs little, small enough that a chunk stays a young, short-lived string.
 */
export const CHUNK_CHARS = 1 << 14;

/** What a writer pushes into a sink, joined into one string. */
export function collect(render: (out: TextSink) => void): string {
  let text = '';
  render((piece) => {
    text += piece;
  });
  return text;
}

/**
 * A sink that gathers pieces into chunks of about {@link CHUNK_CHARS} and hands each to `flush`;
 * `end` flushes what is left.
 */
export function chunkingSink(flush: (chunk: string) => void): { out: TextSink; end(): void } {
  let chunk = '';
  return {
    out(piece) {
      chunk += piece;
      if (chunk.length >= CHUNK_CHARS) {
        flush(chunk);
        chunk = '';
      }
    },
    end() {
      if (chunk !== '') flush(chunk);
      chunk = '';
    },
  };
}
