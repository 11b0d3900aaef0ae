import type { PresetId } from '../domain/meeting';
import type { TextModel } from '../formats/text/python-text';

/**
 * Which MeetBot generation's command set and parsing a preset follows:
 * - `classic`: MeetBot 0.1.4 (rkdarst 2009/2010, Fedora, Debian): `#cmd` at the very start.
 * - `openstack`: classic plus `#startvote`/`#vote`/`#showvote`/`#endvote`.
 * - `meetingology`: leading spaces ignored, `[CMD]` brackets, `#subtopic`/`#progress`/`#done`,
 *   `#vote`/`#voters`/`#votesrequired`/`#endvote` with `+1`/`-1`/`+0` lines, chair-only
 *   `#meetingname`, and `#startmeeting` in any case.
 * - `scribe`: a W3C scribe log (RRSAgent): `Topic:`, `RESOLVED:`, `ACTION:`, `PROPOSAL:` and the
 *   `+1`/`-1`/`0` votes after it, `Chair:`, `Agenda:`, `present+` (scribe.ts).
 * - `hcoop`: HCoop Meetbot (Limnoria): classic plus `#motion`/`#vote`/`#close`, `#accepted`,
 *   `#failed`, `#inconclusive` and `#here` (hcoop.ts).
 */
export type Dialect = 'classic' | 'openstack' | 'meetingology' | 'scribe' | 'hcoop';

/**
 * One real deployment's flavour: how it parses lines and how it writes its files.
 * `textModel` is the kind of string the bot's Python code handled (lengths for wrapping, hash
 * order of the attendee table); `attendeeOrder` is `py2dict` for Python 2 bots, `insertion`
 * for Python 3 ones.
 */
export interface Preset {
  id: PresetId;
  dialect: Dialect;
  /** MeetBot's `filenamePattern` (`%(channel)s`, `%(meetingname)s`, `%(network)s`, `%%Y`...). */
  pattern: string;
  urlPrefix: string;
  textModel: TextModel;
  attendeeOrder: 'py2dict' | 'insertion';
  /** `#startmeeting text` also sets `#meetingname text` (Fedora's patch, OpenStack). */
  nameFromStart: boolean;
  /** `#startmeeting` without text starts nothing (Fedora 0.1.4-15, OpenStack). */
  startNeedsName: boolean;
  /** `#meetingname` turns everything but `[a-z0-9]` into `_` (OpenStack). */
  strictName: boolean;
  /** Lines by the bot itself are left out of "People present" (meetingology). */
  botNotAttendee: boolean;
  /** The `.txt` layout: Fedora's 2009 template, or the 2010 section-list writer. */
  textLayout: 'fedora-2009' | 'darst-2010';
  /** Where the first word of `#link` is the URL (2009), or the URL is found anywhere (2010). */
  linkStyle: '2009' | '2010';
  infoUrl: string;
  version: string;
  /** The nick the deployment's bot usually has, or null; a log's own "Meeting started" wins. */
  botNick: string | null;
}

const CLASSIC_PATTERN = '%(channel)s/%%Y/%(channel)s.%%F-%%H.%%M';
const INFO_URL = 'http://wiki.debian.org/MeetBot';

const darst: Omit<Preset, 'id' | 'urlPrefix'> = {
  dialect: 'classic',
  pattern: CLASSIC_PATTERN,
  textModel: 'codepoints',
  attendeeOrder: 'py2dict',
  nameFromStart: false,
  startNeedsName: false,
  strictName: false,
  botNotAttendee: false,
  textLayout: 'darst-2010',
  linkStyle: '2010',
  infoUrl: INFO_URL,
  version: '0.1.4',
  botNick: null,
};

/** The deployments Gavel reproduces (reference: MeetBot notes §1 and §6.1). */
export const PRESETS: Record<PresetId, Preset> = {
  meetbot: { ...darst, id: 'meetbot', urlPrefix: '' },
  debian: { ...darst, id: 'debian', urlPrefix: 'https://meetbot.debian.net/', botNick: 'MeetBot' },
  openstack: {
    ...darst,
    id: 'openstack',
    dialect: 'openstack',
    pattern: '%(meetingname)s/%%Y/%(meetingname)s.%%F-%%H.%%M',
    urlPrefix: 'https://meetings.opendev.org/meetings/',
    nameFromStart: true,
    startNeedsName: true,
    strictName: true,
    botNick: 'openstack',
  },
  // Gavel running a meeting with no bot in the channel: MeetBot 2010's files, and OpenStack's
  // #startvote/#vote/#endvote so the chair's votes are recorded; a name is never required.
  gavel: { ...darst, id: 'gavel', dialect: 'openstack', urlPrefix: '' },
  // zodbot: supybot-meetbot 0.1.4-15, Python 2 byte strings throughout.
  fedora: {
    id: 'fedora',
    dialect: 'classic',
    pattern: '%(channel)s/%%Y-%%m-%%d/%(meetingname)s.%%Y-%%m-%%d-%%H.%%M',
    urlPrefix: 'https://meetbot.fedoraproject.org/',
    textModel: 'bytes',
    attendeeOrder: 'py2dict',
    nameFromStart: true,
    startNeedsName: true,
    strictName: false,
    botNotAttendee: false,
    textLayout: 'fedora-2009',
    linkStyle: '2009',
    infoUrl: INFO_URL,
    version: '0.1.4',
    botNick: 'zodbot',
  },
  // A W3C group's scribe log: its conventions are the structure; files as MeetBot 2010 writes.
  w3c: { ...darst, id: 'w3c', dialect: 'scribe', urlPrefix: '' },
  // HCoop Meetbot on Limnoria (HCoop, LumoSQL, Bitcoin Core's corebot).
  hcoop: { ...darst, id: 'hcoop', dialect: 'hcoop', urlPrefix: '', attendeeOrder: 'insertion' },
  // meetingology 0.4.0, Python 3.
  ubuntu: {
    id: 'ubuntu',
    dialect: 'meetingology',
    pattern: CLASSIC_PATTERN,
    urlPrefix: 'https://ubottu.com/meetingology/logs/',
    textModel: 'codepoints',
    attendeeOrder: 'insertion',
    nameFromStart: false,
    startNeedsName: false,
    strictName: false,
    botNotAttendee: true,
    textLayout: 'darst-2010',
    linkStyle: '2009',
    infoUrl: 'https://wiki.ubuntu.com/meetingology',
    version: '0.4.0',
    botNick: 'meetingology',
  },
};

/**
 * Every preset id, in the order of the `PresetId` schema (and of messages listing them). Plain
 * data, so a caller that only checks a name (the minutes CLI) need not load the schemas.
 */
export const PRESET_IDS: readonly PresetId[] = [
  'meetbot',
  'fedora',
  'ubuntu',
  'openstack',
  'debian',
  'gavel',
  'w3c',
  'hcoop',
];

/** True when `name` is a preset id. */
export function isPresetId(name: unknown): name is PresetId {
  return (PRESET_IDS as readonly unknown[]).includes(name);
}

/** The preset with that id. */
export function presetFor(id: PresetId): Preset {
  return PRESETS[id];
}
