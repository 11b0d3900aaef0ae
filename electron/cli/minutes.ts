import { parseCli, USAGE } from './args';
import { makeMinutes } from './make-minutes';

// `npm run -s minutes -- LOG …` (electron/cli/README.md). Exit 0 on success; 2 with one line on
// stderr for anything the user can fix (arguments, unreadable or unrecognised input).
async function main(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const request = parseCli(argv);
  if (!request.ok) {
    process.stderr.write(`minutes: ${request.message} (--help shows the usage)\n`);
    return 2;
  }
  const result = await makeMinutes(request.value);
  if (!result.ok) {
    process.stderr.write(`minutes: ${result.error.message}\n`);
    return 2;
  }
  if ('stdout' in result.value) process.stdout.write(result.value.stdout);
  return 0;
}

let code: number;
try {
  code = await main(process.argv.slice(2));
} catch (err) {
  // A bug, not a user error: still one line, never a stack trace.
  process.stderr.write(
    `minutes: internal error: ${err instanceof Error ? err.message : String(err)}\n`,
  );
  code = 1;
}
if (process.env.GAVEL_REPORT_PEAK_RSS) {
  process.stderr.write(`peak-rss-kb=${process.resourceUsage().maxRSS}\n`);
}
process.exitCode = code;
