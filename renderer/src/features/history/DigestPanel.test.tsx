import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderCore } from '../../testing/render-core';
import { importMeeting, sopelLog, WEEKLY, type TestLine } from './test-meetings';

// A meeting nobody chaired: no command, so nothing is marked until the digest is accepted.
const UNCHAIRED: readonly TestLine[] = [
  [0, 'alice', 'hello all'],
  [1, 'bob', 'hi'],
  [1, 'alice', 'first: the budget'],
  [2, 'bob', 'we spent too much on the budget for pizza'],
  [3, 'carol', 'the budget for pizza should be halved'],
  [5, 'alice', 'proposal: halve the pizza budget from June'],
  [5, 'bob', '+1'],
  [6, 'carol', '+1'],
  [7, 'alice', 'carol: can you update the docs?'],
  [8, 'carol', 'sure'],
  [9, 'alice', 'next topic: release'],
  [10, 'bob', 'the release is on track and the release notes are ready'],
];

// A meeting page with an agenda and its transcript; nobody says "next topic" in it.
const PAGE = `# Devel Meeting - 2024-05-01

Date:

- **13:00 UTC, Wednesday, May 1, 2024**

Place:

- **#meet** IRC channel

## Agenda

- (dcm) packaging - ways to automate the builds
- (dcm) documentation - attract more writers

## Transcripts of Discussed Topics

### Meeting

    alice: hello all, shall we start
    bob: yes
    alice: packaging first, the builds take too long
    bob: automate the packaging builds with a nightly job
    carol: the packaging builds break on arm too
    bob: I'll fix the arm packaging builds
    alice: documentation now, we need writers
    carol: the documentation wiki needs more writers
    bob: writers for the documentation could come from the mailing list
`;

async function digestUnchaired(log = sopelLog(UNCHAIRED)) {
  const app = await renderCore({ join: false });
  const id = await importMeeting(app.bridge, log);
  act(() => app.store.getState().openReading(id));
  const transcript = await screen.findByRole('list', { name: 'Transcript' });
  await within(transcript).findAllByRole('listitem');
  await app.user.click(await screen.findByRole('button', { name: 'Digest…' }));
  await screen.findByRole('list', { name: 'Suggestions' });
  return { ...app, id };
}

const list = () => screen.getByRole('list', { name: 'Suggestions' });
const entries = () => within(list()).getAllByRole('listitem');
const outline = () => within(screen.getByRole('navigation', { name: 'Outline' }));
const badges = () => entries().map((e) => e.querySelector('.badge')?.textContent);

describe('DigestPanel', () => {
  it('lists the suggestions with confidence, reason and source line', async () => {
    await digestUnchaired();
    expect(badges()).toEqual(['Topic 95%', 'Decision 70%', 'Action 75%', 'Topic 95%']);
    expect(entries()[1]).toHaveTextContent(
      '+1 from 2 people after a proposal — 13:06:07 carol: +1',
    );
    expect(within(entries()[0]!).getByRole('textbox')).toHaveValue('the budget');
    const line = (seq: number) =>
      screen
        .getByRole('list', { name: 'Transcript' })
        .querySelector(`[data-seq="${seq}"]`)!
        .closest('.reader-line')!;
    await waitFor(() => expect(line(8)).toHaveTextContent('Suggested: Decision 70%'));
    expect(line(7)).not.toHaveTextContent('Suggested');
  });

  it('aligns topics with the meeting’s agenda, and says it does', async () => {
    await digestUnchaired(PAGE);
    expect(screen.getByText('Topics follow the agenda (2 entries).')).toBeInTheDocument();
    const topics = entries().filter((e) =>
      e.querySelector('.badge')?.textContent?.startsWith('Topic'),
    );
    expect(topics.map((e) => within(e).getByRole('textbox'))).toMatchObject([
      { value: 'packaging - ways to automate the builds' },
      { value: 'documentation - attract more writers' },
    ]);
    expect(topics[0]).toHaveTextContent('agenda item 1 is taken up here');
  });

  it('shows what the minutes already have as such, with nothing to decide', async () => {
    const { bridge, user } = await digestUnchaired(sopelLog(WEEKLY));
    const present = entries().filter((e) => e.textContent?.includes('Already in the minutes'));
    expect(present.map((e) => within(e).getByRole('textbox'))).toMatchObject([
      { value: 'Budget', disabled: true },
      { value: 'Release', disabled: true },
      { value: 'bob to tag the release', disabled: true },
      { value: 'Any other business', disabled: true },
    ]);
    expect(screen.getByText(/4 suggestions, 0 to review/)).toBeInTheDocument();
    expect(within(present[0]!).queryByRole('button', { name: 'Accept' })).toBeNull();
    await user.click(screen.getByRole('button', { name: /^Accept all/ }));
    expect(bridge.callsTo('meeting:mark')).toEqual([]);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says when there is no agenda to follow', async () => {
    await digestUnchaired();
    expect(screen.getByText('No agenda: topics are found from what was said.')).toBeInTheDocument();
  });

  it('takes a decided suggestion off the transcript, and all of them on Close', async () => {
    const { user } = await digestUnchaired();
    const suggestedLines = () => document.querySelectorAll('.mark-badge-suggested').length;
    await waitFor(() => expect(suggestedLines()).toBe(4));
    await user.click(within(entries()[0]!).getByRole('button', { name: 'Reject' }));
    expect(suggestedLines()).toBe(3);
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(suggestedLines()).toBe(0);
    expect(screen.getByRole('button', { name: 'Digest…' })).toBeEnabled();
  });

  it('moves with the keyboard, showing each line, and accepts or rejects as marks', async () => {
    const { bridge, user, id, store } = await digestUnchaired();
    list().focus();
    await user.keyboard('{ArrowDown}');
    expect(entries()[1]).toHaveAttribute('aria-current', 'true');
    expect(store.getState().reading).toMatchObject({ meetingId: id, jump: { seq: 8 } });
    await user.keyboard('a');
    expect(bridge.callsTo('meeting:mark')).toEqual([
      { meetingId: id, seq: 8, as: 'agreed', text: 'halve the pizza budget from June' },
    ]);
    expect(
      await outline().findByRole('button', { name: 'Decision: halve the pizza budget from June' }),
    ).toBeInTheDocument();
    expect(entries()[1]).toHaveTextContent('Accepted');
    await user.keyboard('j');
    await user.keyboard('r');
    expect(entries()[2]).toHaveTextContent('Rejected');
    expect(bridge.callsTo('meeting:mark')).toHaveLength(1);
  });

  it('accepts an edited suggestion with the chair’s words', async () => {
    const { bridge, user, id } = await digestUnchaired();
    const words = within(entries()[2]!).getByRole('textbox');
    await user.clear(words);
    await user.type(words, 'carol to update the docs');
    await user.click(within(entries()[2]!).getByRole('button', { name: 'Accept' }));
    expect(bridge.callsTo('meeting:mark')).toEqual([
      { meetingId: id, seq: 9, as: 'action', text: 'carol to update the docs' },
    ]);
    expect(
      await screen.findByRole('checkbox', { name: 'carol to update the docs' }),
    ).toBeInTheDocument();
  });

  it('accepts every open suggestion at or above a confidence, and only those', async () => {
    const { bridge, user } = await digestUnchaired();
    const floor = screen.getByRole('spinbutton', { name: 'Accept all at or above' });
    await user.clear(floor);
    await user.type(floor, '0.9');
    await user.click(screen.getByRole('button', { name: 'Accept all ≥ 90%' }));
    expect(bridge.callsTo('meeting:mark').map((m) => [m.seq, m.as])).toEqual([
      [3, 'topic'],
      [11, 'topic'],
    ]);
    expect(await outline().findByRole('button', { name: 'release' })).toBeInTheDocument();
    expect(outline().getByRole('button', { name: 'the budget' })).toBeInTheDocument();
  });

  it('says why a mark was refused and leaves the suggestion open', async () => {
    const { bridge, user } = await digestUnchaired();
    bridge.handle('meeting:mark', async () => ({
      ok: false,
      error: { code: 'outside', message: 'That line is outside the meeting.' },
    }));
    await user.click(within(entries()[0]!).getByRole('button', { name: 'Accept' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('That line is outside the meeting.');
    expect(within(entries()[0]!).getByRole('button', { name: 'Accept' })).toBeInTheDocument();
  });
});
