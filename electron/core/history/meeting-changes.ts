/** What changed: a live meeting moving on, or a meeting of the record (ended, edited, imported). */
export interface MeetingChange {
  meetingId: string;
  channel: string;
  /** True while the meeting is live and merely took more lines. */
  live: boolean;
}

/**
 * Tells whoever keeps something derived from meetings (the history's summaries, the search
 * index) that a meeting changed, so they read it again when next asked.
 */
export class MeetingChanges {
  private readonly listeners = new Set<(change: MeetingChange) => void>();

  /** Says that a meeting changed. */
  touch(change: MeetingChange): void {
    for (const listener of [...this.listeners]) listener(change);
  }

  /** Listens to changes; returns the function that stops listening. */
  subscribe(listener: (change: MeetingChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
