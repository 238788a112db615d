// A real redis-server (Debian's package) for tests: loopback, a free port, its append-only file in
// a temporary folder (fsync on every write, so a killed server loses nothing), stopped by its pid.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stopProcess } from './stop-process';

export interface TestRedis {
  url: string;
  port: number;
  /** Kills the server (SIGKILL: as a crash) and waits until it is gone. */
  stop: () => Promise<void>;
  /** Starts it again on the same port, with what it had written. */
  start: () => Promise<void>;
  /** Stops it and deletes its files. */
  remove: () => Promise<void>;
  /** The running server's process id (for its CPU time), or undefined while it is stopped. */
  pid: () => number | undefined;
}

/** A port nothing listens on right now. */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

/**
 * `appendfsync`: `always` for tests (a killed server loses nothing); the bench uses `everysec`,
 * Redis's default and what docs/deploy.md sets up, so it measures what a district runs.
 */
export async function startRedis(options: { appendfsync?: 'always' | 'everysec' } = {}): Promise<TestRedis> {
  const port = await freePort();
  const dir = mkdtempSync(path.join(tmpdir(), 'mamoru-redis-'));
  let child: ChildProcess | null = null;
  const start = async () => {
    const started = spawn(
      'redis-server',
      [
        '--port',
        String(port),
        '--bind',
        '127.0.0.1',
        '--dir',
        dir,
        '--save',
        '',
        '--appendonly',
        'yes',
        '--appendfsync',
        options.appendfsync ?? 'always',
        '--loglevel',
        'warning',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    child = started;
    await waitForPort(port, started);
  };
  const stop = async () => {
    const running = child;
    child = null;
    if (running) await stopProcess(running, 'redis-server', { signal: 'SIGKILL' });
  };
  await start();
  const remove = async () => {
    await stop();
    rmSync(dir, { recursive: true, force: true });
  };
  const pid = () => (child as ChildProcess | null)?.pid;
  return { url: `redis://127.0.0.1:${port}`, port, stop, start, remove, pid };
}

async function waitForPort(port: number, child: ChildProcess): Promise<void> {
  const { connect } = await import('node:net');
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`redis-server exited (${child.exitCode}) on port ${port}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.end();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    if (Date.now() > deadline) throw new Error(`redis-server did not listen on port ${port}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
