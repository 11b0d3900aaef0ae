import type { Client, MessageEvent } from 'irc-framework';
import type { LineKind } from '../../../../shared/domain/line';
import type { LineSink } from './line-sink';

/**
 * Maps what people say in the channels: PRIVMSG to `message`, CTCP ACTION (`/me`) to `action`,
 * NOTICE to `notice`. Private messages and server notices are not part of a channel's
 * transcript and are left out. The `msgid` tag and the replay batch go along for deduplication.
 */
export function bindMessageEvents(client: Client, sink: LineSink): void {
  const relay = (kind: LineKind) => (event: MessageEvent) => {
    if (event.from_server || !sink.isChannel(event.target)) return;
    sink.line(kind, event.nick, event.message, event.time, event.target, {
      msgid: event.tags?.msgid,
      replay: event.batch?.id,
    });
  };
  client.on('privmsg', relay('message'));
  client.on('action', relay('action'));
  client.on('notice', relay('notice'));
}
