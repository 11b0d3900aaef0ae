import type { Client } from 'irc-framework';
import type { LineSink } from './line-sink';

/**
 * Maps who comes and goes and what the channels are about: JOIN, PART, KICK and TOPIC for our
 * channels, and QUIT and NICK, which the server sends only for people who share a channel with
 * us. The topic the server announces on joining is the channel's state, not something said,
 * and is left out.
 */
export function bindMembershipEvents(client: Client, sink: LineSink): void {
  client.on('join', (e) => {
    if (sink.isChannel(e.channel)) sink.line('join', e.nick, '', e.time, e.channel);
  });
  client.on('part', (e) => {
    if (sink.isChannel(e.channel)) sink.line('part', e.nick, e.message, e.time, e.channel);
  });
  client.on('kick', (e) => {
    if (!sink.isChannel(e.channel)) return;
    const text = e.message ? `${e.kicked} ${e.message}` : e.kicked;
    sink.line('kick', e.nick, text, e.time, e.channel);
  });
  client.on('topic', (e) => {
    if (e.nick !== undefined && sink.isChannel(e.channel))
      sink.line('topic', e.nick, e.topic, e.time, e.channel);
  });
  client.on('quit', (e) => sink.line('quit', e.nick, e.message, e.time, null));
  client.on('nick', (e) => sink.line('nick', e.nick, e.new_nick, e.time, null));
}
