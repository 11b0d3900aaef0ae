import type { Client } from 'irc-framework';
import { lineProblem, type ParsedLine } from './line-shape';

/**
 * Keeps a bad line from the server from taking the app down or corrupting the client's state.
 * irc-framework handles each line synchronously and trusts its shape: a `PRIVMSG` without
 * parameters makes it throw, and a `001` without a target wipes our own nick. The first
 * middleware drops lines of a shape it cannot handle ({@link lineProblem}) and wraps the rest of
 * the handling of each line, so a throw (also from a listener's bug) is reported through
 * `onError` with the line, and the next line is handled as usual.
 */
export function guardIncoming(client: Client, onError: (line: string, err: unknown) => void): void {
  client.use((_client, raw) => {
    raw.use((_command, message, line, _client2, next) => {
      const problem = lineProblem(message as ParsedLine);
      if (problem) return onError(line, new Error(`malformed line: ${problem}`));
      try {
        next();
      } catch (err) {
        onError(line, err);
      }
    });
  });
}
