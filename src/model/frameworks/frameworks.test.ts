import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CHECKS } from '../../checks/registry.js';
import { DOMAIN_IDS } from '../domains.js';
import { DUTIES } from '../services.js';
import { COMPLIANCE_FRAMEWORKS, complianceFramework, controlsOfDuty } from './index.js';

/** The shape of each framework's published control ids. */
const ID_SHAPE: Record<string, RegExp> = {
  'cis-aws-5.0': /^\d+\.\d+(\.\d+)?$/,
  'cis-aws-3.0': /^\d+\.\d+(\.\d+)?$/,
  'aws-fsbp': /^[A-Za-z0-9]+\.\d+$/,
  'nist-800-53-r5': /^[A-Z]{2}-\d+(\(\d+\))?$/,
  'csa-ccm-v4': /^(A&A|AIS|BCR|CCC|CEK|DCS|DSP|GRC|HRS|IAM|IPY|IVS|LOG|SEF|STA|TVM|UEM)-\d{2}$/,
  'pci-dss-4.0': /^(A\d\.)?\d+\.\d+(\.\d+)*$/,
};

describe('framework mappings (issue 11)', () => {
  it('covers the five frameworks, CIS in its current version and v3.0', () => {
    assert.deepEqual(
      COMPLIANCE_FRAMEWORKS.map((f) => f.id),
      ['cis-aws-5.0', 'cis-aws-3.0', 'aws-fsbp', 'nist-800-53-r5', 'csa-ccm-v4', 'pci-dss-4.0'],
    );
  });

  it('writes every control id in its framework’s own form, once, with a title', () => {
    for (const f of COMPLIANCE_FRAMEWORKS) {
      const ids = f.controls.map((c) => c.id);
      assert.deepEqual(ids, [...new Set(ids)], `${f.id}: an id listed twice`);
      for (const c of f.controls) {
        assert.match(c.id, ID_SHAPE[f.id] as RegExp, `${f.id} ${c.id}`);
        assert.ok(c.title.length > 5, `${f.id} ${c.id} title`);
      }
    }
  });

  it('names only duties and domains the model defines', () => {
    for (const f of COMPLIANCE_FRAMEWORKS) {
      for (const c of f.controls) {
        for (const duty of c.duties) assert.ok(DUTIES.has(duty), `${f.id} ${c.id}: no duty '${duty}'`);
        for (const d of c.inherited ?? [])
          assert.ok(DOMAIN_IDS.includes(d), `${f.id} ${c.id}: no domain '${d}'`);
      }
    }
  });

  it("agrees with every check's own CIS v3.0 and FSBP ids: the control names the check's duty", () => {
    const cis = complianceFramework('cis-aws-3.0');
    const fsbp = complianceFramework('aws-fsbp');
    for (const check of CHECKS) {
      for (const [framework, ids] of [
        [cis, check.frameworks['cis-aws-3.0'] ?? []],
        [fsbp, check.frameworks['aws-fsbp'] ?? []],
      ] as const) {
        for (const id of ids) {
          const control = framework?.controls.find((c) => c.id === id);
          assert.ok(control, `${check.id}: ${framework?.id} ${id} is not in the model`);
          assert.ok(
            control.duties.includes(check.duty ?? ''),
            `${check.id}: ${id} does not name ${check.duty}`,
          );
        }
      }
    }
  });

  it('maps every duty a check or an attestation evidences to at least one NIST SP 800-53 control', () => {
    const evidenced = new Set(CHECKS.map((c) => c.duty).filter((d): d is string => d !== undefined));
    for (const id of evidenced) {
      assert.ok(
        controlsOfDuty(id).some((c) => c.framework === 'nist-800-53-r5'),
        `${id} maps to no NIST control`,
      );
    }
  });

  it('gives the AWS-only controls (physical security) no customer duty', () => {
    const pe3 = complianceFramework('nist-800-53-r5')?.controls.find((c) => c.id === 'PE-3');
    assert.deepEqual(pe3?.duties, []);
    assert.deepEqual(pe3?.inherited, ['physical']);
  });
});
