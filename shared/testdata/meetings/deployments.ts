import type { MeetingOptions } from '../../meeting/options';

/**
 * How each real meeting's bot was deployed, where its log alone does not say (no "Meeting
 * started" banner naming the bot, or a bot nick Gavel does not know): the fold options under
 * which Gavel's structure of the log equals the minutes that bot published (real-meetings.test.ts
 * proves it). Keyed by the meeting's folder under meetings/.
 */
export const DEPLOYMENTS: Record<string, Partial<MeetingOptions>> = {
  // brokerbot: a Supybot MeetBot 0.1.4 writing Fedora-style minutes.
  'asbroker-2018-06-05': { preset: 'fedora' },
  'asbroker-2018-07-24': { preset: 'fedora' },
  // meetingology of 2010 replaying the logs: [TOPIC]-style commands, votes kept out of topics.
  'ubuntu-uk-ukmeet': { preset: 'ubuntu', botNick: 'meetingology', generation: '0.1.5' },
  'ubuntu-uk-ukmeet2': { preset: 'ubuntu', botNick: 'meetingology', generation: '0.1.5' },
  // ubottu's meetingology 0.1.5 (2015-2020): its banner and command list say so.
  'cloud-init-2019-10-08': { preset: 'ubuntu' },
  'cloud-init-2019-10-29': { preset: 'ubuntu' },
  'cloud-init-2020-06-16': { preset: 'ubuntu' },
  // meetingology 0.4.0 before 2021-07-07 still counted its own lines among the people present.
  'cloud-init-2021-03-09': { preset: 'ubuntu', botCounted: true },
  'cloud-init-2021-06-15': { preset: 'ubuntu', botCounted: true },
  // The W3C CCG scribe tooling: `Topic:`, `RESOLVED:`, `ACTION:` lines.
  'w3c-ccg-2021-05-06': { preset: 'w3c' },
  'w3c-ccg-2022-09-20': { preset: 'w3c' },
  // (The W3C DPVCG logs need nothing: RRSAgent in the log asks for the W3C rules.)
};
