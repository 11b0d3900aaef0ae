import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { IDLE_STATUS } from '../../testing/fake-bridge';
import { renderApp } from '../../testing/render-app';

const request = {
  server: 'irc.example.org',
  port: 6697,
  tls: true,
  nick: 'chair',
  channel: '#meet',
};
const fingerprint256 = Array.from({ length: 32 }, () => 'AB').join(':');

describe('ConnectionBanner', () => {
  it('shows an untrusted certificate and connects trusting exactly that one when asked', async () => {
    const { bridge, user } = await renderApp({
      settings: { lastConnection: request, theme: 'system' },
    });
    act(() =>
      bridge.emit('irc:status', {
        ...IDLE_STATUS,
        ...request,
        state: 'failed',
        since: 4,
        error: {
          code: 'tls-untrusted',
          message: 'The certificate of irc.example.org is not trusted: self-signed.',
        },
        certificate: {
          fingerprint256,
          subject: 'CN=irc.example.org',
          issuer: 'CN=irc.example.org',
          validTo: 'Jan 1 2030',
        },
      }),
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('is not trusted');
    expect(alert).toHaveTextContent('CN=irc.example.org');
    expect(alert).toHaveTextContent(fingerprint256);
    await user.click(
      within(alert).getByRole('button', { name: 'Trust this certificate and connect' }),
    );
    expect(bridge.callsTo('irc:connect')).toEqual([
      { ...request, trustFingerprint: fingerprint256 },
    ]);
  });

  it('offers no trust for other failures', async () => {
    const { bridge } = await renderApp({ settings: { lastConnection: request, theme: 'system' } });
    act(() =>
      bridge.emit('irc:status', {
        ...IDLE_STATUS,
        ...request,
        state: 'failed',
        since: 4,
        error: { code: 'refused', message: 'Refused.' },
      }),
    );
    expect(within(screen.getByRole('alert')).queryByRole('button', { name: /Trust/ })).toBeNull();
  });
});
