import { describe, expect, it } from 'vitest';
import { parseMeetbotLog } from '../../../../shared/formats/importers/meetbot-log';
import { renderMinutes } from '../../../../shared/formats/minutes-formats';
import { meetingFromLog } from '../../../../shared/meeting/meeting-from-log';
import { markdownHtml, previewFragment } from './preview-html';
import { isSafePreviewUrl, sanitizePreview, withoutStyleSheets } from './sanitize-preview';

const FORBIDDEN_ELEMENTS = [
  'script',
  'style',
  'link',
  'meta',
  'base',
  'iframe',
  'frame',
  'object',
  'embed',
  'form',
  'input',
  'button',
  'textarea',
  'foreignobject',
  'animate',
  'set',
];
const URL_ATTRIBUTES = ['href', 'xlink:href', 'src', 'action', 'formaction', 'poster', 'data'];

/** Everything a fragment holds that could act: element names, attributes, link targets. */
function inspect(fragment: DocumentFragment) {
  const holder = document.createElement('div');
  holder.append(fragment);
  const elements = [...holder.querySelectorAll('*')];
  const attributes = elements.flatMap((el) =>
    [...el.attributes].map((a) => ({ el, name: a.name.toLowerCase(), value: a.value })),
  );
  return {
    holder,
    tags: new Set(elements.map((el) => el.localName.toLowerCase())),
    names: new Set(attributes.map((a) => a.name)),
    values: attributes.map((a) => a.value.replace(/\s/g, '')),
    urls: attributes.filter((a) => URL_ATTRIBUTES.includes(a.name)).map((a) => a.value),
    links: elements.filter((el) => el.localName === 'a'),
  };
}

/** Asserts that nothing from the hostile list survived. */
function expectHarmless(fragment: DocumentFragment) {
  const seen = inspect(fragment);
  for (const tag of FORBIDDEN_ELEMENTS) expect(seen.tags).not.toContain(tag);
  for (const name of seen.names) {
    expect(name).not.toMatch(/^on/);
    expect(['style', 'class', 'srcset']).not.toContain(name);
  }
  for (const url of seen.urls) expect(url).toMatch(/^(?:https?|mailto|ircs?):/i);
  for (const value of seen.values) expect(value).not.toMatch(/javascript:|vbscript:|data:/i);
  for (const link of seen.links.filter((a) => a.hasAttribute('href'))) {
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  }
  return seen;
}

const HOSTILE: [string, string][] = [
  ['a script', '<p>hi</p><script>alert(1)</script>'],
  ['an image with onerror', '<img src=x onerror="alert(1)">'],
  ['a javascript: link', '<a href="javascript:alert(1)">x</a>'],
  [
    'a disguised javascript: link',
    '<a href="java\tscript:alert(1)">x</a><a href=" JaVaScRiPt:x">y</a>',
  ],
  ['an entity-encoded javascript: link', '<a href="&#106;avascript:alert(1)">x</a>'],
  ['an svg with onload', '<svg onload="alert(1)"><circle r="4"/></svg>'],
  [
    'svg links and animation',
    '<svg><a xlink:href="javascript:x"><text>t</text></a><animate attributeName="href" values="javascript:x"/><set attributeName="onload" to="x"/></svg>',
  ],
  [
    'svg foreign content',
    '<svg><foreignObject><iframe src="https://evil.example"></iframe></foreignObject></svg>',
  ],
  ['a style element', '<style>body{display:none}</style><p>x</p>'],
  ['a style attribute', '<p style="position:fixed;inset:0">x</p>'],
  [
    'an iframe',
    '<iframe src="https://evil.example/"></iframe><iframe srcdoc="<script>x</script>"></iframe>',
  ],
  [
    'a data: image and link',
    '<img src="data:image/png;base64,AAAA"><a href="data:text/html,<script>x</script>">d</a><svg><image href="data:image/svg+xml,x"/></svg>',
  ],
  [
    'a form',
    '<form action="https://evil.example"><input name="pw"><button formaction="javascript:x">go</button></form>',
  ],
  [
    'meta, link and base',
    '<meta http-equiv="refresh" content="0;url=https://evil.example"><link rel="stylesheet" href="https://evil.example/x.css"><base href="https://evil.example/">',
  ],
  ['a borrowed class', '<div class="dialog-backdrop">covering the window</div>'],
  [
    'an object and embed',
    '<object data="https://evil.example/x.swf"></object><embed src="https://evil.example/x">',
  ],
  ['an srcset', '<img srcset="data:image/png;base64,AAAA 1x">'],
];

describe('the preview sanitizer', () => {
  it.each(HOSTILE)('removes %s', (_name, html) => {
    expectHarmless(sanitizePreview(html));
  });

  it('keeps what a page needs: headings, tables, lists, text and safe links opening outside', () => {
    const seen = expectHarmless(
      sanitizePreview(
        '<h1>Minutes</h1><table><tr><th>Nick</th><td>3</td></tr></table><ul><li>item</li></ul>' +
          '<a href="https://example.org/x">web</a> <a href="mailto:a@b.example">mail</a> ' +
          '<a href="irc://irc.libera.chat/#gavel">irc</a> <a href="#l-1">anchor</a> <a name="l-1"></a>',
      ),
    );
    expect([...seen.tags]).toEqual(expect.arrayContaining(['h1', 'table', 'th', 'td', 'ul', 'li']));
    expect(seen.links.map((a) => a.getAttribute('href'))).toEqual([
      'https://example.org/x',
      'mailto:a@b.example',
      'irc://irc.libera.chat/#gavel',
      null,
      null,
    ]);
    expect(seen.links[3]).not.toHaveAttribute('target');
    expect(seen.links[4]).toHaveAttribute('name', 'user-content-l-1');
    expect(seen.holder).toHaveTextContent(/^MinutesNick3itemweb mail irc anchor$/);
  });

  it('keeps an SVG chart drawn with numbers and text', () => {
    const seen = expectHarmless(
      sanitizePreview(
        '<svg xmlns="http://www.w3.org/2000/svg" width="640" height="60" viewBox="0 0 640 60" role="img"><title>Lines said</title><rect x="178" y="4" width="40" height="14" fill="#3b6ea8"/><text x="170" y="15">alice</text></svg>',
      ),
    );
    const rect = seen.holder.querySelector('rect');
    expect(rect).toHaveAttribute('width', '40');
    expect(rect).toHaveAttribute('fill', '#3b6ea8');
    expect(seen.holder.querySelector('svg')).toHaveAttribute('viewBox', '0 0 640 60');
  });

  it('tells safe link targets from the rest', () => {
    expect(isSafePreviewUrl('https://example.org')).toBe(true);
    expect(isSafePreviewUrl('IRC://host/#c')).toBe(true);
    expect(isSafePreviewUrl('ircs://host/#c')).toBe(true);
    expect(isSafePreviewUrl('mailto:a@b')).toBe(true);
    expect(isSafePreviewUrl('java\nscript:x')).toBe(false);
    expect(isSafePreviewUrl('data:text/html,x')).toBe(false);
    expect(isSafePreviewUrl('page.log.html')).toBe(false);
    expect(isSafePreviewUrl('//evil.example/x')).toBe(false);
  });
});

describe('Markdown previews', () => {
  it('render no raw HTML and link no bare addresses', () => {
    const html = markdownHtml('# T\n\n<script>x</script> https://example.org <b>b</b>');
    expect(html).toContain('&lt;script&gt;');
    expect(html).not.toContain('<a');
  });

  it('drop hostile links and images', () => {
    const seen = expectHarmless(
      previewFragment(
        'markdown',
        '[x](javascript:alert(1)) [d](data:text/html,x) ![i](data:image/png;base64,AAAA) ' +
          '![r](https://example.org/i.png) [ok](https://example.org/) <https://example.org/auto>',
      ),
    );
    expect(seen.links.map((a) => a.getAttribute('href'))).toEqual([
      'https://example.org/',
      'https://example.org/auto',
    ]);
  });
});

const HOSTILE_LOG = [
  '12:00:00 <chair> #startmeeting weekly <script>alert(1)</script>',
  '12:00:05 <chair> #topic "><img src=x onerror=alert(1)>',
  '12:00:10 <bob> #link javascript:alert(1)',
  '12:00:11 <bob> #link https://example.org/ok',
  "12:00:12 <bob> #info '><svg onload=alert(1)> data:text/html,<b>x</b>",
  '12:00:13 <eve> </style><script>x</script> <iframe src=https://evil.example>',
  '12:00:14 <chair> #action bob to <a href="javascript:x">fix</a>',
  '12:00:20 <chair> #endmeeting',
].join('\n');

/** The MeetBot web pages of the hostile meeting as a deployment's bot writes them. */
function meetbotPages(preset: 'meetbot' | 'fedora' | 'ubuntu') {
  const folded = meetingFromLog(parseMeetbotLog(`${HOSTILE_LOG}\n`), {
    channel: '#meet',
    date: '2024-05-01',
    preset,
  });
  if (!folded.ok) throw new Error(folded.error.message);
  return renderMinutes(folded.value, ['html', 'log.html'], { charts: true });
}

describe.each(['meetbot', 'fedora', 'ubuntu'] as const)('MeetBot web pages (%s)', (preset) => {
  const files = meetbotPages(preset);

  it.each(['html', 'log.html'] as const)('of a hostile meeting keep only harmless %s', (format) => {
    const page = files.get(format)!;
    expect(page).toMatch(/<style/);
    expect(page).toMatch(/<meta/);
    const seen = expectHarmless(sanitizePreview(page));
    expect(seen.holder.textContent).toContain('<script>alert(1)</script>');
    expect(seen.holder.textContent).not.toMatch(/font-family|Content-type/);
  });

  it('keep the minutes with their charts and safe links', () => {
    const seen = expectHarmless(sanitizePreview(files.get('html')!));
    expect(seen.tags).toContain('svg');
    expect(seen.tags).toContain('h3');
    expect(seen.holder.textContent).toContain('Charts');
    expect(seen.links.map((a) => a.getAttribute('href'))).toContain('https://example.org/ok');
  });
});

describe('withoutStyleSheets', () => {
  it('removes every style element before the page is parsed, and nothing else', () => {
    const page =
      '<head><STYLE type="text/css">body{color:red}</STYLE></head><p>a <b>style</b></p><style>\np{}\n</style >';
    expect(withoutStyleSheets(page)).toBe('<head></head><p>a <b>style</b></p>');
  });
});
