import type { ResourceDecl } from './resolver.js';
import { isRecord } from './values.js';

interface InlineSuppression {
  checkId: string;
  reason: string;
}

/**
 * Accepted risks written in a resource's Metadata:
 *
 *   Metadata:
 *     demarc:
 *       suppress:
 *         - check: s3-bucket-versioning
 *           reason: build artifacts, rebuilt from source
 *
 * Every entry needs a reason; one without is reported as a problem and not applied.
 */
export function suppressionsOf(
  decl: ResourceDecl,
  problems: { line?: number; message: string }[],
): InlineSuppression[] {
  const metadata = decl.definition.Metadata;
  if (!isRecord(metadata) || metadata.demarc === undefined) return [];
  const where = `resource ${decl.logicalId}: Metadata.demarc`;
  const report = (message: string) =>
    problems.push({ ...(decl.line !== undefined && { line: decl.line }), message: `${where}${message}` });
  const demarc = metadata.demarc;
  if (!isRecord(demarc) || !Array.isArray(demarc.suppress)) {
    report(' must be a mapping with a list "suppress" of {check, reason}');
    return [];
  }
  const out: InlineSuppression[] = [];
  demarc.suppress.forEach((entry, i) => {
    const check = isRecord(entry) ? entry.check : undefined;
    const reason = isRecord(entry) ? entry.reason : undefined;
    if (typeof check !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)+$/.test(check)) {
      report(`.suppress[${i}]: "check" must be a check id such as s3-bucket-versioning`);
    } else if (typeof reason !== 'string' || reason.trim() === '') {
      report(`.suppress[${i}]: suppressing ${check} needs a reason`);
    } else {
      out.push({ checkId: check, reason: reason.trim() });
    }
  });
  return out;
}
