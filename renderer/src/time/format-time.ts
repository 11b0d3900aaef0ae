const pad = (n: number) => String(n).padStart(2, '0');

/** An instant as `HH:MM` in the chair's time zone. */
export function clockTime(at: number): string {
  const d = new Date(at);
  return `${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
