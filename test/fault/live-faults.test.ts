/**
 * The live source under fire: a small estate in moto, read through a loopback proxy that injects
 * each fault (AccessDenied, throttling, 5xx, reset connections, an endpoint that never answers,
 * bodies that are not AWS responses) into a seeded share of the requests of six services. A fault
 * may only ever turn a verdict into "not assessed", with a gap that says where and which call.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { seedAccount } from '../../bench/live/seed.js';
import type { Finding, ScanResult } from '../../src/engine/result.js';
import type { CoverageGap } from '../../src/inventory/inventory.js';
import type { AwsScanOptions, ProgressEvent } from '../../src/sources/aws/context.js';
import { collectAws } from '../../src/sources/aws/scan.js';
import { judge } from '../live/regional-support.js';
import {
  type FaultKind,
  type FaultPlan,
  type FaultProxy,
  seededPick,
  startFaultProxy,
} from '../support/fault-proxy.js';
import { type Moto, startMoto, useMotoEnv } from '../support/moto.js';

const REGION = 'eu-west-1';
const SERVICES = ['s3', 'ec2', 'iam', 'rds', 'kms', 'dynamodb'];
const SEED = 'demarc-fault-suite-1';

/** A seeded share of the six services' requests gets the fault, and so does each one's first request. */
function share(fault: FaultKind, fraction: number): FaultPlan {
  const hit = new Set<string>();
  return (r) => {
    if (!SERVICES.includes(r.service)) return undefined;
    const first = !hit.has(r.service);
    hit.add(r.service);
    return first || seededPick(`${SEED}:${fault}`, r, fraction) ? fault : undefined;
  };
}

const findingKey = (f: Finding) => `${f.checkId} ${f.resource.id}`;
const gapKey = (g: CoverageGap) => `${g.api} ${g.region} ${g.resourceId ?? ''}`;

interface Run {
  result: ScanResult;
  account: string;
  notices: string[];
  progress: ProgressEvent[];
}

describe('live source under injected faults', { timeout: 240_000 }, () => {
  let moto: Moto;
  let proxy: FaultProxy;
  let restore: () => void;
  let clean: Run;

  async function run(plan: FaultPlan | undefined, extra: Partial<AwsScanOptions> = {}): Promise<Run> {
    proxy.setPlan(plan);
    const notices: string[] = [];
    const progress: ProgressEvent[] = [];
    const live = await collectAws({
      regions: [REGION],
      // Generous for a busy emulator on a shared machine; the never-answering cases pass their own.
      requestTimeoutSeconds: 5,
      onNotice: (line) => notices.push(line),
      onProgress: (e) => progress.push(e),
      ...extra,
    });
    return { result: judge(live.inventory), account: live.account, notices, progress };
  }

  before(async () => {
    moto = await startMoto();
    restore = useMotoEnv(moto);
    await seedAccount({ regions: [REGION], scale: 1 });
    proxy = await startFaultProxy(moto.endpoint);
    process.env.AWS_ENDPOINT_URL = proxy.endpoint;
    clean = await run(undefined);
  });
  after(async () => {
    restore?.();
    await proxy?.stop();
    await moto?.stop();
  });

  /** Gaps the fault added beyond what moto itself cannot answer. */
  function newGaps(faulty: Run): CoverageGap[] {
    const known = new Set(clean.result.coverage.gaps.map(gapKey));
    return faulty.result.coverage.gaps.filter((g) => !known.has(gapKey(g)));
  }

  /** Findings that pass under the fault but did not pass on the clean read. */
  function falsePasses(faulty: Run): string[] {
    const before = new Map(clean.result.findings.map((f) => [findingKey(f), f.status]));
    return faulty.result.findings
      .filter((f) => f.status === 'pass' && before.get(findingKey(f)) !== 'pass')
      .map((f) => `${findingKey(f)}: ${f.reason}`);
  }

  /** A clean failure must stay visible: failed, not assessed, or its listing reported as not read. */
  function lostFailures(faulty: Run): string[] {
    const now = new Map(faulty.result.findings.map((f) => [findingKey(f), f]));
    const unlisted = new Set(
      faulty.result.findings
        .filter((f) => f.resource.id.startsWith('unlisted:'))
        .map((f) => `${f.checkId} ${f.resource.type} ${f.resource.region}`),
    );
    return clean.result.findings
      .filter((f) => f.status === 'fail')
      .filter((f) => {
        const later = now.get(findingKey(f));
        if (later) return later.status === 'pass';
        // A global listing (S3's) that failed covers its resources in every region.
        return ![f.resource.region, 'global'].some((r) =>
          unlisted.has(`${f.checkId} ${f.resource.type} ${r}`),
        );
      })
      .map(findingKey);
  }

  it('reads the clean estate with no gap beyond what moto lacks', () => {
    assert.ok(clean.result.findings.length > 50, `only ${clean.result.findings.length} findings`);
    for (const service of SERVICES) {
      assert.ok(
        clean.result.findings.some((f) => f.resource.service === service || f.checkId.startsWith(service)),
        `no finding for ${service}`,
      );
    }
  });

  it('30% throttling changes no verdict and adds no gap', async () => {
    const throttled = await run(share('throttle', 0.3));
    for (const service of SERVICES)
      assert.ok(proxy.injected.get(`throttle ${service}`), `no throttling of ${service}`);
    assert.deepEqual(newGaps(throttled), []);
    const before = new Map(clean.result.findings.map((f) => [findingKey(f), f.status]));
    const changed = throttled.result.findings
      .filter((f) => before.get(findingKey(f)) !== f.status)
      .map((f) => `${findingKey(f)}: ${before.get(findingKey(f))} -> ${f.status}`);
    assert.deepEqual(changed, []);
    assert.equal(throttled.result.findings.length, clean.result.findings.length);
  });

  for (const fault of ['access-denied', 'server-error', 'reset', 'hang', 'malformed'] as const) {
    it(`${fault} on a share of every service's calls: no false pass, every failure a readable gap`, async () => {
      const faulty = await run(share(fault, 0.35));
      for (const service of SERVICES)
        assert.ok(proxy.injected.get(`${fault} ${service}`), `no ${fault} in ${service}`);
      assert.deepEqual(falsePasses(faulty), []);
      assert.deepEqual(lostFailures(faulty), []);
      const gaps = newGaps(faulty);
      assert.ok(gaps.length > 0, 'the faults left no gap');
      assert.equal(faulty.account, clean.account);
      for (const gap of gaps) {
        assert.ok(SERVICES.includes(gap.service) || gap.service === 'ec2', `gap service ${gap.service}`);
        assert.match(gap.region, /^(eu-west-1|us-east-1|global)$/);
        assert.match(gap.api, /^[a-z0-9-]+:[A-Z][A-Za-z0-9]+$/);
        assert.doesNotMatch(gap.error, /Unexpected token|SyntaxError|hidden field|Deserialization error/);
        // Only an endpoint that stops answering is given up on (a reset is an answer).
        if (fault !== 'hang') assert.doesNotMatch(gap.error, /EndpointUnresponsive|TimeoutError/);
      }
      // Each service-and-region line counts only its own gaps: together they make the total.
      const perJob = faulty.progress.reduce((sum, e) => sum + (e.kind === 'done' ? e.gaps : 0), 0);
      assert.equal(perJob, faulty.result.coverage.gaps.length);
    });
  }

  it('gives up on endpoints that never answer, and says so', async () => {
    const dead = await run((r) => (SERVICES.includes(r.service) ? 'hang' : undefined), {
      requestTimeoutSeconds: 1,
    });
    assert.deepEqual(falsePasses(dead), []);
    assert.deepEqual(lostFailures(dead), []);
    const services = new Set(newGaps(dead).map((g) => g.service));
    for (const service of SERVICES) assert.ok(services.has(service), `no gap for ${service}`);
    assert.ok(
      dead.notices.some((n) => /ec2 in eu-west-1 did not answer within 1 s/.test(n)),
      dead.notices.join('\n'),
    );
  });
});
