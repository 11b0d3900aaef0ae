import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { nickMatcher } from '../../../../shared/meeting/owners';
import { transcriptLine } from '../../testing/fake-bridge';
import { TranscriptRow } from './TranscriptRow';

const options = { mention: nickMatcher('chair'), query: '', flash: false };
const row = () => screen.getByTestId('transcript-line');

describe('TranscriptRow', () => {
  it('renders mIRC formatting as classes and colours, never as markup', () => {
    render(
      <TranscriptRow
        line={transcriptLine(1, { text: '\x02bold\x02 \x0304red\x03 \x1d<i>it</i>\x1d \x07bell' })}
        {...options}
      />,
    );
    expect(screen.getByText('bold')).toHaveClass('fmt-b');
    expect(screen.getByText('red')).toHaveStyle({ color: '#ff0000' });
    expect(screen.getByText('<i>it</i>')).toHaveClass('fmt-i');
    expect(row().querySelector('i, b')).toBeNull();
    expect(row()).toHaveTextContent('bold red <i>it</i> bell');
  });

  it('neutralises bidi controls and isolates the nick and the text of each line', () => {
    render(
      <TranscriptRow
        line={transcriptLine(1, { nick: 'eve\u202e', text: 'pay \u202eevil\u2066 \x02now\x02' })}
        {...options}
      />,
    );
    expect(row().textContent).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    expect(row()).toHaveTextContent('eve pay evil now');
    const isolated = [...row().querySelectorAll('bdi')].map((b) => b.className);
    expect(isolated).toEqual([expect.stringContaining('line-nick'), 'line-text']);
  });

  it('links only http(s) addresses, opening outside without a referrer', () => {
    render(
      <TranscriptRow
        line={transcriptLine(1, { text: 'notes at https://example.org/n and javascript:alert(1)' })}
        {...options}
      />,
    );
    const links = row().querySelectorAll('a');
    expect(links).toHaveLength(1);
    expect(links[0]).toHaveAttribute('href', 'https://example.org/n');
    expect(links[0]).toHaveAttribute('rel', 'noopener noreferrer');
    expect(links[0]).toHaveAttribute('target', '_blank');
  });

  it('marks commands the way the engine reads them and colours the nick', () => {
    const { rerender } = render(
      <TranscriptRow line={transcriptLine(1, { text: '#agreed ship it' })} {...options} />,
    );
    expect(row()).toHaveClass('line-mark-decision');
    expect(row().querySelector('.line-nick')?.className).toMatch(/nick-c\d+/);
    rerender(
      <TranscriptRow line={transcriptLine(1, { text: 'we #agreed earlier' })} {...options} />,
    );
    expect(row()).not.toHaveAttribute('data-mark');
    rerender(
      <TranscriptRow line={transcriptLine(1, { text: '#action bob to fix' })} {...options} />,
    );
    expect(row()).toHaveAttribute('data-mark', 'action');
  });

  it('highlights a line naming the chair, unless the chair said it', () => {
    const { rerender } = render(
      <TranscriptRow line={transcriptLine(1, { text: 'Chair: ready?' })} {...options} />,
    );
    expect(row()).toHaveClass('line-mention');
    expect(row()).toHaveTextContent('(mentions you)');
    rerender(<TranscriptRow line={transcriptLine(1, { text: 'chairs are ready' })} {...options} />);
    expect(row()).not.toHaveClass('line-mention');
    rerender(
      <TranscriptRow line={transcriptLine(1, { text: 'chair: me', self: true })} {...options} />,
    );
    expect(row()).not.toHaveClass('line-mention');
  });

  it('dims events, marks gaps, and marks find matches', () => {
    const { rerender } = render(
      <TranscriptRow line={transcriptLine(1, { kind: 'join', text: '' })} {...options} />,
    );
    expect(row()).toHaveClass('line-event');
    rerender(
      <TranscriptRow line={transcriptLine(2, { kind: 'gap', nick: '', text: '' })} {...options} />,
    );
    expect(row()).toHaveClass('line-gap');
    expect(row()).toHaveTextContent(/lines may be missing/);
    rerender(
      <TranscriptRow
        line={transcriptLine(3, { text: 'Budget and budget' })}
        {...options}
        query="budget"
      />,
    );
    expect(row().querySelectorAll('mark')).toHaveLength(2);
  });

  it('says which lines were recorded in quiet mode and never said in the channel', () => {
    const { rerender } = render(
      <TranscriptRow
        line={transcriptLine(1, { text: '#info noted', self: true, local: true })}
        {...options}
      />,
    );
    expect(row()).toHaveClass('line-local');
    expect(row()).toHaveTextContent('not sent');
    rerender(
      <TranscriptRow line={transcriptLine(1, { text: '#info said', self: true })} {...options} />,
    );
    expect(row()).not.toHaveTextContent('not sent');
  });
});
