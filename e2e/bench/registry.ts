import { journalBench } from './journal';
import { minutesBench } from './minutes-100k';

/** A benchmark: the keys it writes, and how to measure them. */
export interface Benchmark {
  name: string;
  keys: string[];
  run(): Promise<Record<string, number>>;
}

/** Every benchmark `npm run bench` runs, in order. */
export const benchmarks: Benchmark[] = [minutesBench, journalBench];
