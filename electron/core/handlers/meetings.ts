import { ok } from '../../../shared/ipc/result';
import { importAgenda } from '../meetings/agenda/agenda-import';
import type { MeetingHandlerServices } from '../meetings/create-meetings';
import type { HandlerGroup } from './index';

type MeetingChannel =
  | 'meeting:start'
  | 'meeting:end'
  | 'meeting:get'
  | 'meeting:command'
  | 'meeting:setMode'
  | 'agenda:get'
  | 'agenda:set'
  | 'agenda:import'
  | 'agenda:templates'
  | 'agenda:saveTemplate'
  | 'actions:update'
  | 'people:setName';

/** Handlers of the meeting, agenda, action and people channels. */
export function meetingHandlers({ meetings, chair, library, newId }: MeetingHandlerServices) {
  return {
    'meeting:start': ({ channel, title, mode }) => meetings.start(channel, title, mode),
    'meeting:end': ({ meetingId }) => meetings.end(meetingId),
    'meeting:get': async ({ channel }) => meetings.get(channel),
    'meeting:command': ({ meetingId, command }) => chair.command(meetingId, command),
    'meeting:setMode': ({ meetingId, mode }) => meetings.setMode(meetingId, mode),
    'agenda:get': async ({ channel }) => ok(meetings.agendas.state(channel)),
    'agenda:set': ({ channel, items }) => meetings.agendas.set(channel, items),
    'agenda:import': async ({ text }) => importAgenda(text, newId),
    'agenda:templates': async ({ channel }) => ok(library.templates(channel)),
    'agenda:saveTemplate': async ({ channel, name, items }) =>
      library.saveTemplate(channel, { name, items }),
    'actions:update': (update) => chair.updateAction(update),
    'people:setName': ({ channel, nick, name }) => chair.setName(channel, nick, name),
  } satisfies HandlerGroup<MeetingChannel>;
}
