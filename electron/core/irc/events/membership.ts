import type { Client } from 'irc-framework';
import type { LineSink } from './line-sink';

/**
 * Maps who comes and goes and what the channel is about: JOIN, PART, KICK and TOPIC for the
 * channel, and QUIT and NICK, which the server sends only for people who share a channel with
 * us (a connection joins exactly one). The topic the server announces on joining is the
 * channel's state, not something said, and is left out.
 */
export function bindMembershipEvents(client: Client, sink: LineSink): void {
  client.on('join', (e) => {
    if (sink.isChannel(e.channel)) sink.line('join', e.nick, '', e.time);
  });
  client.on('part', (e) => {
    if (sink.isChannel(e.channel)) sink.line('part', e.nick, e.message, e.time);
  });
  client.on('kick', (e) => {
    if (!sink.isChannel(e.channel)) return;
    sink.line('kick', e.nick, e.message ? `${e.kicked} ${e.message}` : e.kicked, e.time);
  });
  client.on('topic', (e) => {
    if (e.nick !== undefined && sink.isChannel(e.channel))
      sink.line('topic', e.nick, e.topic, e.time);
  });
  client.on('quit', (e) => sink.line('quit', e.nick, e.message, e.time));
  client.on('nick', (e) => sink.line('nick', e.nick, e.new_nick, e.time));
}
