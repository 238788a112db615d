// A classroom server for tests (loopback, a free port, a temporary data folder) and Socket.IO
// clients that speak the live-class protocol as the browsers do.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { io, type Socket } from 'socket.io-client';
import { PROJECT_ROOT } from '../../src/content/node/paths';
import {
  startClassroomServer,
  type ClassroomServer,
  type ClassroomServerOptions,
} from '../../src/server/classroom-server';
import type { ClientToServerEvents, ServerToClientEvents } from '../../src/protocol/live';
import { stopProcess } from './stop-process';

export type LiveClient = Socket<ServerToClientEvents, ClientToServerEvents>;

/** A dist/ with just the two pages the server injects its address into. */
export function tinyDist(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'mamoru-tiny-dist-'));
  for (const page of ['index.html', 'present.html'])
    writeFileSync(path.join(dir, page), `<!doctype html><html><head><title>${page}</title></head><body></body></html>`);
  return dir;
}

export function tempDataDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'mamoru-classroom-data-'));
  mkdirSync(dir, { recursive: true });
  return dir;
}

export async function startTestServer(
  options: Partial<ClassroomServerOptions> = {},
): Promise<ClassroomServer & { url: string }> {
  const server = await startClassroomServer({
    distDir: options.distDir ?? tinyDist(),
    dataDir: options.dataDir ?? tempDataDir(),
    host: '127.0.0.1',
    port: 0,
    ...options,
  });
  return { ...server, url: server.urls[0] };
}

/**
 * A connected client; `websocket: false` keeps it on HTTP long-polling, as behind a proxy that cuts
 * WebSockets. With `reconnectAtOnce` it tries again within 50 ms whenever it loses the server.
 */
export async function connect(
  url: string,
  options: {
    websocket?: boolean;
    extraHeaders?: Record<string, string>;
    timeoutMs?: number;
    reconnectAtOnce?: boolean;
  } = {},
): Promise<LiveClient> {
  const socket: LiveClient = io(url, {
    transports: options.websocket === false ? ['polling'] : ['websocket'],
    ...(options.reconnectAtOnce
      ? { reconnection: true, reconnectionDelay: 10, reconnectionDelayMax: 50 }
      : { reconnection: false }),
    forceNew: true,
    extraHeaders: options.extraHeaders,
    ...(options.timeoutMs ? { timeout: options.timeoutMs } : {}),
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  return socket;
}

/** Sends a message and waits for its acknowledgement (at most `timeoutMs`). */
export function send<E extends keyof ClientToServerEvents>(
  socket: LiveClient,
  event: E,
  message: unknown,
  timeoutMs = 5000,
): Promise<Parameters<Parameters<ClientToServerEvents[E]>[1]>[0]> {
  return (
    socket.timeout(timeoutMs) as unknown as { emitWithAck: (event: string, message: unknown) => Promise<never> }
  ).emitWithAck(event, message);
}

/** A device token as the browser makes one: 16 random bytes in hex. */
export function newToken(): string {
  return [...crypto.getRandomValues(new Uint8Array(16))].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Sends anything at all, with no reply asked: what a broken or hostile client might do. */
export function emitRaw(socket: LiveClient, event: string, ...args: unknown[]): void {
  (socket as unknown as Socket).emit(event, ...args);
}

/**
 * A reverse proxy in front of a server that passes plain HTTP and refuses every WebSocket
 * handshake, as some school proxies do. Returns its own address.
 */
export async function proxyWithoutWebSockets(target: string): Promise<{ url: string; close: () => Promise<void> }> {
  const { createServer, request } = await import('node:http');
  const upstream = new URL(target);
  const proxy = createServer((incoming, outgoing) => {
    const forwarded = request(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: incoming.method,
        path: incoming.url,
        headers: incoming.headers,
      },
      (response) => {
        outgoing.writeHead(response.statusCode ?? 502, response.headers);
        response.pipe(outgoing);
      },
    );
    forwarded.on('error', () => outgoing.destroy());
    incoming.pipe(forwarded);
  });
  proxy.on('upgrade', (_request, socket) => socket.end('HTTP/1.1 403 Forbidden\r\nconnection: close\r\n\r\n'));
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const { port } = proxy.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise((resolve) => {
        proxy.closeAllConnections();
        proxy.close(() => resolve());
      }),
  };
}

export interface ClassroomProcess {
  url: string;
  port: number;
  process: ChildProcess;
  output: () => string;
  /** SIGTERM (or `signal`) and its exit; fails if it does not exit within 15 s. */
  stop: (signal?: NodeJS.Signals) => Promise<void>;
}

/**
 * `npm run classroom` as its own process, on loopback and a free (or given) port, serving distDir;
 * with `redis`, its sessions are in that Redis (`dataDir` is then not used).
 */
export async function startClassroomProcess(
  distDir: string,
  dataDir: string,
  port = 0,
  options: { redis?: string; publicUrl?: string; env?: Record<string, string> } = {},
): Promise<ClassroomProcess> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'scripts/classroom.ts',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--dist',
      distDir,
      ...(options.redis ? ['--redis', options.redis] : options.env?.MAMORU_REDIS_URL ? [] : ['--data', dataDir]),
      ...(options.publicUrl ? ['--public-url', options.publicUrl] : []),
    ],
    {
      cwd: PROJECT_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...options.env },
    },
  );
  let output = '';
  child.stderr!.on('data', (chunk) => (output += chunk));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk) => {
      output += chunk;
      // The process's own address; a --public-url on loopback (a test's proxy) is printed first.
      const found = [...output.matchAll(/http:\/\/127\.0\.0\.1:\d+\//g)].find(
        (match) => match[0] !== options.publicUrl,
      );
      if (found) resolve(found[0]);
    });
    child.once('exit', (code) => reject(new Error(`classroom server exited (${code}): ${output}`)));
  });
  return {
    url,
    port: Number(new URL(url).port),
    process: child,
    output: () => output,
    stop: (signal) => stopProcess(child, 'the classroom server', { signal, output: () => output }),
  };
}
