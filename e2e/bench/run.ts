import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { benchmarks } from './registry';

/**
 * `npm run bench [-- --only <key-prefix>]`: runs every benchmark whose keys match and writes one
 * flat JSON object to bench-results.json at the repository root (DESIGN.md "Benchmarks").
 */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { only: { type: 'string' } } });
  const only = values.only;
  const results: Record<string, number> = {};
  const out = fileURLToPath(new URL('../../bench-results.json', import.meta.url));
  const machine = { cores: cpus().length, memoryGb: Math.round(totalmem() / 2 ** 30) };
  // Written again after each benchmark, so one that brings the run down loses only its own keys.
  const write = () => {
    const report = {
      ...results,
      machine: { ...machine, node: process.version },
      at: new Date().toISOString(),
    };
    writeFileSync(out, JSON.stringify(report, null, 2) + '\n');
  };
  for (const bench of benchmarks) {
    if (only && !bench.keys.some((k) => k.startsWith(only))) continue;
    process.stdout.write(`${bench.name}… `);
    const figures = await bench.run();
    Object.assign(results, figures);
    console.log(
      Object.entries(figures)
        .map(([k, v]) => `${k}=${v}`)
        .join(' '),
    );
    write();
  }
  write();
  console.log(`wrote ${out}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
