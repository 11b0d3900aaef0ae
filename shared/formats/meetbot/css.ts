// MeetBot 0.1.4's default stylesheets (css-minutes-default.css, css-log-default.css), embedded
// in every page exactly as the bot embeds them.

/** The stylesheet of the `.html` minutes. */
export const MINUTES_CSS = [
  '/* This is for the .html in the HTML2 writer */',
  'body {',
  '    font-family: Helvetica, sans-serif;',
  '    font-size:14px;',
  '}',
  'h1 {',
  '    text-align: center;',
  '}',
  'a {',
  '    color:navy;',
  '    text-decoration: none;',
  '    border-bottom:1px dotted navy;',
  '}',
  'a:hover {',
  '    text-decoration:none;',
  '    border-bottom: 0;',
  '    color:#0000B9;',
  '}',
  'hr {',
  '    border: 1px solid #ccc;',
  '}',
  '/* The (nick, time) item pairs, and other body text things. */',
  '.details {',
  '    font-size: 12px;',
  '    font-weight:bold;',
  '}',
  "/* The 'AGREED:', 'IDEA', etc, prefix to lines. */",
  '.itemtype {',
  '    font-style: normal;    /* un-italics it */',
  '    font-weight: bold;',
  '}',
  '/* Example: change single item types.  Capitalized command name.',
  '/* .TOPIC  {  color:navy;  } */',
  '/* .AGREED {  color:lime;  } */',
  '',
].join('\n');

/** The stylesheet of the `.log.html` log. */
export const LOG_CSS = [
  '/* For the .log.html */',
  'pre { /*line-height: 125%;*/',
  '      white-space: pre-wrap; }',
  'body { background: #f0f0f0; }',
  '',
  'body .tm  { color: #007020 }                      /* time */',
  'body .nk  { color: #062873; font-weight: bold }   /* nick, regular */',
  'body .nka { color: #007020; font-weight: bold }  /* action nick */',
  'body .ac  { color: #00A000 }                      /* action line */',
  'body .hi  { color: #4070a0 }                 /* hilights */',
  '/* Things to make particular MeetBot commands stick out */',
  'body .topic     { color: #007020; font-weight: bold }',
  'body .topicline { color: #000080; font-weight: bold }',
  'body .cmd       { color: #007020; font-weight: bold }',
  'body .cmdline  { font-weight: bold }',
  '',
].join('\n');

/** A `<style>` block as MeetBot writes it into `<head>`. */
export function styleBlock(css: string): string {
  return `<style type="text/css">\n${css}\n</style>\n`;
}
