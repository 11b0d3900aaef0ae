import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { TranscriptLine } from '../../../../shared/domain/line';
import type { ConnectionStatus } from '../../../../shared/ipc/schemas';
import { IDLE_STATUS, transcriptLine } from '../../testing/fake-bridge';
import { renderApp } from '../../testing/render-app';

const joined: ConnectionStatus = {
  ...IDLE_STATUS,
  state: 'joined',
  server: 'irc.example.org',
  port: 6667,
  nick: 'chair',
  channel: '#meet',
  since: 1,
};

const pane = () => screen.getByTestId('pane-transcript');
const shownLines = () => within(pane()).queryAllByTestId('transcript-line');

describe('TranscriptPane', () => {
  it('shows the lines of transcript:append batches as they arrive', async () => {
    const { bridge } = await renderApp({
      status: joined,
      lines: [transcriptLine(1, { text: 'first' })],
    });
    expect(shownLines().map((el) => el.textContent)).toEqual(['12:00:00alice first']);
    act(() =>
      bridge.emit('transcript:append', {
        channel: '#meet',
        fromSeq: 2,
        lines: [
          transcriptLine(2, { nick: 'bob', text: 'second' }),
          transcriptLine(3, { text: 'third' }),
        ],
      }),
    );
    expect(await within(pane()).findByText('third')).toBeInTheDocument();
    expect(shownLines()).toHaveLength(3);
    expect(within(pane()).getByText('bob')).toBeInTheDocument();
  });

  it('renders markup from the channel as literal text, creating no element', async () => {
    const hostile = ['<b>x</b>', '<img src=x onerror=alert(1)>', '"><script>alert(1)</script>'];
    const lines = hostile.map((text, i) => transcriptLine(i + 1, { text, nick: '<i>nick</i>' }));
    await renderApp({ status: joined, lines });
    for (const text of hostile) expect(within(pane()).getByText(text)).toBeInTheDocument();
    expect(within(pane()).getAllByText('<i>nick</i>')).toHaveLength(3);
    expect(pane().querySelector('b, img, script, i')).toBeNull();
  });

  it('shows actions as "* nick text" and dims joins, parts, quits and nick changes', async () => {
    const lines: TranscriptLine[] = [
      transcriptLine(1, { kind: 'action', text: 'waves' }),
      transcriptLine(2, { kind: 'join', text: '' }),
      transcriptLine(3, { kind: 'part', text: '' }),
      transcriptLine(4, { kind: 'quit', text: 'bye' }),
      transcriptLine(5, { kind: 'nick', text: 'alice2' }),
    ];
    await renderApp({ status: joined, lines });
    const [action, ...events] = shownLines();
    expect(action).toHaveTextContent('* alice waves');
    expect(events.map((el) => el.className.includes('line-event'))).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(events[3]).toHaveTextContent('alice is now known as alice2');
  });

  it('re-syncs with transcript:since when a batch skips a seq', async () => {
    const { bridge } = await renderApp({ status: joined, lines: [transcriptLine(1)] });
    bridge.state.lines.push(
      transcriptLine(2, { text: 'missed' }),
      transcriptLine(3, { text: 'pushed' }),
    );
    act(() =>
      bridge.emit('transcript:append', {
        channel: '#meet',
        fromSeq: 3,
        lines: [transcriptLine(3, { text: 'pushed' })],
      }),
    );
    expect(await within(pane()).findByText('missed')).toBeInTheDocument();
    expect(bridge.callsTo('transcript:since')).toEqual([
      { channel: '#meet', afterSeq: 0 },
      { channel: '#meet', afterSeq: 1 },
    ]);
    expect(shownLines().map((el) => el.getAttribute('data-seq'))).toEqual(['1', '2', '3']);
  });

  it('says a line with Enter through irc:say, clears the box, and waits for the echo', async () => {
    const { bridge, user } = await renderApp({ status: joined });
    // Sent, with no echo yet: the line shows only once the core reports it.
    bridge.handle('irc:say', async () => ({ ok: true, value: { lines: 1 } }));
    const input = screen.getByLabelText('Message to #meet');
    await user.type(input, '#topic budget{Enter}');
    expect(bridge.callsTo('irc:say')).toEqual([{ text: '#topic budget' }]);
    expect(input).toHaveValue('');
    expect(shownLines()).toHaveLength(0);
    await user.type(input, 'again');
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(bridge.callsTo('irc:say')).toHaveLength(2);
  });

  it('keeps the text and shows the error when saying fails', async () => {
    const { bridge, user } = await renderApp({ status: joined });
    bridge.handle('irc:say', async () => ({
      ok: false,
      error: { code: 'bad-request', message: 'text: That line is too long.' },
    }));
    const input = screen.getByLabelText('Message to #meet');
    await user.type(input, 'long{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent('That line is too long.');
    expect(input).toHaveValue('long');
    expect(input).toHaveAccessibleDescription('text: That line is too long.');
  });

  it('cannot be used until the channel is joined', async () => {
    const { bridge } = await renderApp();
    expect(screen.getByRole('textbox', { name: 'Message' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Send' })).toBeDisabled();
    act(() => bridge.emit('irc:status', joined));
    expect(screen.getByRole('textbox', { name: 'Message to #meet' })).toBeEnabled();
  });
});
