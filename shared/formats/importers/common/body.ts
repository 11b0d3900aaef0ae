import { readEvent } from './events';
import type { LogBuilder, Stamp } from './log-builder';
import { bareNick } from './nick';

const MESSAGE_RE = /^<[ ~&@%+]?([^>\s]+)> ?(.*)$/;
const ACTION_RE = /^\* (\S+) ?(.*)$/;
const NOTICE_RE = /^-([^\s-][^\s]*?)- ?(.*)$/;

/**
 * Adds one line body in the shape most loggers share once the stamp is removed: `<nick> text`,
 * `* nick action`, `-nick- notice`, and events after `eventMarker` (`*** ` for ZNC, Limnoria,
 * Sopel and The Lounge). Events it cannot read become `system` lines. False when the body has
 * none of these shapes.
 */
export function addBody(
  log: LogBuilder,
  body: string,
  time: string,
  stamp?: Stamp,
  eventMarker = '*** ',
): boolean {
  if (body.startsWith(eventMarker)) {
    const rest = body.slice(eventMarker.length);
    const event = readEvent(rest);
    if (event) {
      log.noteChannel(event.channel);
      log.add(event.kind, event.nick, event.text, time, stamp);
    } else log.add('system', '', rest, time, stamp);
    return true;
  }
  let m: RegExpExecArray | null;
  if ((m = MESSAGE_RE.exec(body))) log.add('message', bareNick(m[1]!), m[2]!, time, stamp);
  else if ((m = ACTION_RE.exec(body))) log.add('action', bareNick(m[1]!), m[2]!, time, stamp);
  else if ((m = NOTICE_RE.exec(body))) log.add('notice', bareNick(m[1]!), m[2]!, time, stamp);
  else return false;
  return true;
}
