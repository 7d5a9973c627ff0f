import { hash } from 'node:crypto';
import type { SourceRef } from '../inventory/base.js';

/**
 * A finding's identity across scans, accounts and output formats: the first 32 hex digits (128
 * bits) of the SHA-256 of a canonical string. The string is the JSON array
 * `["demarc-finding/1", checkId, account, region, resource]`, where `resource` is the resource id,
 * or for a resource read from a file with a logical id (a template's logical id, a Terraform
 * address) `file#logicalId`, because an IaC resource's id turns into an ARN once deployed and
 * its line moves with every edit. JSON quoting keeps the parts apart whatever characters they hold.
 * Bump the leading tag if the recipe ever changes: old and new keys must never be compared.
 */
const FINDING_KEY_RECIPE = 'demarc-finding/1';

interface KeyedPlace {
  id: string;
  account: string;
  region: string;
  source: SourceRef;
}

/** The resource part of a key: the id, or file and logical id for a resource read from a file. */
function resourcePart(resource: KeyedPlace): string {
  const { source, id } = resource;
  return source.file && source.logicalId ? `${source.file}#${source.logicalId}` : id;
}

export function findingKey(checkId: string, resource: KeyedPlace): string {
  const canonical = JSON.stringify([
    FINDING_KEY_RECIPE,
    checkId,
    resource.account,
    resource.region,
    resourcePart(resource),
  ]);
  // Hex of the first 16 bytes, not a slice of the whole hex digest: a slice keeps the 64-digit
  // string alive behind it (112 bytes a key instead of 48), and a large scan holds millions.
  return hash('sha256', canonical, 'buffer').toString('hex', 0, 16);
}

/**
 * An RFC 4122 UUID carrying a finding key, for formats whose ids must be UUIDs (OSCAL). The key
 * is already a hash, so its 128 bits are used directly, with the version nibble set to 5 (name
 * based) and the variant bits to RFC 4122: the same key always gives the same UUID.
 */
export function uuidOfKey(key: string): string {
  const bytes = Buffer.from(key.padEnd(32, '0').slice(0, 32), 'hex');
  bytes[6] = ((bytes[6] as number) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] as number) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
