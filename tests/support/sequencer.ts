// The order in which `npm test` starts its files: unit files first, while the kit for the browser
// tests builds in the background (tests/browser/global-setup.ts), then the browser files. Within
// each, Vitest's own order: files that failed last time, then the longest.
import type { TestSequencer, TestSpecification, Vitest } from 'vitest/node';

/** vitest/node is loaded only when Vitest sorts: vite.config.ts (which names this) also serves `vite build`. */
const vitestOrder = async (ctx: Vitest) => new (await import('vitest/node')).BaseSequencer(ctx);

export class UnitFirstSequencer implements TestSequencer {
  constructor(private readonly ctx: Vitest) {}

  async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await (await vitestOrder(this.ctx)).sort(files);
    const isBrowser = (file: TestSpecification) => file.project.name === 'browser';
    return [...sorted.filter((file) => !isBrowser(file)), ...sorted.filter(isBrowser)];
  }

  async shard(files: TestSpecification[]): Promise<TestSpecification[]> {
    return (await vitestOrder(this.ctx)).shard(files);
  }
}
