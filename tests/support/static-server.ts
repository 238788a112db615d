// Serves a built dist/ under a sub-path on loopback, as a school's web server or intranet would.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

export const SUB_PATH = '/school/mamoru/';

export interface ServedDist {
  url: string;
  /** Serves another built kit from now on at the same address, as a school's server does after an update. */
  swap: (distDir: string) => void;
  close: () => Promise<void>;
}

/** Serves `distDir` on `host` (loopback unless a test needs this machine's LAN address), on a free port. */
export async function serveDist(distDir: string, host = '127.0.0.1'): Promise<ServedDist> {
  let serve = sirv(distDir, { dev: true, etag: false });
  const server: Server = createServer((request, response) => {
    const url = request.url ?? '/';
    if (!url.startsWith(SUB_PATH)) {
      response.statusCode = 404;
      response.end('not under the sub-path');
      return;
    }
    request.url = url.slice(SUB_PATH.length - 1);
    serve(request, response, () => {
      response.statusCode = 404;
      response.end('not found');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}${SUB_PATH}`,
    swap: (next) => {
      serve = sirv(next, { dev: true, etag: false });
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
