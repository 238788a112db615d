// Set up before every browser test file: its tests start once the kit that global-setup.ts builds
// in the background is there, and fail with the build's own error if it could not be built.
import { beforeAll, inject } from 'vitest';
import { kitBuilt } from '../support/build-kit';

// A loaded machine builds the kit in one to two minutes while the unit tests run beside it.
beforeAll(() => kitBuilt(inject('kitBuildStatus')), 600_000);
