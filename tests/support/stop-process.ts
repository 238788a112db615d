// Stopping a server a test started (a classroom process, Redis, nginx) by its pid, never waiting for ever.
import type { ChildProcess } from 'node:child_process';

/** A server must exit this soon after it is told to stop (a teacher's Ctrl-C, a test's clean-up). */
const STOP_WITHIN_MS = 15_000;

/**
 * Sends `signal` and resolves once the process has exited (at once if it already has). One still
 * running 15 s later is a defect: it is killed, and the promise rejects with its `name` and what
 * it printed.
 */
export async function stopProcess(
  child: ChildProcess,
  name: string,
  { signal = 'SIGTERM', output = () => '' }: { signal?: NodeJS.Signals; output?: () => string } = {},
): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill(signal);
  let timer: NodeJS.Timeout | undefined;
  const inTime = await Promise.race([
    exited.then(() => true),
    new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), STOP_WITHIN_MS))),
  ]);
  clearTimeout(timer);
  if (inTime) return;
  child.kill('SIGKILL');
  await exited;
  throw new Error(`${name} was still running ${STOP_WITHIN_MS / 1000} s after ${signal}; it printed:\n${output()}`);
}
