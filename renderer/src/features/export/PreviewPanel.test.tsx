import { act, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../testing/render-app';
import { JOINED, meetingView } from '../../testing/meeting-fixtures';
import { renderLikeCore, stubObjectUrls } from './testing/export-fakes';

beforeEach(stubObjectUrls);
afterEach(() => vi.unstubAllGlobals());

const HOSTILE_HTML = `<!DOCTYPE html><html><head><meta http-equiv="refresh" content="0;url=https://evil.example">
<link rel="stylesheet" href="https://evil.example/x.css"><style>body{display:none}</style>
<script>window.pwned = 1</script></head><body>
<h1 style="position:fixed">#meet: weekly</h1>
<img src=x onerror="window.pwned = 2"><svg onload="window.pwned = 3"><circle r="2"/></svg>
<a href="javascript:window.pwned = 4">click</a> <a href="https://example.org/ok">ok</a>
<a href="data:text/html,<script>x</script>">data</a> <iframe src="https://evil.example"></iframe>
<form action="https://evil.example"><input name="pw"></form>
<table><tr><th>Nick</th><td>3</td></tr></table></body></html>`;

const HOSTILE_MD = `# Minutes

<script>window.pwned = 5</script> <img src=x onerror="window.pwned = 6">

[x](javascript:window.pwned=7) [d](data:text/html,x) ![i](data:image/png;base64,AAAA)
[ok](https://example.org/md)`;

async function openPreview() {
  const app = await renderApp({ status: JOINED, meeting: meetingView() });
  renderLikeCore(app.bridge, (format) =>
    format === 'html' || format === 'log.html'
      ? HOSTILE_HTML
      : format === 'md'
        ? HOSTILE_MD
        : `${format} text`,
  );
  act(() => app.store.getState().openDialog({ kind: 'export', meetingId: 'm1' }));
  const dialog = screen.getByRole('dialog', { name: 'Save the minutes' });
  const preview = within(dialog).getByRole('region', { name: 'Preview' });
  const format = within(dialog).getByRole('combobox', { name: 'Preview format' });
  return { ...app, dialog, preview, format };
}

/** Asserts the preview holds nothing that could run, load or restyle the window. */
function expectInert(preview: HTMLElement) {
  // The region holds one element of the window's own, the page's are inside it.
  const page = preview.firstElementChild!;
  expect(
    page.querySelector('script, style, link, meta, iframe, form, input, [style], [class]'),
  ).toBeNull();
  for (const el of page.querySelectorAll('*')) {
    for (const attr of el.attributes) {
      expect(attr.name).not.toMatch(/^on/i);
      expect(attr.value).not.toMatch(/javascript:|data:/i);
    }
  }
  for (const el of preview.querySelectorAll('[href], [src]'))
    expect(el.getAttribute('href') ?? el.getAttribute('src')).toMatch(/^https:\/\//);
  expect((window as { pwned?: number }).pwned).toBeUndefined();
}

describe('the export preview', () => {
  it('shows text formats as text, switching with the format picked', async () => {
    const { user, preview, format } = await openPreview();
    expect(await within(preview).findByText('txt text')).toBeVisible();
    expect(preview).toHaveAttribute('tabindex', '0');
    await user.selectOptions(format, 'JSON (gavel.minutes/1)');
    expect(await within(preview).findByText('json text')).toBeVisible();
    expect(preview.querySelector('pre')).toHaveTextContent('json text');
  });

  it('shows a hostile web page with nothing that runs, links only outside and safe', async () => {
    const { user, preview, format, bridge } = await openPreview();
    await user.selectOptions(format, 'Minutes, web page (MeetBot .html)');
    const heading = await within(preview).findByRole('heading', { name: '#meet: weekly' });
    expect(heading).not.toHaveAttribute('style');
    expect(within(preview).getByRole('table')).toHaveTextContent('Nick3');
    expectInert(preview);
    const ok = within(preview).getByRole('link', { name: 'ok' });
    expect(ok).toHaveAttribute('href', 'https://example.org/ok');
    expect(ok).toHaveAttribute('target', '_blank');
    expect(ok).toHaveAttribute('rel', 'noopener noreferrer');
    expect(within(preview).queryByRole('link', { name: 'click' })).toBeNull();
    expect(within(preview).getByText('click')).not.toHaveAttribute('href');
    expect(lastFormats(bridge)).toContain('html');
  });

  it('renders a hostile Markdown page without its HTML or unsafe links', async () => {
    const { user, dialog, preview, format } = await openPreview();
    await user.click(within(dialog).getByLabelText('Markdown page'));
    await user.selectOptions(format, 'Markdown page');
    expect(await within(preview).findByRole('heading', { name: 'Minutes' })).toBeVisible();
    expectInert(preview);
    expect(preview).toHaveTextContent('<script>window.pwned = 5</script>');
    expect(
      within(preview)
        .getAllByRole('link')
        .map((a) => a.getAttribute('href')),
    ).toEqual(['https://example.org/md']);
    // markdown-it lets data:image/png through; the sanitizer does not.
    expect(within(preview).getByRole('img', { name: 'i' })).not.toHaveAttribute('src');
  });

  it('copies the previewed file, and says so or why not', async () => {
    const { user, dialog, preview, format } = await openPreview();
    const writeText = vi.fn(async (_text: string) => undefined);
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
    await user.selectOptions(format, 'Full log, web page (.log.html)');
    await within(preview).findByRole('heading', { name: '#meet: weekly' });
    await user.click(within(dialog).getByRole('button', { name: 'Copy to clipboard' }));
    expect(writeText).toHaveBeenCalledWith(expect.stringContaining('<script>window.pwned = 1'));
    expect(within(dialog).getByText('Copied.')).toHaveAttribute('role', 'status');
    writeText.mockRejectedValueOnce(new Error('Document is not focused.'));
    await user.click(within(dialog).getByRole('button', { name: 'Copy to clipboard' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent(
      'Could not copy: Document is not focused.',
    );
    expect(within(dialog).queryByText('Copied.')).toBeNull();
  });
});

function lastFormats(bridge: { callsTo(c: 'export:render'): { formats: string[] }[] }) {
  return bridge.callsTo('export:render').at(-1)!.formats;
}
