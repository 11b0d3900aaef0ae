import { ok } from '../../../shared/ipc/result';
import type { AfterMeetingServices } from '../history/create-after-meeting';
import type { HandlerGroup } from './index';

type AfterMeetingChannel =
  | 'history:list'
  | 'history:open'
  | 'history:lines'
  | 'export:render'
  | 'export:save'
  | 'export:showFolder'
  | 'export:email'
  | 'import:begin'
  | 'import:chunk'
  | 'import:finish'
  | 'import:cancel'
  | 'meeting:mark'
  | 'meeting:unmark'
  | 'search:query'
  | 'practice:start'
  | 'practice:setSpeed'
  | 'practice:pause'
  | 'practice:stop'
  | 'schedule:get'
  | 'schedule:set'
  | 'schedule:clear'
  | 'schedule:next';

/** Handlers of the history, export, import, mark, search, practice and schedule channels. */
export function afterMeetingHandlers(s: AfterMeetingServices) {
  return {
    'history:list': async ({ channel }) => ok(s.history.list(channel)),
    'history:open': async ({ meetingId }) => s.history.open(meetingId),
    'history:lines': async ({ meetingId, afterSeq, limit }) =>
      s.history.lines(meetingId, afterSeq, limit),
    'export:render': async (request) => s.exports.render(request),
    'export:save': (request) => s.exports.save(request),
    'export:showFolder': ({ folder }) => s.exports.showFolder(folder),
    'export:email': async (request) => s.exports.email(request),
    'import:begin': async (request) => s.imports.begin(request),
    'import:chunk': async ({ importId, index, data }) =>
      s.imports.uploads.chunk(importId, index, data),
    'import:finish': (request) => s.imports.finish(request),
    'import:cancel': async ({ importId }) => ok(s.imports.cancel(importId)),
    'meeting:mark': (request) => s.marks.mark(request),
    'meeting:unmark': ({ meetingId, seq, as }) => s.marks.unmark(meetingId, seq, as),
    'search:query': (query) => s.search.query(query),
    'practice:start': ({ source, speed }) => s.practice.start(source, speed),
    'practice:setSpeed': async ({ speed }) => s.practice.setSpeed(speed),
    'practice:pause': async ({ paused }) => s.practice.pause(paused),
    'practice:stop': () => s.practice.stop(),
    'schedule:get': async ({ channel }) => ok(s.schedule.get(channel)),
    'schedule:set': async (request) => s.schedule.set(request),
    'schedule:clear': async ({ channel }) => s.schedule.clear(channel),
    'schedule:next': async ({ channel }) => s.schedule.next(channel),
  } satisfies HandlerGroup<AfterMeetingChannel>;
}
