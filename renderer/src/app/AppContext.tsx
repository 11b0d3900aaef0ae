import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { Actions } from '../state/actions';
import type { AppState, AppStore } from '../state/store';

/** What every component may reach: the store to read and the actions to call. */
export interface AppServices {
  store: AppStore;
  actions: Actions;
}

const ServicesContext = createContext<AppServices | null>(null);

/** Provides the window's services to everything below it. */
export function AppProvider({
  services,
  children,
}: {
  services: AppServices;
  children: ReactNode;
}) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

function useServices(): AppServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('AppProvider is missing above this component.');
  return services;
}

/** Reads part of the store; the component re-renders only when that part changes. */
export function useAppState<T>(selector: (state: AppState) => T): T {
  return useStore(useServices().store, selector);
}

/** The chair's actions. */
export function useActions(): Actions {
  return useServices().actions;
}

/** The store itself, for handlers that read the state when they run rather than render on it. */
export function useStoreApi(): AppStore {
  return useServices().store;
}
