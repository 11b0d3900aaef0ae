import { useEffect, useState } from 'react';
import type { AfterMeetingClient } from '../../state/after-meeting-client';
import { channelsOf } from './channels';

/** The channels of the meetings Gavel keeps, for the Channel filter, kept current as meetings are added. */
export interface ChannelList {
  channels: string[];
  /** Why the channels could not be listed, if they could not. */
  error: string | null;
}

/** Lists the channels of the meetings Gavel keeps, again whenever one of them changes. */
export function useChannels(afterMeeting: AfterMeetingClient): ChannelList {
  const [list, setList] = useState<ChannelList>({ channels: [], error: null });
  useEffect(() => {
    let live = true;
    const load = () =>
      void afterMeeting.invoke('history:list', {}).then((result) => {
        if (!live) return;
        setList((prev) =>
          result.ok
            ? { channels: channelsOf(result.value), error: null }
            : { channels: prev.channels, error: result.error.message },
        );
      });
    load();
    const off = afterMeeting.on('history:changed', load);
    return () => {
      live = false;
      off();
    };
  }, [afterMeeting]);
  return list;
}
