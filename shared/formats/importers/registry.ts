import type { Importer } from './importer';
import { dokuWikiPage } from './dokuwiki-page';
import { fedoraMatrix } from './fedora-matrix';
import { hcoopLog } from './hcoop-log';
import { hexchat } from './hexchat';
import { irssi } from './irssi';
import { kamailioPage } from './kamailio-page';
import { limnoria } from './limnoria';
import { meetbot } from './meetbot';
import { meetbotMinutes } from './meetbot-minutes';
import { meetingologyPage } from './meetingology-page';
import { mirc } from './mirc';
import { outline } from './outline';
import { pidgin } from './pidgin';
import { sopelChanlogs } from './sopel-chanlogs';
import { sopelMeetbot } from './sopel-meetbot';
import { textual } from './textual';
import { thelounge } from './thelounge';
import { ubuntuIrclogs } from './ubuntu-irclogs';
import { w3cScribe } from './w3c-scribe';
import { weechat } from './weechat';
import { wiki } from './wiki';
import { znc } from './znc';

/**
 * Every importer, in the order their fingerprints are checked (reference: the formats' unique
 * signals first, generic transcripts and outlines last); on equal confidence the earlier wins.
 */
export const IMPORTERS: readonly Importer[] = [
  weechat,
  hexchat,
  irssi,
  mirc,
  w3cScribe,
  thelounge,
  textual,
  limnoria,
  sopelChanlogs,
  fedoraMatrix,
  hcoopLog,
  znc,
  meetbot,
  sopelMeetbot,
  ubuntuIrclogs,
  pidgin,
  meetingologyPage,
  meetbotMinutes,
  dokuWikiPage,
  kamailioPage,
  wiki,
  outline,
];

/** The importer with this id, or undefined. */
export function findImporter(id: string): Importer | undefined {
  return IMPORTERS.find((i) => i.id === id);
}
