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

  it('names a non-chair’s #topic or #agreed during the meeting as not recorded', () => {
    expect(ignoredWhy(during(5, 'bob', '#topic lunch'), meeting, counted)).toBe(
      'not recorded: only a chair’s #topic counts',
    );
    expect(ignoredWhy(during(6, 'bob', '#agreed ship it'), meeting, counted)).toBe(
      'not recorded: only a chair’s #agreed counts',
    );
  });

  it('leaves alone what counted, a chair’s command, anyone’s #info, and lines outside the meeting', () => {
    expect(ignoredWhy(during(3, 'bob', '#topic counted'), meeting, counted)).toBeNull();
    expect(ignoredWhy(during(7, 'Chair', '#topic mine'), meeting, counted)).toBeNull();
    expect(ignoredWhy(during(8, 'bob', '#info a fact'), meeting, counted)).toBeNull();
    expect(ignoredWhy(during(9, 'bob', 'a #topic in talk'), meeting, counted)).toBeNull();
    const before = transcriptLine(1, { nick: 'bob', text: '#topic early', at: T0 - MIN });
    expect(ignoredWhy(before, meeting, counted)).toBeNull();
    const elsewhere = { ...during(10, 'bob', '#topic x'), channel: '#other' };
    expect(ignoredWhy(elsewhere, meeting, counted)).toBeNull();
    expect(ignoredWhy(during(11, 'bob', '#topic x'), null, counted)).toBeNull();
  });
});

describe('an ignored command in the transcript', () => {
  it('is drawn as talk, unmarked, with the quiet reason', () => {
    render(
      <TranscriptRow
        line={during(5, 'bob', '#topic lunch')}
        mention={null}
        query=""
        flash={false}
        ignored="not recorded: only a chair’s #topic counts"
      />,
    );
    const row = screen.getByTestId('transcript-line');
    expect(row).not.toHaveAttribute('data-mark');
    expect(row).not.toHaveClass('line-mark-topic');
    expect(row).toHaveTextContent('#topic lunch — not recorded: only a chair’s #topic counts');
  });
});
