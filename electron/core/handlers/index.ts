import type { Handlers } from '../../../shared/ipc/bridge';
import { ok } from '../../../shared/ipc/result';
import type { AfterMeetingServices } from '../history/create-after-meeting';
import type { IrcService } from '../irc/irc-service';
import type { SettingsService } from '../settings/settings-service';
import type { TranscriptStore } from '../transcript/transcript-store';
import type { CoreDeps } from '../types';
import { ircHandlers } from './irc';
import { afterMeetingHandlers } from './after-meeting';
import type { MeetingHandlerServices } from '../meetings/create-meetings';
import { meetingHandlers } from './meetings';

/** The services the bridge handlers answer from. */
export interface HandlerServices {
  deps: Pick<CoreDeps, 'shell' | 'version'>;
  irc: IrcService;
  transcript: TranscriptStore;
  settings: SettingsService;
  meetings: MeetingHandlerServices;
  afterMeeting: AfterMeetingServices;
}

/** Handlers for a group of channels: each domain file answers its own. */
export type HandlerGroup<C extends keyof Handlers> = Pick<Handlers, C>;

function connectionHandlers({ deps, irc, transcript, settings }: HandlerServices) {
  return {
    'app:info': async () => ok({ name: 'Gavel', version: deps.version, shell: deps.shell }),
    ...ircHandlers(irc),
    'transcript:since': async ({ channel, afterSeq }) => ok(transcript.since(channel, afterSeq)),
    'transcript:before': async ({ channel, beforeSeq, limit }) =>
      ok(transcript.before(channel, beforeSeq, limit)),
    'transcript:find': async ({ channel, query, limit }) =>
      ok(transcript.find(channel, query, limit)),
    'settings:get': async () => ok(settings.get()),
    'settings:set': async (change) => settings.set(change),
  } satisfies HandlerGroup<
    | 'app:info'
    | 'irc:connect'
    | 'irc:disconnect'
    | 'irc:say'
    | 'irc:getStatus'
    | 'irc:join'
    | 'irc:part'
    | 'irc:networks'
    | 'transcript:since'
    | 'transcript:before'
    | 'transcript:find'
    | 'settings:get'
    | 'settings:set'
  >;
}

/**
 * One handler per invoke channel, grouped by domain. Requests arrive parsed (shared/ipc/dispatch
 * validates them); expected failures come back as error results.
 */
export function createHandlers(services: HandlerServices): Handlers {
  return {
    ...connectionHandlers(services),
    ...meetingHandlers(services.meetings),
    ...afterMeetingHandlers(services.afterMeeting),
  };
}
