import type { LineKind } from '../../../../shared/domain/line';

/**
 * What an event-family handler needs from its connection: which targets are the connection's
 * channel, and where to put the lines it makes. Every line a handler emits follows one rule:
 * `nick` is who sent the command, `text` its remaining arguments as the IRC line carries them
 * (the message; the part or quit reason; the new nick; the kicked nick then the reason; the
 * new topic).
 */
export interface LineSink {
  /** True when `target` names the connection's channel (by the network's casemapping). */
  isChannel(target: string): boolean;
  /** Records one line; `time` is the server's timestamp in epoch ms when it sent one. */
  line(kind: LineKind, nick: string, text: string, time: number | undefined): void;
}
