import type { MeetingItem } from '../../domain/meeting';
import { escapeHtml, escapeHtmlText } from '../text/html-escape';
import { stripControls } from '../text/sanitize';
import type { WriterContext } from './context';
import { isSafeHref, linkParts } from './links';

/** MeetBot's item type label, as it appears in the minutes (`ACTION`, `AGREED`…). */
export function itemLabel(item: MeetingItem): string {
  return item.type === 'progress' ? 'SUBTOPIC' : item.type.toUpperCase();
}

const isHeading = (item: MeetingItem): boolean =>
  item.type === 'topic' || item.type === 'subtopic' || item.type === 'progress';

function parts(item: MeetingItem, ctx: WriterContext) {
  return linkParts(stripControls(item.text), ctx.preset.linkStyle, ctx.preset.textModel);
}

/** An item in the `.txt` minutes, before wrapping: `ACTION: text  (nick, 12:00:00)`. */
export function itemText(item: MeetingItem, ctx: WriterContext): string {
  const details = `  (${stripControls(item.nick)}, ${stripControls(item.time)})`;
  if (isHeading(item) || item.type === 'info') return stripControls(item.text) + details;
  if (item.type === 'link') {
    const p = parts(item, ctx);
    return `LINK: ${p.prefix}${p.url}${p.suffix}${details}`;
  }
  return `${itemLabel(item)}: ${stripControls(item.text)}${details}`;
}

const FONT: Partial<Record<MeetingItem['type'], [string, string]>> = {
  accepted: ['<font color="green">', '</font>'],
  rejected: ['<font color="red">', '</font>'],
};

function linkHtml(item: MeetingItem, ctx: WriterContext): string {
  const p = parts(item, ctx);
  const label = escapeHtmlText(p.url);
  const anchor = isSafeHref(p.url)
    ? `<a href="${escapeHtmlText(p.url.replace(/"/g, '%22'))}">${label}</a>`
    : label;
  return escapeHtmlText(p.prefix) + anchor + escapeHtmlText(p.suffix);
}

/** An item in the `.html` minutes (HTML2 writer), before wrapping. */
export function itemHtml(item: MeetingItem, ctx: WriterContext): string {
  return itemHtmlFormatter(ctx)(item);
}

/**
 * {@link itemHtml} for many items of one meeting: what every item shares (the log's link, the
 * escaped nicks) is worked out once.
 */
export function itemHtmlFormatter(ctx: WriterContext): (item: MeetingItem) => string {
  const href = `<span class="details">(<a href='${escapeHtml(ctx.logHref)}#l-`;
  const nicks = new Map<string, string>();
  return (item) => {
    let nick = nicks.get(item.nick);
    if (nick === undefined) {
      nick = escapeHtmlText(item.nick);
      nicks.set(item.nick, nick);
    }
    return formatItemHtml(
      item,
      ctx,
      `${href}${item.line}'>${nick}</a>, ${escapeHtmlText(item.time)})</span>`,
    );
  };
}

function formatItemHtml(item: MeetingItem, ctx: WriterContext, details: string): string {
  const text = escapeHtmlText(item.text);
  if (isHeading(item))
    return `<b class="${item.type === 'topic' ? 'TOPIC' : 'SUBTOPIC'}">${text}</b> ${details}`;
  if (item.type === 'info') return `<span class="INFO">${text}</span> ${details}`;
  if (item.type === 'link') return `${linkHtml(item, ctx)} ${details}`;
  const label = itemLabel(item);
  const [open, close] = FONT[item.type] ?? ['', ''];
  return `<i class="itemtype">${label}</i>: <span class="${label}">${open}${text}${close}</span> ${details}`;
}
