import { mkdtempSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ScanResult } from '../../src/engine/result.js';
import { createDashboard } from '../../src/server/server.js';
import { openStore, type ScanStore } from '../../src/store/store.js';
import { hostileResult } from '../helpers/html.js';
import { demoScan } from '../helpers/scans.js';

/** A dashboard over a SQLite store holding: 1 a hostile estate, 2 the demo, 3 the demo with one critical finding fixed. */
export interface Running {
  url: string;
  store: ScanStore;
  scans: ScanResult[];
  stop(): Promise<void>;
}

export async function startDashboard(): Promise<Running> {
  const store = await openStore(join(mkdtempSync(join(tmpdir(), 'demarc-serve-')), 'h.db'));
  const first = demoScan();
  const second = demoScan();
  const fixed = second.findings.find(
    (f) => f.status === 'fail' && !f.suppressed && f.severity === 'critical',
  );
  if (fixed) {
    fixed.status = 'pass';
    second.summary.byStatus.fail -= 1;
    second.summary.byStatus.pass += 1;
    second.summary.failedBySeverity.critical -= 1;
  }
  const scans = [hostileResult(), first, second];
  for (const s of scans) await store.save(s);
  const server: Server = createDashboard(store, {
    loopbackOnly: true,
    now: () => new Date('2026-11-20T00:00:00Z'),
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    store,
    scans,
    async stop() {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
      await store.close();
    },
  };
}
