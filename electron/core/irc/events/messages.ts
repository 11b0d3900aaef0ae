import type { Client, MessageEvent } from 'irc-framework';
import type { LineKind } from '../../../../shared/domain/line';
import type { LineSink } from './line-sink';

/**
 * Maps what people say in the channel: PRIVMSG to `message`, CTCP ACTION (`/me`) to `action`,
 * NOTICE to `notice`. Private messages and server notices are not part of the channel's
 * transcript and are left out.
 */
export function bindMessageEvents(client: Client, sink: LineSink): void {
  const relay = (kind: LineKind) => (event: MessageEvent) => {
    if (event.from_server || !sink.isChannel(event.target)) return;
    sink.line(kind, event.nick, event.message, event.time);
  };
  client.on('privmsg', relay('message'));
  client.on('action', relay('action'));
  client.on('notice', relay('notice'));
}
