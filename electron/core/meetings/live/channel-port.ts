import { parseAddress } from '../../irc/channel-address';
import type { IrcService } from '../../irc/irc-service';
import type { AppendBatcher } from '../../transcript/append-batcher';
import type { TranscriptStore } from '../../transcript/transcript-store';
import type { ChannelPort } from '../ports';

/** What the meeting service's channel port is made of. */
export interface ChannelPortParts {
  irc: IrcService;
  transcript: TranscriptStore;
  batcher: AppendBatcher;
}

/**
 * The meeting service's view of the IRC side. Channels are named as transcripts name them
 * (`#meet` on the default network, `oftc:#meet` on another). Lines Gavel transcribes itself go
 * through the same store and batches as received ones, so the window shows them in order.
 */
export function createChannelPort({ irc, transcript, batcher }: ChannelPortParts): ChannelPort {
  return {
    nickIn: (channel) => irc.nickIn(channel),
    membersIn: (channel) => irc.membersIn(channel),
    // The IRC service refuses a say for a channel Gavel is not in.
    say: (channel, text) => irc.say(text, parseAddress(channel)),
    transcribe: (channel, line, self) => {
      const numbered = transcript.append(channel, line, self);
      batcher.add(numbered);
      return numbered;
    },
    keepAlive: (channel, on) => irc.setKeepAlive(channel, on),
    connect: (request) => irc.connect(request),
  };
}
