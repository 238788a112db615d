// One Node HTTP server for a classroom: the built kit (dist/) and the live class's Socket.IO on the
// same origin. The pages it serves carry its LAN address, so every join QR and "Share the quiz"
// shows an address students' devices can reach.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { networkInterfaces } from 'node:os';
import path from 'node:path';
import sirv from 'sirv';
import { FRAME_HEADERS } from '../build/csp-plugin.ts';
import { attachLiveClass } from './live-socket.ts';
import { connectRedis, type RedisConnection } from './redis/connection.ts';
import { shareThroughRedis } from './redis/socket-adapter.ts';
import { openEmbeddedStore } from './store/embedded-store.ts';
import { createRedisStore } from './store/redis-store.ts';
import type { SessionStore } from './store/session-store.ts';

/** How long a closing server waits for devices to answer the WebSocket's closing handshake. */
const WEBSOCKET_CLOSE_GRACE_MS = 1000;

export interface ClassroomServerOptions {
  distDir: string;
  /** Where sessions are kept between restarts (the embedded store). */
  dataDir: string;
  /** '0.0.0.0' (every interface, the default of `npm run classroom`) or one address. */
  host: string;
  /** 0 picks a free port. */
  port: number;
  /** Another store; the embedded one by default. */
  store?: SessionStore;
  /** Sessions in Redis and Socket.IO shared through it, so several processes serve one school. */
  redisUrl?: string;
  /** The address the pages show (join QR codes) when the server is behind a proxy, e.g. https://mamoru.school.example/ */
  publicUrl?: string;
  now?: () => number;
  expiryCheckMs?: number;
  /** How long an unused session lives (3 hours); tests make it seconds. */
  sessionIdleMs?: number;
}

export interface ClassroomServer {
  /** The addresses students can open, the first being the one the pages show (the public URL, if given). */
  urls: string[];
  port: number;
  /** Its connection to Redis, with `redisUrl`: whether Redis is up (tests cut its clients off). */
  redis?: RedisConnection;
  close: () => Promise<void>;
}

/** The meta tag through which a page learns it is served by a classroom server, and at which address. */
export const CLASSROOM_META = 'mamoru-classroom';
const HTML_PAGES = new Map([
  ['/', 'index.html'],
  ['/index.html', 'index.html'],
  ['/present.html', 'present.html'],
]);

export async function startClassroomServer(options: ClassroomServerOptions): Promise<ClassroomServer> {
  let redis: RedisConnection | undefined;
  let store = options.store;
  if (!store && options.redisUrl) {
    redis = await connectRedis(options.redisUrl);
    store = createRedisStore(redis.client, { ttlMs: options.sessionIdleMs });
  }
  store ??= await openEmbeddedStore(options.dataDir);
  const pages = new Map(
    [...new Set(HTML_PAGES.values())].map((name) => [name, readFileSync(path.join(options.distDir, name), 'utf8')]),
  );
  // dev: looks each file up when asked, so rebuilding dist/ under a running server cannot crash it.
  const serve = sirv(options.distDir, { etag: true, dev: true });
  let joinBase = '';
  const server: Server = createServer((request, response) => {
    const pathname = (request.url ?? '/').split('?')[0];
    for (const [name, value] of Object.entries(FRAME_HEADERS)) response.setHeader(name, value);
    if (pathname === '/healthz') {
      // For a proxy or monitor: this process serves. Whether it reaches Redis is said, not failed
      // on, so that an outage of Redis does not make the proxy drop every process at once.
      response.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      response.end(
        JSON.stringify({
          ok: true,
          store: redis ? 'redis' : 'embedded',
          redis: redis?.isUp() ?? null,
          // How many devices and decks are connected to this process: a count, nothing about them.
          connections: live.io.engine.clientsCount,
        }),
      );
      return;
    }
    const page = HTML_PAGES.get(pathname);
    if (page && request.method === 'GET') {
      const meta = `<meta name="${CLASSROOM_META}" content="${joinBase}">`;
      response.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-cache',
        'referrer-policy': 'no-referrer',
      });
      response.end(pages.get(page)!.replace('<head>', `<head>\n    ${meta}`));
      return;
    }
    serve(request, response, () => {
      response.statusCode = 404;
      response.end('not found');
    });
  });
  // Every connection, WebSockets included (the HTTP server forgets a connection once it is upgraded).
  const connections = new Set<Socket>();
  server.on('connection', (socket) => {
    connections.add(socket);
    socket.once('close', () => connections.delete(socket));
  });
  const live = attachLiveClass(server, {
    store,
    now: options.now,
    expiryCheckMs: options.expiryCheckMs,
    sessionIdleMs: options.sessionIdleMs,
    ...(redis ? { configure: (io) => shareThroughRedis(io, redis.adapterClient), storeStatus: redis } : {}),
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  }).catch(async (error: unknown) => {
    await live.close();
    await redis?.close();
    throw error;
  });
  const { port } = server.address() as AddressInfo;
  const urls = reachableHosts(options.host).map((host) => `http://${host.includes(':') ? `[${host}]` : host}:${port}/`);
  if (options.publicUrl) urls.unshift(options.publicUrl);
  joinBase = urls[0];
  return {
    urls,
    port,
    redis,
    close: async () => {
      // Stop listening and cut every HTTP connection first: one still busy (a slow device's download,
      // a device or proxy that reconnects over a keep-alive connection at once) would keep the
      // server open for ever. Socket.IO then ends the WebSockets, and the store saves what it holds.
      server.close();
      server.closeAllConnections();
      const liveClosed = live.close();
      // A device that never answers the WebSocket's closing handshake (asleep, out of range) would
      // hold the server for 30 s: it gets a moment, then is cut off.
      const cutOff = setTimeout(() => connections.forEach((socket) => socket.destroy()), WEBSOCKET_CLOSE_GRACE_MS);
      await liveClosed;
      clearTimeout(cutOff);
      await redis?.close();
    },
  };
}

/** The host names devices can use: the one asked for, or every LAN IPv4 address when serving on all interfaces. */
export function reachableHosts(host: string): string[] {
  if (host !== '0.0.0.0' && host !== '::') return [host];
  const lan = Object.values(networkInterfaces())
    .flat()
    .filter((address) => address && address.family === 'IPv4' && !address.internal)
    .map((address) => address!.address);
  // With no network at all the kit still runs on this machine, and the pages say so by showing it.
  return lan.length ? lan : ['127.0.0.1'];
}
