import type { Handlers } from '../../../shared/ipc/bridge';
import { fail, type Result } from '../../../shared/ipc/result';
import { ircLower } from '../../../shared/irc/casemap';
import { isPracticeChannel, PRACTICE_NETWORK } from './practice-channel';

type Said = Result<{ lines: number }>;

/** The practice in front: its channel, its meeting, and how the chair speaks in it. */
export interface PracticeRoom {
  /** Its transcript name, `practice:#practice-N`. */
  channel: string;
  meetingId: string;
  /** Takes a line the chair typed into the practice, as the practising chair. */
  speak(text: string): Said;
  /**
   * Reports the practice again (`practice:state`): a window that lost track of it (reloaded)
   * and tried to act elsewhere shows it again, with its Stop.
   */
  remind(): void;
}

/** Where the chair's typed line is aimed (the `irc:say` request). */
export interface SayRequest {
  text: string;
  network?: string;
  channel?: string;
}

/**
 * A practice replay in front is a sealed room: from the moment it starts until it is stopped,
 * nothing the chair types or does can reach a network. A line aimed at the practice network is
 * said in the practice; a line aimed at any other channel, and any chair command bound for one,
 * is refused with the reason; a practice meeting cannot be switched to drive mode. The window
 * aims everything at the practice while one runs; this holds whatever a bridge call asks.
 */
export class PracticeSeal {
  private room: PracticeRoom | null = null;

  /** Seals the chair into `room` (a practice has started). */
  enter(room: PracticeRoom): void {
    this.room = room;
  }

  /** Opens the seal (the practice was stopped, or the core is closing). */
  leave(): void {
    this.room = null;
  }

  /** The practice in front, if any. */
  get current(): PracticeRoom | null {
    return this.room;
  }

  /** Why a line for `channel` (a transcript name) may not be sent now, or null when it may. */
  refusal(channel: string): Result<never> | null {
    if (!this.room || isPracticeChannel(channel)) return null;
    this.room.remind();
    return fail(
      'practice-running',
      `A practice is running, so nothing was sent to ${channel}. Stop the practice to speak there.`,
    );
  }

  /**
   * What becomes of the chair's typed line: said in the practice when it is aimed at the
   * practice network, refused when it is aimed elsewhere while a practice runs, or null when the
   * seal lets it go to IRC.
   */
  say(request: SayRequest): Said | null {
    if (request.network !== undefined && ircLower(request.network) === PRACTICE_NETWORK) {
      const room = this.room;
      const wanted = `${PRACTICE_NETWORK}:${request.channel ?? ''}`;
      if (!room || (request.channel !== undefined && ircLower(wanted) !== ircLower(room.channel)))
        return fail('no-practice', 'No practice is running there, so nothing was said.');
      return room.speak(request.text);
    }
    return this.refusal(request.channel ?? 'the channel');
  }

  /** Why a chair action on meeting `meetingId` may not be taken now, or null when it may. */
  actionRefusal(meetingId: string): Result<never> | null {
    if (!this.room || this.room.meetingId === meetingId) return null;
    this.room.remind();
    return fail(
      'practice-running',
      'A practice is running, so chair actions go to it. Stop the practice to act on this meeting.',
    );
  }

  /** Why meeting `meetingId` may not switch to `mode`, or null: a practice stays quiet. */
  modeRefusal(meetingId: string, mode: string): Result<never> | null {
    if (mode !== 'drive' || this.room?.meetingId !== meetingId)
      return this.actionRefusal(meetingId);
    return fail(
      'practice-quiet',
      'A practice meeting stays in quiet mode: nothing in it is sent anywhere.',
    );
  }
}

/**
 * `handlers` with the chair's typed lines and meeting actions kept inside a running practice:
 * starting, ending or commanding any other meeting waits until the practice is stopped.
 */
export function sealHandlers(handlers: Handlers, seal: PracticeSeal): Handlers {
  return {
    ...handlers,
    'irc:say': async (request) => seal.say(request) ?? handlers['irc:say'](request),
    'meeting:start': async (request) =>
      seal.refusal(request.channel) ?? handlers['meeting:start'](request),
    'meeting:end': async (request) =>
      seal.actionRefusal(request.meetingId) ?? handlers['meeting:end'](request),
    'meeting:command': async (request) =>
      seal.actionRefusal(request.meetingId) ?? handlers['meeting:command'](request),
    'meeting:setMode': async (request) =>
      seal.modeRefusal(request.meetingId, request.mode) ?? handlers['meeting:setMode'](request),
  };
}
