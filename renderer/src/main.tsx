import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { AppProvider } from './app/AppContext';
import { ErrorBoundary } from './app/ErrorBoundary';
import { getBridge } from './bridge/get-bridge';
import { createActions } from './state/actions';
import { startSync } from './state/ipc-sync';
import { createAppStore } from './state/store';
import './styles/index.css';
import { usesDayPeriod } from './time/format-time';

// Times read `3:05:07 PM` in some locales: their columns are wider there (styles/transcript.css).
document.documentElement.classList.toggle('clock-12h', usesDayPeriod());

const { bridge, link } = getBridge();
const store = createAppStore();
const sync = startSync({ bridge, store, link });
const actions = createActions({ bridge, store, link, sync });

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <ErrorBoundary>
        <AppProvider services={{ store, actions }}>
          <App />
        </AppProvider>
      </ErrorBoundary>
    </StrictMode>,
  );
}
