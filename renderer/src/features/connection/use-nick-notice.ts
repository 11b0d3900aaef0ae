import { useEffect, useRef } from 'react';
import { useAppState } from '../../app/AppContext';

/**
 * Says once, plainly, when the server gave Gavel another nick than the one asked for (the nick
 * was taken): as an info notice, the first time each connection reaches its channel with it.
 */
export function useNickNotice(): void {
  const status = useAppState((s) => s.status);
  // The nick of the connection asked for in this window, else of the one saved before it.
  const asked = useAppState((s) => s.lastRequest?.nick ?? s.settings?.lastConnection?.nick ?? null);
  const setNotice = useAppState((s) => s.setNotice);
  const said = useRef<number | null>(null);
  useEffect(() => {
    if (status?.state !== 'joined' || !status.nick || !asked) return;
    if (status.nick.toLowerCase() === asked.toLowerCase() || said.current === status.since) return;
    said.current = status.since;
    setNotice({
      tone: 'info',
      message: `The nick ${asked} is taken on this server, so Gavel is ${status.nick} there.`,
    });
  }, [status, asked, setNotice]);
}
