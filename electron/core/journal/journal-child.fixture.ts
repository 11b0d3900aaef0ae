import { Journal } from './journal';

// Child of the kill -9 test: appends numbered records forever, printing each acknowledged seq.
const journal = new Journal(process.argv[2]!, { maxBatch: 32, maxDelayMs: 2 });
const start = Number(process.argv[3] ?? 0);
let next = start;
function pump(): void {
  while (next - start < 100_000 && next < start + 100 + acked) {
    const seq = next++;
    void journal.append({ seq, text: `line ${seq} ✓` }).then(() => {
      acked++;
      process.stdout.write(`${seq}\n`);
      pump();
    });
  }
}
let acked = 0;
pump();
