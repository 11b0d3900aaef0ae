import { useEffect } from 'react';
import { useAppState } from './AppContext';

/**
 * Applies the saved theme as `data-theme` on the page root. With `system` (the default) the
 * attribute is removed and the styles follow `prefers-color-scheme`.
 */
export function useThemeSetting(root: HTMLElement = document.documentElement): void {
  const theme = useAppState((state) => state.settings?.theme ?? 'system');
  useEffect(() => {
    if (theme === 'system') root.removeAttribute('data-theme');
    else root.setAttribute('data-theme', theme);
  }, [root, theme]);
}
