import { readFileSync } from 'node:fs';
import type { ScanResult } from '../../src/engine/result.js';
import { openStore } from '../../src/store/store.js';

/**
 * A separate process that saves one scan into a store, for the concurrency and crash tests:
 * `node save-child.js STORE SCAN.json N` saves it N times (0: until killed), writing `saving`
 * before each save and `saved ID` after it, so the parent knows when a save is under way.
 */
const [location, scanFile, times] = process.argv.slice(2) as [string, string, string];
const result = JSON.parse(readFileSync(scanFile, 'utf8')) as ScanResult;
const store = await openStore(location);
const limit = Number(times);
for (let i = 0; limit === 0 || i < limit; i += 1) {
  process.stdout.write('saving\n');
  const id = await store.save(result);
  process.stdout.write(`saved ${id}\n`);
}
await store.close();
