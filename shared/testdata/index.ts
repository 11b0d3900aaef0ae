/**
 * The repository's own test data (see README.md here): real meetings with the files their bots
 * wrote, and the seed meetings Gavel grew from. Tests, page objects and benchmarks read them
 * through this module, so every path stays inside the repository.
 */
const ROOT = new URL('./', import.meta.url);

/** A file or folder of the test data, e.g. `testData('seeds/cockpit-2017-05-08.log.txt')`. */
export function testData(path: string): URL {
  const url = new URL(path, ROOT);
  if (!url.href.startsWith(ROOT.href)) throw new Error(`test data path leaves the folder: ${path}`);
  return url;
}
