import type { LineKind } from '../../../../shared/domain/line';
import type { LineOrigin } from '../dedupe';

/**
 * What an event-family handler needs from its connection: which targets are the connection's
 * channels, and where to put the lines it makes. Every line a handler emits follows one rule:
 * `nick` is who sent the command, `text` its remaining arguments as the IRC line carries them
 * (the message; the part or quit reason; the new nick; the kicked nick then the reason; the
 * new topic).
 */
export interface LineSink {
  /** True when `target` names one of the connection's channels (by the network's casemapping). */
  isChannel(target: string): boolean;
  /**
   * Records one line of `channel`; `channel` is null for QUIT and NICK, which belong to every
   * channel `nick` shares with us. `time` is the server's timestamp in epoch ms when it sent one.
   */
  line(
    kind: LineKind,
    nick: string,
    text: string,
    time: number | undefined,
    channel: string | null,
    origin?: LineOrigin,
  ): void;
}
