import { useEffect, useState } from 'react';
import type { LibraryClient } from '../../state/library-client';
import { channelsOf } from './channels';

/** The library's channels for the Channel filter, kept current as meetings are added. */
export interface ChannelList {
  channels: string[];
  /** Why the channels could not be listed, if they could not. */
  error: string | null;
}

/** Lists the library's channels, again whenever a meeting of the library changes. */
export function useChannels(library: LibraryClient): ChannelList {
  const [list, setList] = useState<ChannelList>({ channels: [], error: null });
  useEffect(() => {
    let live = true;
    const load = () =>
      void library.invoke('history:list', {}).then((result) => {
        if (!live) return;
        setList((prev) =>
          result.ok
            ? { channels: channelsOf(result.value), error: null }
            : { channels: prev.channels, error: result.error.message },
        );
      });
    load();
    const off = library.on('history:changed', load);
    return () => {
      live = false;
      off();
    };
  }, [library]);
  return list;
}
