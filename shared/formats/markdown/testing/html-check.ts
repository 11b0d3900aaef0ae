import { parseFragment, type DefaultTreeAdapterTypes } from 'parse5';

type Node = DefaultTreeAdapterTypes.ChildNode | DefaultTreeAdapterTypes.DocumentFragment;

/** What an HTML fragment contains: element counts, attribute names, link targets, and its text. */
export interface HtmlSummary {
  elements: Map<string, number>;
  attributes: Set<string>;
  hrefs: string[];
  text: string;
}

/**
 * Parses HTML as a browser would (parse5) and summarises what it holds. With `textWithin`, only
 * text inside elements of that name is collected.
 */
export function inspectHtml(html: string, textWithin?: string): HtmlSummary {
  const summary: HtmlSummary = { elements: new Map(), attributes: new Set(), hrefs: [], text: '' };
  let inside = textWithin === undefined ? 1 : 0;
  const visit = (node: Node): void => {
    if (node.nodeName === '#text' && 'value' in node && inside > 0) summary.text += node.value;
    const counts = 'tagName' in node && node.tagName === textWithin;
    if (counts) inside++;
    if ('tagName' in node) {
      summary.elements.set(node.tagName, (summary.elements.get(node.tagName) ?? 0) + 1);
      for (const a of node.attrs) {
        summary.attributes.add(a.name);
        if (a.name === 'href') summary.hrefs.push(a.value);
      }
    }
    if ('childNodes' in node) for (const child of node.childNodes) visit(child);
    if (counts) inside--;
  };
  visit(parseFragment(html));
  return summary;
}

/** True when a link target uses a scheme Gavel allows (http, https, ftp, irc, mailto). */
export function isSafeHref(href: string): boolean {
  return /^(?:https?|ftp|irc):\/\/|^mailto:/i.test(href);
}
