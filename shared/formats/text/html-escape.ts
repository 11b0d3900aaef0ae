import { stripControls } from './sanitize';

const TEXT_RE = /[&<>]/g;
const TEXT_TEST_RE = /[&<>]/;
const ALL_RE = /[&<>"']/g;
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const entity = (ch: string): string => ENTITIES[ch]!;

/**
 * Text for anywhere in an HTML document, attribute values included: controls stripped
 * (see {@link stripControls}), then `& < > " '` escaped.
 */
export function escapeHtml(text: string): string {
  return stripControls(text).replace(ALL_RE, entity);
}

/**
 * Text for the content of an HTML element (never an attribute): controls stripped, then
 * `& < >` escaped, which is all an element's content needs and exactly what MeetBot escapes,
 * so quotes stay as they were said.
 */
export function escapeHtmlText(text: string): string {
  return escapeMarkup(stripControls(text));
}

/** `& < >` escaped in text already free of controls (see {@link stripControls}). */
export function escapeMarkup(clean: string): string {
  return TEXT_TEST_RE.test(clean) ? clean.replace(TEXT_RE, entity) : clean;
}
