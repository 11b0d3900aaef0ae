import { pySplit, pyStrip } from '../formats/text/python-text';
import { clockSeconds } from './clock';
import type { Command, CommandContext } from './command';
import { meetingSlug, nickList } from './names';
import { addNick, isChair, type MeetingState } from './state';

// OpenStack lets anyone end a meeting that has run this long (its `length` default).
const OPENSTACK_LENGTH_S = 60 * 60;

const model = (state: MeetingState) => state.options.preset.textModel;

function elapsedSeconds(state: MeetingState, ctx: CommandContext): number | null {
  const start = state.start;
  if (!start) return null;
  const [a, b] = [clockSeconds(start.time), clockSeconds(ctx.stamp.time)];
  if (a === null || b === null) return null;
  return (ctx.stamp.day - start.day) * 86_400 + b - a;
}

/** `#endmeeting`, with the hook that closes an open vote first (meetingology). */
export function endMeetingCommand(
  beforeEnd?: (state: MeetingState, ctx: CommandContext) => void,
): Command {
  return {
    chairOnly: false,
    run(state, ctx) {
      const openstackLate =
        state.options.preset.dialect === 'openstack' &&
        (elapsedSeconds(state, ctx) ?? -1) >= OPENSTACK_LENGTH_S;
      if (!isChair(state, ctx.nick) && !openstackLate) return;
      beforeEnd?.(state, ctx);
      state.end = ctx.stamp;
      state.ended = true;
      state.phase = 'ended';
    },
  };
}

/** `#meetingtopic text`; `none`, `unset` or nothing clears it. */
export const meetingTopic: Command = {
  chairOnly: true,
  run(state, ctx) {
    const text = pyStrip(ctx.arg, model(state));
    const lower = text.toLowerCase();
    state.meetingTopic = text === '' || lower === 'none' || lower === 'unset' ? null : text;
  },
};

/** `#meetingname text` (chairs only in meetingology, anyone in classic MeetBot). */
export function meetingNameCommand(chairOnly: boolean): Command {
  return {
    chairOnly,
    run(state, ctx) {
      state.meetingName = meetingSlug(ctx.arg, model(state), state.options.preset.strictName);
    },
  };
}

/** `#nick a b`: makes nicks known (with 0 lines) so actions can be matched to them. */
export const nickCommand: Command = {
  chairOnly: false,
  run(state, ctx) {
    for (const nick of nickList(ctx.arg, model(state))) addNick(state, nick, 0);
  },
};

/** `#chair a b`: adds chairs; each new one is also made known with 0 lines. */
export const chairCommand: Command = {
  chairOnly: true,
  run(state, ctx) {
    for (const nick of nickList(ctx.arg, model(state))) {
      if (state.chairs.has(nick)) continue;
      addNick(state, nick, 0);
      state.chairs.add(nick);
    }
  },
};

/** `#unchair a b`: removes chairs; the owner stays a chair whatever is said. */
export const unchairCommand: Command = {
  chairOnly: true,
  run(state, ctx) {
    const nicks =
      state.options.preset.dialect === 'meetingology'
        ? nickList(ctx.arg, model(state))
        : pySplit(ctx.arg, model(state));
    for (const nick of nicks) state.chairs.delete(nick);
  },
};

/** `#undo`: removes the last item of the minutes, whatever its type. */
export const undoCommand: Command = {
  chairOnly: true,
  run(state) {
    state.items.pop();
  },
};
