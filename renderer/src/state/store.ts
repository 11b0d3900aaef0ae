import { createStore, type StoreApi } from 'zustand/vanilla';
import { createAgendaUndoSlice, type AgendaUndoSlice } from './agenda-undo-slice';
import { createConnectionSlice, type ConnectionSlice } from './connection-slice';
import { createMeetingSlice, type MeetingSlice } from './meeting-slice';
import { createSettingsSlice, type SettingsSlice } from './settings-slice';
import { createStorageSlice, type StorageSlice } from './storage-slice';
import { createTranscriptSlice, type TranscriptSlice } from './transcript-slice';
import { createUiSlice, type UiSlice } from './ui-slice';

/** Everything the window shows, sliced by concern. Only ipc-sync and the actions write to it. */
export type AppState = ConnectionSlice &
  TranscriptSlice &
  SettingsSlice &
  MeetingSlice &
  AgendaUndoSlice &
  UiSlice &
  StorageSlice;

/** The window's store; one per window, a fresh one per test. */
export type AppStore = StoreApi<AppState>;

/** Makes an empty store. */
export function createAppStore(): AppStore {
  return createStore<AppState>()((...args) => ({
    ...createConnectionSlice(...args),
    ...createTranscriptSlice(...args),
    ...createSettingsSlice(...args),
    ...createMeetingSlice(...args),
    ...createAgendaUndoSlice(...args),
    ...createUiSlice(...args),
    ...createStorageSlice(...args),
  }));
}
