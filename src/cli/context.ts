import type { Inventory } from '../inventory/inventory.js';
import type { ContextEntry } from '../policy/context.js';
import { inventoryOf, parseSnapshot } from '../sources/snapshot/load.js';
import { readText } from './io.js';

/**
 * The account-wide settings a snapshot (from `demarc collect`) shows, as context for an IaC scan:
 * each account's S3 Block Public Access and each region's EBS encryption by default.
 */
function contextOfInventory(inventory: Inventory, origin: string): ContextEntry[] {
  const out: ContextEntry[] = [];
  for (const account of inventory.ofType('AwsAccount')) {
    if (account.s3PublicAccessBlock === undefined) continue;
    out.push({ account: account.account, s3PublicAccessBlock: account.s3PublicAccessBlock, origin });
  }
  for (const settings of inventory.ofType('Ec2RegionSettings')) {
    if (settings.ebsEncryptionByDefault === undefined) continue;
    out.push({
      account: settings.account,
      region: settings.region,
      ebsEncryptionByDefault: settings.ebsEncryptionByDefault,
      origin,
    });
  }
  return out;
}

/** Reads `--context FILE` (size-bounded, like any snapshot) into context entries. */
export function loadContext(file: string, cwd: string): { entries: ContextEntry[]; origin: string } {
  const snapshot = parseSnapshot(readText(file, 'snapshot', cwd, file), file);
  const origin = `${file}${snapshot.collectedAt ? ` (collected ${snapshot.collectedAt.slice(0, 10)})` : ''}`;
  return { entries: contextOfInventory(inventoryOf(snapshot), origin), origin };
}
