/**
 * Every bridge channel by name. No imports, so the preload can bundle it without zod.
 * Invoke channels are request/response; event channels are pushed from the core.
 */
export const INVOKE_CHANNELS = [
  'app:info',
  'irc:connect',
  'irc:disconnect',
  'irc:say',
  'irc:getStatus',
  'irc:join',
  'irc:part',
  'irc:networks',
  'transcript:since',
  'transcript:before',
  'transcript:find',
  'settings:get',
  'settings:set',
  'meeting:start',
  'meeting:end',
  'meeting:get',
  'meeting:command',
  'meeting:setMode',
  'agenda:get',
  'agenda:set',
  'agenda:import',
  'agenda:templates',
  'agenda:saveTemplate',
  'actions:update',
  'people:setName',
  'history:list',
  'history:open',
  'history:lines',
  'export:render',
  'export:save',
  'export:showFolder',
  'export:email',
  'import:begin',
  'import:chunk',
  'import:finish',
  'import:cancel',
  'meeting:mark',
  'meeting:unmark',
  'search:query',
  'practice:start',
  'practice:setSpeed',
  'practice:pause',
  'practice:stop',
  'schedule:get',
  'schedule:set',
  'schedule:clear',
  'schedule:next',
] as const;

export const EVENT_CHANNELS = [
  'irc:status',
  'transcript:append',
  'meeting:state',
  'agenda:state',
  'import:progress',
  'history:changed',
  'search:progress',
  'practice:state',
  'storage:state',
  'app:command',
] as const;

export type InvokeChannel = (typeof INVOKE_CHANNELS)[number];
export type EventChannel = (typeof EVENT_CHANNELS)[number];

/** True when `name` is one of the invoke channels (for untrusted input). */
export function isInvokeChannel(name: unknown): name is InvokeChannel {
  return typeof name === 'string' && (INVOKE_CHANNELS as readonly string[]).includes(name);
}

/** True when `name` is one of the event channels (for untrusted input). */
export function isEventChannel(name: unknown): name is EventChannel {
  return typeof name === 'string' && (EVENT_CHANNELS as readonly string[]).includes(name);
}
