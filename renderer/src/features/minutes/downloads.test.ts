import { afterEach, describe, expect, it, vi } from 'vitest';
import { baseName, makeDownloads } from './downloads';

afterEach(() => vi.unstubAllGlobals());

/** A blob's text (jsdom's Blob has no `text()`). */
function readText(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob, 'utf-8');
  });
}

describe('downloads', () => {
  it('names a file by the last part of its path', () => {
    expect(baseName('#meet/2024/meet.2024-05-01-13.00.txt')).toBe('meet.2024-05-01-13.00.txt');
    expect(baseName('minutes.json')).toBe('minutes.json');
  });

  it('holds each file in a blob of its type, as UTF-8', async () => {
    const blobs: Blob[] = [];
    // jsdom has no object URLs.
    const createObjectURL = (blob: Blob) => `blob:test/${blobs.push(blob)}`;
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL }));
    const downloads = makeDownloads([
      { path: 'a/b/x.html', format: 'html', mime: 'text/html', text: '<p>é</p>' },
      { path: 'x.json', format: 'json', mime: 'application/json', text: '{}' },
    ]);
    expect(downloads).toEqual([
      { name: 'x.html', format: 'html', url: 'blob:test/1' },
      { name: 'x.json', format: 'json', url: 'blob:test/2' },
    ]);
    expect(blobs[0]!.type).toBe('text/html;charset=utf-8');
    expect(await readText(blobs[0]!)).toBe('<p>é</p>');
  });
});
