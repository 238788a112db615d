// Serves a built dist/ under a sub-path on loopback, as a school's web server or intranet would.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

export const SUB_PATH = '/school/mamoru/';

export async function serveDist(distDir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const serve = sirv(distDir, { dev: true, etag: false });
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
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${SUB_PATH}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
