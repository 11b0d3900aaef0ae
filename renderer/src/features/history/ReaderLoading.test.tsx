import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderCore } from '../../testing/render-core';
import { importMeeting, sopelLog, type TestLine } from './test-meetings';

// jsdom neither lays out nor scrolls: give scrollers room to scroll, and make scrollTo move the
// element and tell its listeners, as a browser does.
const realScrollTo = Element.prototype.scrollTo;
beforeEach(() => {
  Object.defineProperty(HTMLElement.prototype, 'scrollHeight', {
    configurable: true,
    get: () => 1_000_000,
  });
  Element.prototype.scrollTo = function scrollTo(
    this: Element,
    options?: ScrollToOptions | number,
  ) {
    if (typeof options === 'object' && options.top !== undefined) this.scrollTop = options.top;
    this.dispatchEvent(new Event('scroll'));
  } as Element['scrollTo'];
});
afterEach(() => {
  Element.prototype.scrollTo = realScrollTo;
  delete (HTMLElement.prototype as { scrollHeight?: number }).scrollHeight;
});

const LONG: TestLine[] = [
  [0, 'alice', '#startmeeting long one'],
  ...Array.from({ length: 5199 }, (_, i): TestLine => [Math.floor(i / 20), 'bob', `said ${i + 2}`]),
];

describe('MeetingReader with a long transcript', () => {
  it('loads the transcript page by page and jumps to a line of a later page', async () => {
    const app = await renderCore({ join: false });
    const id = await importMeeting(app.bridge, sopelLog(LONG));
    act(() => app.store.getState().openReading(id, 5150));
    // The core folds 5,200 lines before it answers: longer than a small test's second.
    await screen.findByRole('heading', { name: 'long one' }, { timeout: 10_000 });
    await waitFor(() =>
      expect(document.querySelector('[data-seq="5150"]')).toHaveClass('line-flash'),
    );
    expect(document.querySelector('[data-seq="5150"]')).toHaveTextContent('said 5150');
    expect(app.bridge.callsTo('history:lines')).toEqual([
      { meetingId: id, afterSeq: 0, limit: 5000 },
      { meetingId: id, afterSeq: 5000, limit: 5000 },
    ]);
    expect(screen.queryByText(/Loading the transcript/)).toBeNull();
    // Only the rows near the view are in the document.
    expect(document.querySelectorAll('[data-seq]').length).toBeLessThan(100);
  });

  it('says so when the line asked for is not in the meeting', async () => {
    const app = await renderCore({ join: false });
    const id = await importMeeting(app.bridge, sopelLog(LONG.slice(0, 20)));
    act(() => app.store.getState().openReading(id, 999));
    expect(
      await screen.findByText('Line 999 is not in this meeting’s transcript.'),
    ).toBeInTheDocument();
  });

  it('says when a page of the transcript cannot be read, and reads it again on Try again', async () => {
    const app = await renderCore({ join: false });
    const id = await importMeeting(app.bridge, sopelLog(LONG.slice(0, 30)));
    let refuse = true;
    const real = app.bridge.handlerOf('history:lines');
    app.bridge.handle('history:lines', (req) =>
      refuse
        ? { ok: false, error: { code: 'timeout', message: 'Gavel did not answer in time.' } }
        : real(req),
    );
    act(() => app.store.getState().openReading(id));
    expect(await screen.findByRole('alert')).toHaveTextContent('Gavel did not answer in time.');
    expect(screen.queryByText(/Loading the transcript/)).not.toBeInTheDocument();
    refuse = false;
    act(() => screen.getByRole('button', { name: 'Try again' }).click());
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
    expect(await screen.findByText('said 30')).toBeInTheDocument();
  });
});
