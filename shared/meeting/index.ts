/**
 * The meeting engine: MeetBot's semantics as a fold over log lines. Feed a live meeting with
 * `initialState` + `step`, take snapshots with `finish`; read a whole log with `meetingFromLog`.
 */
export { meetingFromLog, tableHasStart } from './meeting-from-log';
export { finish } from './finish';
export { initialState, type MeetingState } from './state';
export { step } from './step';
export { resolveOptions, type MeetingOptions, type ResolvedOptions } from './options';
export { PRESETS, presetFor, type Preset, type Dialect } from './presets';
