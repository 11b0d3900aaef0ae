import type { Client } from 'irc-framework';
import type { Clock } from '../clock';
import { chairLines, type Outgoing } from './outgoing';
import { SendQueue, type SendRate } from './send-queue';

/** One queued PRIVMSG of the chair's, to one channel. */
interface Queued extends Outgoing {
  channel: string;
}

/** What the sender needs from its connection at the moment a line leaves. */
export interface SenderHost {
  /** True while `channel` is joined; lines for a channel we left are dropped. */
  inChannel(channel: string): boolean;
  /** Records a line of ours as the channel will see it (local echo, when there is no echo-message). */
  echo(channel: string, line: Outgoing): void;
}

// `PRIVMSG <channel> :<text>` plus CR LF, and `\x01ACTION \x01` around an action.
const wireBytes = ({ channel, kind, text }: Queued) =>
  Buffer.byteLength(`PRIVMSG ${channel} :${text}\r\n`) + (kind === 'action' ? 9 : 0);

/**
 * The chair's lines to the channels, through one rate-limited queue per connection, in order.
 * Each line is recorded once: from the server's echo when it has IRCv3 echo-message, otherwise
 * here, when it is handed to the socket.
 */
export class ChairSender {
  private readonly queue: SendQueue<Queued>;

  constructor(
    private readonly client: Client,
    private readonly host: SenderHost,
    clock: Clock,
    rate?: SendRate,
  ) {
    this.queue = new SendQueue((item) => this.sendNow(item), clock, rate, wireBytes);
  }

  /** Queues what the chair typed for `channel`; returns how many PRIVMSGs it became. */
  say(channel: string, text: string): number {
    const lines = chairLines(text).map((line) => ({ ...line, channel }));
    this.queue.push(...lines);
    return lines.length;
  }

  /** Drops every line not sent yet. */
  clear(): void {
    this.queue.clear();
  }

  private sendNow(item: Queued): void {
    if (!this.host.inChannel(item.channel)) return;
    if (item.kind === 'action') this.client.action(item.channel, item.text);
    else this.client.say(item.channel, item.text);
    if (!this.client.network.cap.isEnabled('echo-message')) this.host.echo(item.channel, item);
  }
}
