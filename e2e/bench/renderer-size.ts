import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Benchmark } from './registry';

const assets = fileURLToPath(new URL('../../out/renderer/assets', import.meta.url));

/** `renderer_js_gzip_kb`: the built window's JavaScript, gzipped (default level), in KB. */
export const rendererSizeBench: Benchmark = {
  name: 'renderer JavaScript, gzipped',
  keys: ['renderer_js_gzip_kb'],
  async run() {
    const files = readdirSync(assets).filter((f) => f.endsWith('.js'));
    if (files.length === 0) throw new Error(`No built JavaScript in ${assets}: run npm run build`);
    const bytes = files.reduce((sum, f) => sum + gzipSync(readFileSync(join(assets, f))).length, 0);
    return { renderer_js_gzip_kb: Number((bytes / 1024).toFixed(1)) };
  },
};
