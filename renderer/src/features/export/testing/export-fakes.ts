import { vi } from 'vitest';
import type { Recording } from '../../../testing/recording-bridge';

const EXT: Record<string, string> = { mediawiki: 'mw', moin: 'moin.txt' };

/**
 * Makes `export:render` answer as the core names files (`#meet/2024/meet.2024-05-01-13.00.txt`,
 * or under `folder/` for a pattern), each file's text given by `text`.
 */
export function renderLikeCore(
  bridge: Recording,
  text: (format: string) => string = (format) => `${format} minutes`,
) {
  bridge.handle('export:render', async ({ formats, pattern }) => ({
    ok: true,
    value: {
      files: formats.map((format) => ({
        format,
        path: `${pattern ? `${pattern.split('/')[0]}/` : '#meet/2024/'}meet.2024-05-01-13.00.${EXT[format] ?? format}`,
        mime: format.endsWith('html') ? 'text/html' : 'text/plain',
        text: text(format),
      })),
    },
  }));
}

/** Gives jsdom object URLs (`blob:test/1`, …) for the download links; undone after each test. */
export function stubObjectUrls() {
  let n = 0;
  vi.stubGlobal(
    'URL',
    Object.assign(URL, {
      createObjectURL: vi.fn(() => `blob:test/${++n}`),
      revokeObjectURL: vi.fn(),
    }),
  );
}
