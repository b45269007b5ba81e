import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener, type HttpBindings } from '@hono/node-server';
import { withSecurityHeaders } from './security-headers';

export type FetchHandler = (request: Request, env: HttpBindings) => Response | Promise<Response>;

export interface RunningServer {
  server: Server;
  /** e.g. http://127.0.0.1:8080 */
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * Targets the adapter cannot even turn into a Request (a backslash in the path, a bad Host…) are
 * answered here, before the app runs, so they too get the security headers. 404 rather than 400:
 * such a target names nothing we serve.
 */
function rejectUnparsable(): Response {
  return withSecurityHeaders(new Response('Not found\n', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } }));
}

export function listen(handler: FetchHandler, port: number, host: string): Promise<RunningServer> {
  const server = createServer(
    getRequestListener((request, env) => handler(request, env as HttpBindings), { errorHandler: rejectUnparsable }),
  );
  // Idle keep-alive connections stay open longer than a client or proxy keeps them (Node's 5 s
  // default races clients that reuse a socket just as the server closes it: ECONNRESET), and the
  // header timeout stays above it, as Node asks.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address() as AddressInfo;
      const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      resolvePromise({
        server,
        url: `http://${shownHost}:${address.port}`,
        port: address.port,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            // Keep-alive connections would otherwise hold the close open for seconds.
            server.closeIdleConnections();
          }),
      });
    });
  });
}
