import createDOMPurify, {
  type Config,
  type DOMPurify,
  type UponSanitizeAttributeHookEvent,
} from 'dompurify';

/** The only link targets a preview keeps. */
const SAFE_URL = /^(?:https?|mailto|ircs?):/i;
/**
 * What DOMPurify lets through in attributes that are not links: DOMPurify's own rule (values
 * with no scheme) with http(s), mailto and irc as the only schemes.
 */
const ALLOWED_VALUE = /^(?:(?:https?|mailto|ircs?):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;
/** Attributes whose value is fetched or followed. */
const URL_ATTRIBUTES = new Set([
  'href',
  'xlink:href',
  'src',
  'action',
  'formaction',
  'poster',
  'background',
  'cite',
  'longdesc',
  'usemap',
  'data',
  'codebase',
  'lowsrc',
  'dynsrc',
  'ping',
  'manifest',
  'xml:base',
]);
// Whitespace and controls a browser skips inside a URL ("java\tscript:" is "javascript:").
const URL_WHITESPACE = /[\u0000-\u0020\u00a0\u1680\u180e\u2000-\u2029\u205f\u3000]/g;

/** What a preview must never hold: active content, outside styles, forms, frames and media. */
const CONFIG: Config = {
  USE_PROFILES: { html: true, svg: true },
  FORBID_TAGS: [
    'style',
    'script',
    'link',
    'meta',
    'base',
    'iframe',
    'frame',
    'frameset',
    'object',
    'embed',
    'form',
    'input',
    'button',
    'select',
    'textarea',
    'option',
    'audio',
    'video',
    'source',
    'track',
    'picture',
  ],
  // `class` too: a page must not borrow the window's own classes (a fixed overlay, a dialog).
  FORBID_ATTR: ['style', 'class', 'srcset', 'target', 'action', 'formaction'],
  ALLOWED_URI_REGEXP: ALLOWED_VALUE,
  // Ids and names become `user-content-…`, so they cannot clash with the window's own.
  SANITIZE_NAMED_PROPS: true,
};

/** True when `value` is a link Gavel lets a preview keep: http(s), mailto or irc. */
export function isSafePreviewUrl(value: string): boolean {
  return SAFE_URL.test(value.replace(URL_WHITESPACE, ''));
}

function dropUnsafeUrl(_node: Element, data: UponSanitizeAttributeHookEvent): void {
  if (URL_ATTRIBUTES.has(data.attrName) && !isSafePreviewUrl(data.attrValue)) {
    data.keepAttr = false;
  }
}

function openLinksOutside(node: Element): void {
  if (node.localName !== 'a') return;
  if (node.hasAttribute('href') || node.hasAttribute('xlink:href')) {
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
  }
}

let purifier: DOMPurify | null = null;

/** A DOMPurify of the preview's own, so its hooks touch no other use of DOMPurify. */
function previewPurifier(): DOMPurify {
  if (!purifier) {
    purifier = createDOMPurify(window);
    purifier.addHook('uponSanitizeAttribute', dropUnsafeUrl);
    purifier.addHook('afterSanitizeAttributes', openLinksOutside);
  }
  return purifier;
}

/**
 * A web page or rendered Markdown made safe to show inside the window, as a fragment to insert
 * with `replaceChildren`: no script, style, link, meta, frame or form; no event handler or style
 * attribute; links only to http(s), mailto and irc, opening outside the window
 * (`target="_blank"`, `rel="noopener noreferrer"`); no `data:` or other URLs at all.
 */
export function sanitizePreview(html: string): DocumentFragment {
  return previewPurifier().sanitize(withoutStyleSheets(html), {
    ...CONFIG,
    RETURN_DOM_FRAGMENT: true,
  });
}

// A page's own style sheet, whole. DOMPurify drops it anyway, but parsing it first makes the
// browser refuse it under the window's CSP and log an error for each.
const STYLE_SHEET = /<style\b[^>]*>[\s\S]*?<\/style\s*>/gi;

/** `html` without its `<style>` elements, so that parsing it applies (and logs) no style. */
export function withoutStyleSheets(html: string): string {
  return html.replace(STYLE_SHEET, '');
}
