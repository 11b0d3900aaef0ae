/** A log format the user can force instead of letting Gavel detect it. */
export interface LogFormat {
  /** The importer's id, as `import:begin` takes it in `format`. */
  id: string;
  /** Its name as people know it. */
  label: string;
}

/**
 * The importers of `shared/formats/importers/registry.ts` that read transcripts, by name. Only
 * ids and names are listed here so the window does not bundle the parsers, which run in the
 * core; `import-formats.test.ts` keeps this list in step with the registry. The agenda outline
 * importer is left out: an outline holds no transcript (the agenda pane imports outlines).
 */
export const LOG_FORMATS: readonly LogFormat[] = [
  { id: 'dokuwiki-page', label: 'DokuWiki meeting page' },
  { id: 'fedora-matrix', label: 'Fedora Matrix meetbot .log.txt' },
  { id: 'hcoop-log', label: 'HCoop Meetbot .log.html' },
  { id: 'hexchat', label: 'HexChat / XChat' },
  { id: 'ubuntu-irclogs', label: 'irclogs.ubuntu.com' },
  { id: 'irssi', label: 'irssi' },
  { id: 'kamailio-page', label: 'Kamailio-style meeting page' },
  { id: 'limnoria', label: 'Limnoria / OpenStack irclogs' },
  { id: 'meetbot', label: 'MeetBot .log.txt' },
  { id: 'meetbot-minutes', label: 'MeetBot minutes, .txt or .html (no log)' },
  { id: 'meetingology', label: 'meetingology minutes with the full log (.moin.txt)' },
  { id: 'mirc', label: 'mIRC' },
  { id: 'pidgin', label: 'Pidgin' },
  { id: 'sopel-chanlogs', label: 'Sopel chanlogs' },
  { id: 'sopel-meetbot', label: 'Sopel meetbot .log' },
  { id: 'textual', label: 'Textual' },
  { id: 'thelounge', label: 'The Lounge' },
  { id: 'w3c-scribe', label: 'W3C scribe log (irc.log)' },
  { id: 'weechat', label: 'WeeChat' },
  { id: 'wiki', label: 'wiki or plain transcript' },
  { id: 'znc', label: 'ZNC' },
];

/** The name of the format with this id, or the id itself for one the window does not know. */
export function formatLabel(id: string): string {
  return LOG_FORMATS.find((f) => f.id === id)?.label ?? id;
}
