import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { transcriptLine } from '../../testing/fake-bridge';
import { meetingView, MIN, T0, topicView } from '../../testing/meeting-fixtures';
import { countedSeqs, ignoredWhy } from './ignored-command';
import { TranscriptRow } from './TranscriptRow';

const during = (seq: number, nick: string, text: string) =>
  transcriptLine(seq, { nick, text, at: T0 + seq * 1000 });

describe('ignoredWhy', () => {
  const meeting = meetingView({
    chairs: ['chair'],
    topics: [topicView({ seq: 3, items: [] })],
  });
  const counted = countedSeqs(meeting);
  const why = (seq: number, nick: string, text: string) =>
    ignoredWhy(during(seq, nick, text), meeting, counted);

  it('says a non-chair’s #topic or #agreed during the meeting was not the chair’s to give', () => {
    expect(why(5, 'bob', '#topic lunch')).toBe('only chairs can set the topic');
    expect(why(6, 'bob', '#agreed ship it')).toBe('only chairs can record a decision');
    expect(why(7, 'bob', '#REJECTED no')).toBe('only chairs can record a decision');
  });

  it('says a #word no meeting bot knows is not a MeetBot command, whoever says it', () => {
    expect(why(5, 'bob', '#frobnicate the thing')).toBe('not a MeetBot command');
    expect(why(6, 'chair', '#frobnicate')).toBe('not a MeetBot command');
  });

  it('leaves alone what counted, a chair’s command, anyone’s #info, and talk', () => {
    expect(why(3, 'bob', '#topic counted')).toBeNull();
    expect(why(7, 'Chair', '#topic mine')).toBeNull();
    expect(why(8, 'bob', '#info a fact')).toBeNull();
    expect(why(9, 'bob', 'a #topic in talk')).toBeNull();
    // Words some meeting bot knows, the meeting's own start, and channel names or numbers.
    expect(why(10, 'bob', '#vote yes')).toBeNull();
    expect(why(11, 'bob', '#here')).toBeNull();
    expect(why(12, 'chair', '#startmeeting weekly')).toBeNull();
    expect(why(13, 'bob', '#fedora-devel is down')).toBeNull();
    expect(why(14, 'bob', '#1 on the list')).toBeNull();
  });

  it('leaves alone lines outside the meeting', () => {
    const before = transcriptLine(1, { nick: 'bob', text: '#topic early', at: T0 - MIN });
    expect(ignoredWhy(before, meeting, counted)).toBeNull();
    const elsewhere = { ...during(10, 'bob', '#frobnicate'), channel: '#other' };
    expect(ignoredWhy(elsewhere, meeting, counted)).toBeNull();
    expect(ignoredWhy(during(11, 'bob', '#topic x'), null, counted)).toBeNull();
  });
});

describe('an ignored command in the transcript', () => {
  it.each([
    ['#topic lunch', 'only chairs can set the topic'],
    ['#frobnicate now', 'not a MeetBot command'],
  ])('“%s” is drawn as talk, unmarked, with the quiet reason', (text, reason) => {
    render(
      <TranscriptRow
        line={during(5, 'bob', text)}
        mention={null}
        query=""
        flash={false}
        ignored={reason}
      />,
    );
    const row = screen.getByTestId('transcript-line');
    expect(row).not.toHaveAttribute('data-mark');
    expect(row.className).not.toMatch(/line-mark/);
    expect(row).toHaveTextContent(`${text} — ${reason}`);
    expect(screen.getByText(`— ${reason}`, { exact: false })).toHaveClass('ignored-hint');
  });
});
