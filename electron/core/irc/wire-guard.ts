import type { TransportClass } from 'irc-framework';

// CR and LF end an IRC line and NUL truncates it on many servers; a line carrying one would let
// text smuggle a second command onto the wire (irc-framework's raw() does not check).
const LINE_BREAK = /[\r\n\0]/;

/**
 * `Base` with a last check on everything written: a line holding CR, LF or NUL is not sent;
 * `onRefused` hears of it (a bug upstream, since user text is split before it gets here).
 */
export function wireGuard(Base: TransportClass, onRefused: (line: string) => void): TransportClass {
  return class GuardedTransport extends Base {
    override writeLine(line: string, callback?: () => void): void {
      if (LINE_BREAK.test(line)) {
        onRefused(line);
        if (callback) setImmediate(callback);
        return;
      }
      super.writeLine(line, callback);
    }
  };
}
