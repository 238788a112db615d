// What a test starts (servers, browsers, connections) is stopped after it, last started first.
import { afterEach } from 'vitest';

type Cleanup = () => Promise<unknown> | unknown;

/**
 * Registers an afterEach that runs every clean-up pushed during the test, newest first. A clean-up
 * that throws does not keep the others from running (a server left running would hold its port and
 * the next test's attention); once all have run, the test fails with every error they threw.
 */
export function useCleanups(): { push: (cleanup: Cleanup) => void } {
  const pending: Cleanup[] = [];
  afterEach(async () => {
    const errors: unknown[] = [];
    for (const cleanup of pending.splice(0).reverse()) {
      try {
        await cleanup();
      } catch (error) {
        errors.push(error);
      }
    }
    if (errors.length === 1) throw errors[0];
    if (errors.length > 1) throw new AggregateError(errors, `${errors.length} clean-ups failed`);
  });
  return { push: (cleanup) => void pending.push(cleanup) };
}
