import { TLSSocket } from 'node:tls';
import type { ClientOptions, TransportClass } from 'irc-framework';
import NetTransport from 'irc-framework/src/transports/net.js';
import { judgeCertificate } from './tls-trust';

/**
 * irc-framework's TCP/TLS transport with Gavel's certificate check. irc-framework passes no `ca`
 * and has no pinning, so the handshake runs with Node's verification result recorded but not
 * enforced, and {@link judgeCertificate} decides before the connection is announced as open:
 * a refused certificate destroys the socket with an error naming the certificate, and the
 * client never writes to it. `pin` is the SHA-256 fingerprint the user chose to trust, if any.
 */
export function trustingTransport(pin: string | undefined): TransportClass {
  return class TrustingTransport extends NetTransport {
    constructor(options: ClientOptions) {
      // The verdict is ours (below); Node must let the handshake finish so we can read the certificate.
      super({ ...options, rejectUnauthorized: false });
    }

    override onSocketFullyConnected(): void {
      const socket = this.socket;
      if (socket instanceof TLSSocket) {
        const refused = judgeCertificate(socket, pin);
        if (refused) {
          this.last_socket_error = refused;
          socket.destroy();
          return;
        }
      }
      super.onSocketFullyConnected();
    }
  };
}
