import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { TEST_NOW } from '../../test/helpers/checks.js';
import { demoScan, readSchema } from '../../test/helpers/scans.js';
import { CHECKS } from '../checks/registry.js';
import { buildMatrix } from '../engine/matrix.js';
import { COMPLIANCE_FRAMEWORKS, complianceFramework } from '../model/frameworks/index.js';
import { SERVICE_IDS } from '../model/responsibility.js';
import {
  frameworkComponentDefinition,
  renderFrameworkCsv,
  renderFrameworkText,
} from './framework-formats.js';
import { controlsView } from './framework-view.js';
import { styler } from './style.js';

const demo = demoScan();
const byId = (id: string) => controlsView(demo.matrix, 'nist-800-53-r5').controls.find((c) => c.id === id);

describe('framework views: per control, who holds it and what backs it', () => {
  it('accounts for every control of every framework', () => {
    for (const f of COMPLIANCE_FRAMEWORKS) {
      const view = controlsView(demo.matrix, f.id);
      assert.deepEqual(
        view.controls.map((c) => c.id),
        f.controls.map((c) => c.id),
      );
      const { aws, shared, customer } = view.totals;
      assert.equal(aws + shared + customer, f.controls.length);
    }
  });

  it('inherits physical controls from AWS, with no customer evidence claimed', () => {
    const pe3 = byId('PE-3');
    assert.equal(pe3?.responsibility, 'aws');
    assert.equal(pe3?.inheritable, 'yes');
    assert.equal(pe3?.status, 'inherited');
    assert.deepEqual(pe3?.provided, ['Physical and facilities']);
  });

  it('lists controls no check and no attestation can evidence as such, never as met', () => {
    assert.equal(byId('RA-5')?.status, 'not_evidenceable');
    assert.equal(byId('RA-5')?.responsibility, 'customer');
    for (const f of COMPLIANCE_FRAMEWORKS) {
      for (const c of controlsView(demo.matrix, f.id).controls) {
        if (c.status !== 'met') continue;
        assert.ok(c.duties.length > 0, `${f.id} ${c.id} met with no duty`);
        assert.ok(
          c.duties.every((d) => d.evidence === 'pass' || d.evidence === 'attested'),
          `${f.id} ${c.id} met with a duty not held`,
        );
      }
    }
  });

  it('shares training with AWS and takes the attestation as its evidence', () => {
    const at2 = byId('AT-2');
    assert.equal(at2?.responsibility, 'shared');
    assert.equal(at2?.inheritable, 'partial');
    assert.equal(at2?.status, 'met', 'the demo policy attests training');
  });

  it('is never met from the model alone: without a scan every evidenceable control has no evidence yet', () => {
    const matrix = buildMatrix(
      SERVICE_IDS.map((service) => ({ service })),
      CHECKS,
      [],
      TEST_NOW,
    );
    const view = controlsView(matrix, 'cis-aws-5.0');
    assert.equal(view.totals.met ?? 0, 0);
    assert.equal(view.controls.find((c) => c.id === '1.4')?.status, 'no_evidence');
  });

  it('prints each control with its owner and evidence in the terminal', () => {
    const text = renderFrameworkText(controlsView(demo.matrix, 'nist-800-53-r5'), styler(false));
    assert.match(text, /^PE-3 +Physical Access Control — inherited from AWS: inherited from AWS$/m);
    assert.match(
      text,
      /^RA-5 +Vulnerability Monitoring and Scanning — customer: no check or attestation can evidence it$/m,
    );
    assert.match(
      text,
      /duty iam\.identity\.unused-credentials-removed: fail \[iam-user-unused-credentials\]/,
    );
  });

  it('gives a FedRAMP-style customer responsibility matrix as CSV: can be inherited yes / partial / no', () => {
    const view = controlsView(demo.matrix, 'nist-800-53-r5');
    const csv = renderFrameworkCsv(view);
    const lines = csv.split('\r\n').filter(Boolean);
    assert.equal(lines.length, view.controls.length + 1);
    assert.match(lines[0] ?? '', /^Control ID,Control Title,Responsibility,Can Be Inherited,/);
    assert.ok(lines.some((l) => l.startsWith('PE-3,Physical Access Control,inherited from AWS,yes,')));
    assert.ok(lines.some((l) => l.startsWith('RA-5,Vulnerability Monitoring and Scanning,customer,no,')));
    assert.ok(lines.some((l) => /^AT-2,Literacy Training and Awareness,shared,partial,/.test(l)));
  });

  it('writes an OSCAL component definition whose exports say what AWS provides and what the customer must do', () => {
    const view = controlsView(demo.matrix, 'nist-800-53-r5');
    const doc = frameworkComponentDefinition(view, TEST_NOW) as {
      'component-definition': {
        components: {
          'control-implementations': {
            source: string;
            'implemented-requirements': {
              'control-id': string;
              props: { name: string; value: string }[];
              export: { provided?: unknown[]; responsibilities?: unknown[] };
            }[];
          }[];
        }[];
      };
    };
    const impl = doc['component-definition'].components[0]?.['control-implementations'][0];
    assert.equal(impl?.source, complianceFramework('nist-800-53-r5')?.catalog);
    const requirements = impl?.['implemented-requirements'] ?? [];
    assert.equal(requirements.length, view.controls.length);
    // The export of each statement has the shape OSCAL gives a leveraged system's export.
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats.default(ajv);
    ajv.addSchema(readSchema('oscal-1.2.3-ssp.schema.json'), 'ssp');
    const validExport = ajv.compile({
      $ref: 'ssp#/definitions/oscal-ssp-oscal-ssp:by-component/properties/export',
    });
    for (const r of requirements) {
      const owner = r.props.find((p) => p.name === 'responsibility')?.value;
      assert.equal(Boolean(r.export.provided), owner !== 'customer', r['control-id']);
      assert.equal(Boolean(r.export.responsibilities), owner !== 'aws', r['control-id']);
      assert.ok(validExport(r.export), `${r['control-id']}: ${JSON.stringify(validExport.errors)}`);
    }
    assert.ok(
      requirements.some((r) => r['control-id'] === 'ac-2.3'),
      'NIST enhancements as OSCAL ids',
    );
  });
});
