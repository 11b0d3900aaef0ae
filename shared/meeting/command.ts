import type { ItemType, Stamp } from '../domain/meeting';
import type { MeetingState } from './state';

/** Who said a command, its argument, and where it sits in the log. */
export interface CommandContext {
  nick: string;
  arg: string;
  stamp: Stamp;
}

/** One `#command`: whether only chairs may use it, and what it does to the state. */
export interface Command {
  chairOnly: boolean;
  run(state: MeetingState, ctx: CommandContext): void;
}

/** Appends a minutes item made from the command's argument. */
export function addItem(
  state: MeetingState,
  type: ItemType,
  ctx: CommandContext,
  text = ctx.arg,
): void {
  const { time, at, line } = ctx.stamp;
  state.items.push({ type, nick: ctx.nick, text, time, at, line });
}

/** A command that records an item of `type`. */
export function itemCommand(type: ItemType, chairOnly: boolean): Command {
  return { chairOnly, run: (state, ctx) => addItem(state, type, ctx) };
}

/** A command the bot knows but that changes nothing in the minutes (`#save`, `#lurk`…). */
export const NO_OP: Command = { chairOnly: false, run: () => undefined };
