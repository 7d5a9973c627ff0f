import { regionJurisdiction } from '../model/regions.js';
import { ATTESTABLE_DUTIES, ATTESTABLE_DUTY_IDS, DEFAULT_REQUIREMENTS, ownEntry } from './policy.js';

/** What `demarc init` learned about the estate it is pointed at. */
export interface EstateFacts {
  /** What was looked at, for the header comment (a snapshot file, the demo). */
  source: string;
  accounts: readonly string[];
  /** Regions holding resources ('global' left out). */
  regions: readonly string[];
  resources: number;
  /** Tag keys that look like data classification, most used first, with their values' counts. */
  classificationTags: readonly { key: string; resources: number; values: Readonly<Record<string, number>> }[];
}

const DEFAULT_LEVELS = ['public', 'internal', 'confidential', 'restricted'];
const DEFAULT_TAG_KEY = 'DataClassification';

/** Tag keys people use for data classification. */
export function looksLikeClassificationKey(key: string): boolean {
  return /classif|sensitiv|confidential/i.test(key);
}

/**
 * The jurisdictions the estate already uses, as policy entries: EU for EU regions, the country
 * code elsewhere (US, CH, GB, …). Regions demarc cannot place are returned apart.
 */
export function jurisdictionsOf(regions: readonly string[]): { entries: string[]; unplaced: string[] } {
  const entries = new Set<string>();
  const unplaced: string[] = [];
  for (const region of regions) {
    const place = regionJurisdiction(region);
    if (!place) unplaced.push(region);
    else entries.add(place.groups.includes('EU') ? 'EU' : place.country);
  }
  return { entries: [...entries].sort(), unplaced };
}

function yamlString(value: string): string {
  return /^[\w./@-]+$/.test(value) && !/^\d/.test(value) ? value : JSON.stringify(value);
}

function requirementLines(level: string): string[] {
  const stated = ownEntry(DEFAULT_REQUIREMENTS, level) ?? {};
  const entries = Object.entries(stated);
  if (entries.length === 0) return [`    ${level}: {}`];
  return [`    ${level}:`, ...entries.map(([k, v]) => `      ${k}: ${v}`)];
}

function classificationSection(facts: EstateFacts | undefined): string[] {
  const found = facts?.classificationTags[0];
  const key = found?.key ?? DEFAULT_TAG_KEY;
  const lines = [
    'classification:',
    '  # The tag that carries a resource’s data classification (matched case-insensitively).',
  ];
  if (facts && found) {
    const values = Object.entries(found.values)
      .sort(([, a], [, b]) => b - a)
      .map(([v, n]) => `${v} ${n}`)
      .join(', ');
    lines.push(`  # Found on ${found.resources} of ${facts.resources} resources: ${values}.`);
    const unknown = Object.keys(found.values).filter((v) => !DEFAULT_LEVELS.includes(v.toLowerCase()));
    if (unknown.length > 0) {
      lines.push(
        `  # Not a level below, so treated as the default: ${unknown.join(', ')}. Add them to levels or retag.`,
      );
    }
    for (const other of facts.classificationTags.slice(1)) {
      lines.push(`  # Also seen: ${other.key} on ${other.resources} resources.`);
    }
  } else if (facts) {
    lines.push('  # No classification tag was found on the estate: every resource gets the default level.');
  }
  lines.push(
    `  tagKey: ${yamlString(key)}`,
    '  # Levels, least sensitive first. A resource whose tags could not be read is held to the last one.',
    `  levels: [${DEFAULT_LEVELS.join(', ')}]`,
    '  # Level of resources without the tag.',
    '  default: internal',
    '  # What each level demands; a level starts from the one below it. demarc’s defaults are spelled out.',
    '  #   minKeyCustody: none < aws-owned < aws-managed < customer-managed < customer-managed-external < client-side',
    '  #   encryptionInTransit, accessLogging, dedicatedTenancy, privateNetwork, codeSigning: true/false;',
    '  #   backupRetentionDays: days',
    '  #   allowedJurisdictions: narrows jurisdictions.allowed for this level',
    '  requirements:',
    ...DEFAULT_LEVELS.flatMap(requirementLines),
  );
  return lines;
}

function jurisdictionSection(facts: EstateFacts | undefined): string[] {
  const lines = [
    '# Where data may be stored at all: groups (EU, EEA, GOVCLOUD, CHINA, EUSC), ISO country codes',
    '# (US, DE, CH; US also covers GovCloud) or region codes (eu-west-1).',
  ];
  const { entries, unplaced } = jurisdictionsOf(facts?.regions ?? []);
  if (entries.length === 0) {
    lines.push('# Nothing is enforced until you list them, e.g.:', '# jurisdictions:', '#   allowed: [EU]');
    return lines;
  }
  lines.push(
    `# Pre-filled with where the estate runs today (${facts?.regions.join(', ')}): narrow it to where it may.`,
  );
  if (unplaced.length > 0)
    lines.push(`# demarc cannot place ${unplaced.join(', ')}; add them by region code if allowed.`);
  lines.push('jurisdictions:', `  allowed: [${entries.join(', ')}]`);
  return lines;
}

function attestationSection(): string[] {
  return [
    '# Duties no API can show, attested by a person with a link to the evidence. Each counts from',
    '# `date` through `expires`; the matrix shows it as attested (◆), expired (!) or missing (·).',
    `# duty: ${ATTESTABLE_DUTY_IDS.join(', ')}`,
    '# (left out, the duty of the domain: e.g. awareness-training is security-awareness-training).',
    'attestations: []',
    '#  - id: security-awareness-training-2026',
    `#    duty: security-awareness-training`,
    `#    domain: ${ATTESTABLE_DUTIES['security-awareness-training'].domain}`,
    '#    statement: All staff with AWS access completed security awareness training.',
    '#    attestedBy: Jane Doe, Head of Security',
    '#    date: "2026-03-01"',
    '#    expires: "2027-03-01"',
    '#    evidence: https://intranet.example/security/training-report-2026',
  ];
}

function exceptionSection(facts: EstateFacts | undefined): string[] {
  const account = facts?.accounts[0] ?? '123456789012';
  const region = facts?.regions[0] ?? 'eu-west-1';
  return [
    '# Accepted risks. A matching failed or not-assessed finding stays in the report, marked',
    '# suppressed with the reason, and no longer fails --fail-on. After `expires` the exception stops',
    '# suppressing and is reported as expired; one that matches nothing is reported as unused.',
    '# Every field is required; resource needs at least one of arn (* and ? wildcards), account,',
    '# region, tags (all stated ones must match).',
    'exceptions: []',
    '#  - id: legacy-sftp-public-ssh',
    '#    check: vpc-security-group-no-public-admin-ports      # or a list; `demarc checks` lists ids',
    '#    resource:',
    `#      arn: "arn:aws:ec2:${region}:${account}:security-group/sg-*"`,
    '#      tags: { Team: partners }',
    '#    reason: Partner SFTP needs SSH from changing IPs until the move to AWS Transfer Family.',
    '#    owner: Alex Smith, Platform Lead',
    '#    expires: "2026-12-31"',
  ];
}

function storeSection(): string[] {
  return [
    '# The scan history (demarc history, diff, serve). location says where (a SQLite file relative to',
    '# this file, or postgres://user@host/db with the password in PGPASSWORD); save: true keeps every',
    '# scan without --save. Left empty: --save keeps a scan in ~/.local/share/demarc/demarc.db.',
    'store: {}',
    '#  location: .demarc/history.db',
    '#  save: true',
  ];
}

/**
 * A commented demarc.yaml to start from. With facts about an estate, the classification tag and
 * jurisdictions are taken from it; without, it is demarc's defaults with examples.
 */
export function starterPolicy(facts?: EstateFacts): string {
  const header = [
    '# demarc policy: how much protection each kind of data needs, where it may live, which risks are',
    '# accepted and which duties outside AWS are attested. Reference: docs/policy.md;',
    '# JSON Schema: `demarc schema policy`.',
  ];
  if (facts) {
    header.push(
      `# Started by \`demarc init\` from ${facts.source}: ${facts.resources} resources in account(s)`,
      `# ${facts.accounts.join(', ') || '(none)'}, region(s) ${facts.regions.join(', ') || '(none)'}.`,
    );
  }
  return `${[
    ...header,
    'version: 1',
    '',
    ...classificationSection(facts),
    '',
    ...jurisdictionSection(facts),
    '',
    ...attestationSection(),
    '',
    ...exceptionSection(facts),
    '',
    ...storeSection(),
  ].join('\n')}\n`;
}
