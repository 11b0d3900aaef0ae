import type { StateCreator } from 'zustand/vanilla';
import type { Settings } from '../../../shared/ipc/schemas';
import type { AppState } from './store';

/** The app's saved settings as last read; null until they arrive. */
export interface SettingsSlice {
  settings: Settings | null;
  setSettings(settings: Settings): void;
}

/** The settings slice of the app store. */
export const createSettingsSlice: StateCreator<AppState, [], [], SettingsSlice> = (set) => ({
  settings: null,
  setSettings: (settings) => set({ settings }),
});
