import { beforeAll, describe, expect, it, vi } from 'vitest';
import { fail, ok, type Result } from '../../../../shared/ipc/result';
import { polyfillBlobArrayBuffer } from './test-blob';
import { uploadChunks } from './upload-chunks';

beforeAll(polyfillBlobArrayBuffer);

const text = (n: number) =>
  Array.from({ length: n }, (_, i) => String.fromCharCode(97 + (i % 26))).join('');

/** A receiver that records the parts, as the core would take them. */
function receiver(answer: (index: number) => Result<unknown> = () => ok({})) {
  const parts: { index: number; data: Uint8Array }[] = [];
  return {
    parts,
    decoded: () => parts.map((p) => new TextDecoder().decode(p.data)).join(''),
    send: async (index: number, data: Uint8Array) => {
      parts.push({ index, data });
      return answer(index);
    },
  };
}

describe('uploadChunks', () => {
  it('sends every part in order, the last one shorter, and counts the bytes', async () => {
    const file = new File([text(25)], 'a.log');
    const to = receiver();
    const counts: number[] = [];
    const end = await uploadChunks({
      file,
      chunkBytes: 10,
      send: to.send,
      cancelled: () => false,
      onSent: (n) => counts.push(n),
    });
    expect(end).toEqual({ status: 'sent', bytes: 25 });
    expect(to.parts.map((p) => p.index)).toEqual([0, 1, 2]);
    expect(to.parts.map((p) => p.data.length)).toEqual([10, 10, 5]);
    expect(to.decoded()).toBe(text(25));
    expect(counts).toEqual([10, 20, 25]);
  });

  it('keeps at most four parts on their way, sending the next as each is answered', async () => {
    const answers: ((result: Result<unknown>) => void)[] = [];
    const sent: number[] = [];
    const counts: number[] = [];
    const allSent: number[] = [];
    const ending = uploadChunks({
      file: new Blob([text(60)]),
      chunkBytes: 10,
      send: (index) => {
        sent.push(index);
        return new Promise((resolve) => answers.push(resolve));
      },
      cancelled: () => false,
      onSent: (n) => counts.push(n),
      onAllSent: () => allSent.push(sent.length),
    });
    await vi.waitFor(() => expect(sent).toEqual([0, 1, 2, 3]));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(sent).toEqual([0, 1, 2, 3]);
    answers[0]!(ok({}));
    await vi.waitFor(() => expect(sent).toEqual([0, 1, 2, 3, 4]));
    expect(counts).toEqual([10]);
    expect(allSent).toEqual([]);
    answers[1]!(ok({}));
    // The last part is on its way, none of the last four answered: what follows may be asked.
    await vi.waitFor(() => expect(allSent).toEqual([6]));
    for (let i = 2; i < 6; i++) {
      await vi.waitFor(() => expect(answers.length).toBeGreaterThan(i));
      answers[i]!(ok({}));
    }
    expect(await ending).toEqual({ status: 'sent', bytes: 60 });
    expect(allSent).toEqual([6]);
    expect(sent).toEqual([0, 1, 2, 3, 4, 5]);
    expect(counts).toEqual([10, 20, 30, 40, 50, 60]);
  });

  it('sends a file of exactly one part once', async () => {
    const to = receiver();
    const end = await uploadChunks({
      file: new Blob([text(8)]),
      chunkBytes: 8,
      send: to.send,
      cancelled: () => false,
    });
    expect(end).toEqual({ status: 'sent', bytes: 8 });
    expect(to.parts).toHaveLength(1);
  });

  it('stops as soon as it is cancelled, sending nothing more', async () => {
    let stop = false;
    const to = receiver((index) => {
      if (index === 1) stop = true;
      return ok({});
    });
    const counts: number[] = [];
    const end = await uploadChunks({
      file: new Blob([text(50)]),
      chunkBytes: 10,
      send: to.send,
      cancelled: () => stop,
      onSent: (n) => counts.push(n),
    });
    expect(end).toEqual({ status: 'cancelled' });
    expect(to.parts.map((p) => p.index)).toEqual([0, 1]);
    expect(counts).toEqual([]);
  });

  it('sends nothing when cancelled before it starts', async () => {
    const to = receiver();
    const end = await uploadChunks({
      file: new Blob([text(5)]),
      chunkBytes: 10,
      send: to.send,
      cancelled: () => true,
    });
    expect(end).toEqual({ status: 'cancelled' });
    expect(to.parts).toEqual([]);
  });

  it('stops at a refused part and gives its message, sending none after those on their way', async () => {
    const to = receiver((index) =>
      index === 1 ? fail('out-of-order', 'Part 2 arrived where part 3 was expected.') : ok({}),
    );
    const end = await uploadChunks({
      file: new Blob([text(100)]),
      chunkBytes: 10,
      send: to.send,
      cancelled: () => false,
    });
    expect(end).toEqual({ status: 'failed', message: 'Part 2 arrived where part 3 was expected.' });
    expect(to.parts.map((p) => p.index)).toEqual([0, 1, 2, 3, 4]);
  });

  it('says so when the file can no longer be read', async () => {
    const file = new Blob([text(20)]);
    file.slice = () => ({ arrayBuffer: () => Promise.reject(new Error('gone')) }) as Blob;
    const to = receiver();
    const end = await uploadChunks({ file, chunkBytes: 10, send: to.send, cancelled: () => false });
    expect(end).toEqual({ status: 'failed', message: expect.stringMatching(/could not be read/) });
    expect(to.parts).toEqual([]);
  });
});
