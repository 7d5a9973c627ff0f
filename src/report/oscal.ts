import { createHash } from 'node:crypto';
import type { AccountRow, CheckInfo, MatrixCell, MatrixRow, ScanResult } from '../engine/result.js';
import { DOMAINS } from '../model/domains.js';
import { citationText, coverageText } from './coverage.js';
import { jsonChunks } from './json-chunks.js';
import { mdText } from './markdown.js';

/**
 * The responsibility matrix and its evidence as an OSCAL System Security Plan (JSON), written
 * from the customer's side: the system is the scanned AWS estate, each AWS service in it is a
 * component, and each responsibility domain is an implemented requirement. For every service, a
 * by-component statement says who holds the duty, in OSCAL's own terms for leveraged systems:
 * `inherited` for what AWS provides (owner aws or shared) and `satisfied` for what falls to the
 * customer (owner customer or shared), with demarc's evidence as props and implementation-status.
 * The control ids are demarc's responsibility domains, described in back-matter; the document
 * imports that resource as its profile, because no NIST catalog has controls for them.
 *
 * UUIDs are name-based (v5): a component, requirement or statement keeps its UUID from scan to
 * scan, so tools can diff two plans; the plan's own UUID changes with every scan.
 */
export const OSCAL_VERSION = '1.2.3';
/** Namespace of demarc's own props (OSCAL requires one for names it does not define). */
export const DEMARC_NS = 'urn:demarc:oscal';

const NAMESPACE = Buffer.from('ba04142b768545febf85520a95c69ea0', 'hex');

/** RFC 4122 version 5 UUID of a name in demarc's namespace. */
export function uuidFor(name: string): string {
  const hash = createHash('sha1').update(NAMESPACE).update(name, 'utf8').digest();
  hash[6] = ((hash[6] as number) & 0x0f) | 0x50;
  hash[8] = ((hash[8] as number) & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const prop = (name: string, value: string | number) => ({ name, ns: DEMARC_NS, value: String(value) });

const AWS_PARTY = uuidFor('party:aws');
const CUSTOMER_PARTY = uuidFor('party:customer');
const DOMAINS_RESOURCE = uuidFor('resource:responsibility-domains');

const rowKey = (row: MatrixRow) => `${row.service}${row.tenancy ? `|${row.tenancy}` : ''}`;
const accountKey = (row: AccountRow) => `account|${row.account ?? '*'}`;
const componentUuid = (key: string) => uuidFor(`component:${key}`);

/** A row as a statement needs it: its key, and the page that decides cells naming none. */
interface StatementRow {
  key: string;
  name: string;
  reference?: string;
  referenceRead?: string;
}
const checkResourceUuid = (checkId: string) => uuidFor(`resource:check:${checkId}`);

/** OSCAL implementation state from demarc's evidence; unknown evidence claims no state at all. */
const IMPLEMENTATION_STATE: Partial<Record<MatrixCell['evidence'], string>> = {
  pass: 'implemented',
  attested: 'implemented',
  fail: 'partial',
  partial: 'partial',
};

function byComponent(row: StatementRow, cell: MatrixCell): Record<string, unknown> {
  const key = `${row.key}:${cell.domain}`;
  const { pass, fail, not_assessed } = cell.counts;
  const customerSide = cell.owner !== 'aws';
  const awsSide = cell.owner !== 'customer';
  const state = customerSide ? IMPLEMENTATION_STATE[cell.evidence] : undefined;
  const evidence =
    pass + fail + not_assessed > 0
      ? `demarc's checks: ${pass} passed, ${fail} failed, ${not_assessed} not assessed.`
      : cell.evidence === 'attested'
        ? `Attested in the policy (${cell.attestations.join(', ')}).`
        : cell.evidence === 'expired'
          ? `The attestation has expired (${cell.attestations.join(', ')}).`
          : 'No check or attestation evidences it yet.';
  const coverage = coverageText(cell);
  const duties = coverage ? ` Duties: ${coverage}.` : '';
  return {
    'component-uuid': componentUuid(row.key),
    uuid: uuidFor(`by-component:${key}`),
    description: cell.reason,
    props: [
      prop('responsibility', cell.owner),
      prop('evidence', cell.evidence),
      ...(customerSide && pass + fail + not_assessed > 0
        ? [
            prop('findings-passed', pass),
            prop('findings-failed', fail),
            prop('findings-not-assessed', not_assessed),
          ]
        : []),
      ...cell.attestations.map((id) => prop('attestation', id)),
      ...(customerSide && cell.coverage
        ? [prop('duties', cell.coverage.duties), prop('duties-evidenced', cell.coverage.evidenced)]
        : []),
      ...(cell.duties ?? []).map((d) => prop('duty', `${d.id}=${d.evidence}`)),
      prop('citation', citationText(row, cell)),
    ],
    ...(cell.checks.length > 0 && {
      links: cell.checks.map((id) => ({ href: `#${checkResourceUuid(id)}`, rel: 'reference', text: id })),
    }),
    ...(state && { 'implementation-status': { state } }),
    ...(awsSide && {
      inherited: [
        {
          uuid: uuidFor(`inherited:${key}`),
          'provided-uuid': uuidFor(`provided:${key}`),
          description:
            cell.owner === 'aws'
              ? `Provided by AWS: ${cell.reason}`
              : `AWS's part of this shared duty is inherited: ${cell.reason}`,
          'responsible-roles': [{ 'role-id': 'cloud-service-provider', 'party-uuids': [AWS_PARTY] }],
        },
      ],
    }),
    ...(customerSide && {
      satisfied: [
        {
          uuid: uuidFor(`satisfied:${key}`),
          'responsibility-uuid': uuidFor(`responsibility:${key}`),
          description: `${cell.owner === 'shared' ? "The customer's part of this shared duty" : 'The customer holds this duty'}. ${evidence}${duties}`,
          'responsible-roles': [{ 'role-id': 'customer', 'party-uuids': [CUSTOMER_PARTY] }],
        },
      ],
    }),
  };
}

function component(row: MatrixRow): Record<string, unknown> {
  return {
    uuid: componentUuid(rowKey(row)),
    type: 'service',
    title: row.name,
    description: `${row.name}, a${row.category === 'infrastructure' ? 'n' : ''} ${row.category} service in AWS's shared responsibility model.${row.tenancyNote ? ` ${row.tenancyNote}` : ''}`,
    props: [
      prop('aws-service', row.service),
      prop('service-category', row.category),
      ...(row.tenancy ? [prop('tenancy', row.tenancy)] : []),
    ],
    links: [{ href: row.reference, rel: 'reference', text: 'AWS security documentation for the service' }],
    status: { state: 'operational' },
    'responsible-roles': [{ 'role-id': 'cloud-service-provider', 'party-uuids': [AWS_PARTY] }],
  };
}

/** The account row as a component: the duties held once per account or organization. */
function accountComponent(row: AccountRow): Record<string, unknown> {
  return {
    uuid: componentUuid(accountKey(row)),
    type: 'service',
    title: row.name,
    description: `${row.name}: duties held once per account or organization (root credentials, the trail, incident response, training, reviews), not per service.`,
    ...(row.account && { props: [prop('aws-account-id', row.account)] }),
    status: { state: 'operational' },
    'responsible-roles': [{ 'role-id': 'customer', 'party-uuids': [CUSTOMER_PARTY] }],
  };
}

function checkResource(check: CheckInfo): Record<string, unknown> {
  return {
    uuid: checkResourceUuid(check.id),
    title: check.title,
    description: `demarc check ${check.id}. Remediation: ${check.remediation.text}`,
    props: [prop('check-id', check.id), prop('severity', check.severity), prop('domain', check.domain)],
  };
}

export function oscalSsp(result: ScanResult): Record<string, unknown> {
  const { meta, matrix, summary } = result;
  const accounts = meta.accounts.length > 0 ? meta.accounts.join(', ') : 'no account';
  const inputs = meta.source.inputs.join(', ') || meta.source.kind;
  const regions = meta.regions.length > 0 ? meta.regions.join(', ') : 'no region';
  const classifications = [...new Set(result.findings.map((f) => f.resource.classification))].sort();
  const accountRows = matrix.accounts ?? [];
  const cited = new Set(
    [...matrix.rows, ...accountRows].flatMap((r) => r.cells.flatMap((c: MatrixCell) => c.checks)),
  );
  const checks = Object.values(result.checks).filter((c) => cited.has(c.id));
  return {
    'system-security-plan': {
      uuid: uuidFor(`ssp:${meta.accounts.join(',')}:${inputs}:${meta.finishedAt}`),
      metadata: {
        title: `AWS shared responsibility for ${accounts}`,
        'last-modified': meta.finishedAt,
        version: meta.finishedAt,
        'oscal-version': OSCAL_VERSION,
        props: [prop('generator', `demarc ${meta.version}`), prop('policy', meta.policy)],
        roles: [
          { id: 'cloud-service-provider', title: 'Cloud service provider' },
          { id: 'customer', title: 'Customer: the owner of the AWS accounts' },
        ],
        parties: [
          { uuid: AWS_PARTY, type: 'organization', name: 'Amazon Web Services' },
          { uuid: CUSTOMER_PARTY, type: 'organization', name: `Owner of AWS account(s) ${accounts}` },
        ],
        'responsible-parties': [
          { 'role-id': 'cloud-service-provider', 'party-uuids': [AWS_PARTY] },
          { 'role-id': 'customer', 'party-uuids': [CUSTOMER_PARTY] },
        ],
      },
      'import-profile': {
        href: `#${DOMAINS_RESOURCE}`,
        remarks:
          'Control ids in this plan are the responsibility domains of the AWS Shared Responsibility Model as demarc defines them (see back-matter), not controls of a NIST catalog.',
      },
      'system-characteristics': {
        'system-ids': [
          {
            'identifier-type': 'https://ietf.org/rfc/rfc4122',
            id: uuidFor(`system:${meta.accounts.join(',')}`),
          },
        ],
        'system-name': `AWS estate ${accounts}`,
        description: `The AWS estate read from ${mdText(inputs, 400)} (${meta.source.kind}) in ${regions}: ${summary.resources} resources, judged by demarc ${mdText(meta.version)} on ${meta.finishedAt}.`,
        ...(meta.accounts.length > 0 && { props: meta.accounts.map((a) => prop('aws-account-id', a)) }),
        'system-information': {
          'information-types': (classifications.length > 0 ? classifications : ['unclassified']).map(
            (level) => ({
              uuid: uuidFor(`information-type:${level}`),
              title: `${level} data`,
              description: `Data in resources judged at the '${mdText(level)}' classification level of the policy.`,
            }),
          ),
        },
        status: { state: 'operational' },
        'authorization-boundary': {
          description: `The resources of AWS account(s) ${accounts} in ${regions} that demarc read${result.coverage.complete ? '' : ` (coverage incomplete: ${result.coverage.gaps.length} part(s) could not be read)`}.`,
        },
      },
      'system-implementation': {
        components: [
          {
            uuid: uuidFor(`this-system:${meta.accounts.join(',')}`),
            type: 'this-system',
            title: `AWS estate ${accounts}`,
            description: 'The customer workload running on the AWS services below.',
            status: { state: 'operational' },
            'responsible-roles': [{ 'role-id': 'customer', 'party-uuids': [CUSTOMER_PARTY] }],
          },
          ...matrix.rows.map(component),
          ...accountRows.map(accountComponent),
        ],
      },
      'control-implementation': {
        description:
          'One implemented requirement per responsibility domain. For each AWS service in the estate, and once per account for the duties held at account level, a by-component statement gives the owner of the duty (prop responsibility: aws, customer or shared), what is inherited from AWS, what the customer must satisfy, and the evidence demarc found.',
        'implemented-requirements': DOMAINS.map(({ id }) => {
          const statements = [
            ...matrix.rows.map((row) => ({ row: { ...row, key: rowKey(row) }, cells: row.cells })),
            ...accountRows.map((row) => ({
              row: { key: accountKey(row), name: row.name },
              cells: row.cells,
            })),
          ].flatMap(({ row, cells }) => {
            const cell = cells.find((c) => c.domain === id);
            return cell ? [byComponent(row, cell)] : [];
          });
          return {
            uuid: uuidFor(`requirement:${id}`),
            'control-id': id,
            ...(statements.length > 0 && { 'by-components': statements }),
          };
        }),
      },
      'back-matter': {
        resources: [
          {
            uuid: DOMAINS_RESOURCE,
            title: 'demarc responsibility domains',
            description: DOMAINS.map((d) => `- ${d.id}: ${d.title}`).join('\n'),
          },
          ...checks.map(checkResource),
        ],
      },
    },
  };
}

export function renderOscal(result: ScanResult): string {
  return [...jsonChunks(oscalSsp(result), 2)].join('');
}
