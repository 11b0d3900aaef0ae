import type { Importer } from './importer';
import { IMPORTERS } from './registry';

/** How many non-empty lines from the top of a file detection looks at. */
export const SAMPLE_LINES = 50;
/** Below this confidence no importer is trusted with the file. */
export const MIN_CONFIDENCE = 0.3;

/** The first `SAMPLE_LINES` non-empty lines of `lines`, with trailing blanks removed. */
export function sampleOf(lines: Iterable<string>): string[] {
  const sample: string[] = [];
  for (const line of lines) {
    const l = line.trimEnd();
    if (l === '') continue;
    sample.push(l);
    if (sample.length === SAMPLE_LINES) break;
  }
  return sample;
}

/** The importer most confident about the sample, or null when none reaches MIN_CONFIDENCE. */
export function detectImporter(
  sample: readonly string[],
): { importer: Importer; confidence: number } | null {
  let best: { importer: Importer; confidence: number } | null = null;
  for (const importer of IMPORTERS) {
    const confidence = importer.detect([...sample]);
    if (confidence >= MIN_CONFIDENCE && confidence > (best?.confidence ?? 0))
      best = { importer, confidence };
  }
  return best;
}
