import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { RenderedApp } from '../../testing/render-app';
import { renderCore, type TestCore } from '../../testing/render-core';
import { HINT_EVERY_MS } from './use-live-hint';

type Said = readonly [nick: string, text: string];
const said = (_seq: number, nick: string, text: string): Said => [nick, text];

const PROMISE = said(2, 'miconda', "I'll send the tarballs Monday");

/** The window over a live meeting in `#meet`, where the chair has said a line. */
async function liveMeeting() {
  const app = await renderCore({ meeting: {} });
  hear(app, said(1, 'chair', 'packaging next'));
  return app;
}

/** Lines said in the channel, as the server delivers them to the core. */
function hear(app: RenderedApp<TestCore>, ...lines: Said[]) {
  act(() => lines.forEach(([nick, text]) => app.bridge.hear(nick, text)));
}

const hint = () => screen.queryByTestId('live-hint');
const shown = () => screen.findByTestId('live-hint', {}, { timeout: 3 * HINT_EVERY_MS });

describe('LiveHint', () => {
  it('offers an action just said, without taking the focus', async () => {
    const app = await liveMeeting();
    const say = screen.getByRole('textbox', { name: 'Message to #meet' });
    say.focus();
    hear(app, PROMISE);
    expect(await shown()).toHaveTextContent(
      "ActionAlt+A to record: ‘I'll send the tarballs Monday’ — miconda",
    );
    expect(screen.getByRole('complementary', { name: 'Hint' })).toBe(hint());
    expect(hint()!.parentElement).toHaveAttribute('aria-live', 'polite');
    expect(document.activeElement).toBe(say);
  });

  it('opens the action dialog pre-filled on Alt+A; adding it goes the usual way', async () => {
    const app = await liveMeeting();
    hear(app, PROMISE);
    await shown();
    await app.user.keyboard('{Alt>}a{/Alt}');
    const words = await screen.findByRole('textbox', { name: 'Action' });
    expect(words).toHaveValue('miconda will send the tarballs Monday');
    expect(hint()).toBeNull();
    await app.user.keyboard('{Enter}');
    const { id } = await app.bridge.meetingWhen((v) => v.actions.length === 1);
    expect(app.bridge.callsTo('meeting:command')).toEqual([
      {
        meetingId: id,
        command: { type: 'action', text: 'miconda will send the tarballs Monday' },
      },
    ]);
    // Recorded now: hearing more does not bring it back.
    hear(app, said(3, 'chair', 'thanks'));
    await new Promise((r) => setTimeout(r, 2 * HINT_EVERY_MS));
    expect(hint()).toBeNull();
  });

  it('goes away on Esc, and only a later point is offered after it', async () => {
    const app = await liveMeeting();
    hear(app, PROMISE);
    await shown();
    await app.user.keyboard('{Escape}');
    expect(hint()).toBeNull();
    hear(app, said(3, 'osas', 'ok'));
    await new Promise((r) => setTimeout(r, 2 * HINT_EVERY_MS));
    expect(hint()).toBeNull();
    hear(
      app,
      said(4, 'chair', 'proposal: release 3.3 in March'),
      said(5, 'osas', '+1'),
      said(6, 'oej', '+1'),
    );
    expect(await shown()).toHaveTextContent(
      'Alt+G to record: ‘proposal: release 3.3 in March’ — chair',
    );
    await app.user.keyboard('{Alt>}g{/Alt}');
    expect(await screen.findByRole('textbox', { name: 'What was agreed' })).toHaveValue(
      'release 3.3 in March',
    );
  });

  it('offers nothing already recorded, nor without a live meeting', async () => {
    const recorded = await liveMeeting();
    hear(recorded, said(3, 'chair', '#action miconda will send the tarballs Monday'));
    await recorded.bridge.meetingWhen((v) => v.actions.length === 1);
    hear(recorded, PROMISE);
    await new Promise((r) => setTimeout(r, 2 * HINT_EVERY_MS));
    expect(hint()).toBeNull();
    recorded.view.unmount();

    const ended = await renderCore({ meeting: {} });
    const { id } = await ended.bridge.meetingWhen(() => true);
    await act(() => ended.bridge.invoke('meeting:end', { meetingId: id }));
    hear(ended, said(1, 'chair', 'hi'), PROMISE);
    await new Promise((r) => setTimeout(r, 2 * HINT_EVERY_MS));
    expect(hint()).toBeNull();
  });

  it('leaves Alt+A to its usual dialog when there is no hint', async () => {
    const app = await liveMeeting();
    await app.user.keyboard('{Alt>}a{/Alt}');
    expect(await screen.findByRole('textbox', { name: 'Action' })).toHaveValue('');
    await waitFor(() => expect(hint()).toBeNull());
  });
});
