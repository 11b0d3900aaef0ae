import type { Client } from 'irc-framework';
import { fail, ok, type Result } from '../../../shared/ipc/result';
import type { Clock } from '../clock';
import { chairLines, type Outgoing } from './outgoing';
import { DEFAULT_SEND_RATE, SendQueue, type SendRate } from './send-queue';

/** One queued PRIVMSG of the chair's, to one channel. */
interface Queued extends Outgoing {
  channel: string;
}

/** What the sender needs from its connection at the moment a line leaves. */
export interface SenderHost {
  /**
   * True while `channel` is joined. `say` is refused before a line is queued when it is not
   * (`NetworkLink.say`); this is asked again as each line leaves, so a line queued for a
   * channel left meanwhile is dropped.
   */
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
    private readonly rate: SendRate = DEFAULT_SEND_RATE,
  ) {
    this.queue = new SendQueue((item) => this.sendNow(item), clock, rate, wireBytes);
  }

  /**
   * Queues what the chair typed for `channel` and says how many PRIVMSGs it became; an error
   * when it was blank, or when the queue has no room for all of it (then none of it is queued).
   */
  say(channel: string, text: string): Result<{ lines: number }> {
    const lines = chairLines(text).map((line) => ({ ...line, channel }));
    if (lines.length === 0) return fail('empty', 'Nothing to send.');
    if (this.queue.push(...lines)) return ok({ lines: lines.length });
    const waiting = this.queue.size;
    const minutes = Math.ceil((waiting * this.rate.intervalMs) / 60_000);
    return fail(
      'queue-full',
      `Not sent: ${waiting} lines are still waiting to go out (about ${minutes} min at the pace the server allows), and this would add ${lines.length}. Wait for them to be sent, then try again.`,
    );
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
