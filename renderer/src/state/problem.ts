import type { AppState } from './store';

/**
 * What is wrong, by what can fix it: the link to the app (`link`: retry the link), the app's
 * answers (`sync`: ask again), a connect call refused before reaching the server (`request`),
 * or the IRC connection itself (`connection`: connect again or edit the connection).
 */
export interface Problem {
  kind: 'link' | 'sync' | 'request' | 'connection';
  message: string;
}

/** The one problem the window shows, most fundamental first; null when all is well. */
export function currentProblem(state: AppState): Problem | null {
  if (state.link.state === 'lost') {
    return { kind: 'link', message: state.link.message ?? 'Lost contact with Gavel.' };
  }
  if (state.requestError) return { kind: 'request', message: state.requestError.message };
  if (state.syncError) return { kind: 'sync', message: state.syncError.message };
  const status = state.status;
  if (status?.error && (status.state === 'failed' || status.state === 'disconnected')) {
    return { kind: 'connection', message: status.error.message };
  }
  return null;
}
