import { styleBlock } from './css';

/**
 * MeetBot's page template (HTML 4.01 Transitional, UTF-8, stylesheet embedded). `title` and
 * `body` must already be escaped.
 */
export function htmlPage(title: string, css: string, body: string): string {
  const [head, tail] = htmlPageParts(title, css);
  return head + body + tail;
}

/** The page template split around the body, for writers that assemble a large body in parts. */
export function htmlPageParts(title: string, css: string): [string, string] {
  const head = [
    '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">',
    '<html>',
    '<head>',
    '<meta http-equiv="Content-type" content="text/html;charset=UTF-8">',
    `<title>${title}</title>`,
    `${styleBlock(css)}</head>`,
    '',
    '<body>',
    '',
  ].join('\n');
  return [head, '\n</body></html>\n'];
}
