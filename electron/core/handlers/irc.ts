import type { Handlers } from '../../../shared/ipc/bridge';
import { ok } from '../../../shared/ipc/result';
import type { IrcService } from '../irc/irc-service';

/**
 * The `irc:*` channels. Requests without a `network` are about the default network, so a
 * window that knows of one connection only works as it always did.
 */
export function ircHandlers(irc: IrcService) {
  return {
    'irc:connect': (request) => irc.connect(request),
    'irc:disconnect': async ({ network }) => ok(await irc.disconnect(network)),
    'irc:say': async ({ text, network, channel }) => irc.say(text, { network, channel }),
    'irc:getStatus': async ({ network }) => ok(irc.status(network)),
    'irc:join': ({ network, channel }) => irc.join(channel, network),
    'irc:part': async ({ network, channel }) => irc.part(channel, network),
    'irc:networks': async () => ok(irc.statuses()),
  } satisfies Pick<
    Handlers,
    | 'irc:connect'
    | 'irc:disconnect'
    | 'irc:say'
    | 'irc:getStatus'
    | 'irc:join'
    | 'irc:part'
    | 'irc:networks'
  >;
}
