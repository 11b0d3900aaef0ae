import { digestBench } from './digest-quality';
import { electronStartBench } from './electron-start';
import { import46mbBench } from './import-46mb';
import { journalBench } from './journal';
import { live8hBench } from './live-8h';
import { liveBurstBench } from './live-burst';
import { minutesBench } from './minutes-100k';
import { rendererSizeBench } from './renderer-size';
import { startupBench } from './startup';
import { transcript100kBench } from './transcript-100k';
import { searchBench } from './search-1000';

/** A benchmark: the keys it writes, and how to measure them. */
export interface Benchmark {
  name: string;
  keys: string[];
  run(): Promise<Record<string, number>>;
}

/** Every benchmark `npm run bench` runs, in order. */
export const benchmarks: Benchmark[] = [
  minutesBench,
  journalBench,
  liveBurstBench,
  live8hBench,
  transcript100kBench,
  searchBench,
  import46mbBench,
  rendererSizeBench,
  startupBench,
  electronStartBench,
  digestBench,
];
