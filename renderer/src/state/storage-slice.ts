import type { StateCreator } from 'zustand/vanilla';
import type { WriteProblem } from '../../../shared/ipc/storage-schemas';
import type { AppState } from './store';

/** Writes of Gavel's own files that are failing now (`storage:state`); empty when all is saved. */
export interface StorageSlice {
  writeProblems: WriteProblem[];
  setWriteProblems(problems: WriteProblem[]): void;
}

/** The storage slice of the app store. */
export const createStorageSlice: StateCreator<AppState, [], [], StorageSlice> = (set) => ({
  writeProblems: [],
  setWriteProblems: (writeProblems) => set({ writeProblems }),
});
