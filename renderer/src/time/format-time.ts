const pad = (n: number) => String(n).padStart(2, '0');

/** An instant as `HH:MM` in the chair's time zone. */
export function clockTime(at: number): string {
  const d = new Date(at);
  return `${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A duration as `M:SS` (or `H:MM:SS` from an hour), rounded down to the second. */
export function duration(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}

/** A whole number of minutes in words: `1 min`, `12 min`. */
export function minutes(ms: number): string {
  return `${Math.floor(Math.max(0, ms) / 60_000)} min`;
}
