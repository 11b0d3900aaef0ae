import MarkdownIt from 'markdown-it';
import { sanitizePreview } from './sanitize-preview';

let markdown: MarkdownIt | null = null;

/** Markdown to HTML with no raw HTML let through and no bare addresses turned into links. */
export function markdownHtml(text: string): string {
  markdown ??= new MarkdownIt({ html: false, linkify: false });
  return markdown.render(text);
}

/**
 * The safe fragment a preview shows for a rendered file: a Markdown page rendered first, a web
 * page as it is, both through the preview sanitizer.
 */
export function previewFragment(kind: 'markdown' | 'html', text: string): DocumentFragment {
  return sanitizePreview(kind === 'markdown' ? markdownHtml(text) : text);
}
