// `npm run bench`: runs every bench/*.bench.ts in turn. Each prints its own figures; none asserts
// a time (machines here are shared and noisy), so read the numbers, and compare runs on one machine.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const only = process.argv[2];
const benches = readdirSync(import.meta.dirname)
  .filter((name) => name.endsWith('.bench.ts') && (!only || name.startsWith(only)))
  .sort();
if (benches.length === 0) {
  console.error(only ? `no bench named ${only}*.bench.ts in bench/` : 'no benches in bench/');
  process.exitCode = 1;
}
for (const name of benches) {
  console.log(`\n== ${name}`);
  await import(pathToFileURL(path.join(import.meta.dirname, name)).href);
}
