import { describeGapWhere } from '../engine/gap-reasons.js';
import type { CheckInfo, Finding, ScanResult } from '../engine/result.js';
import { DOMAINS } from '../model/domains.js';
import type { Severity } from '../model/vocabulary.js';
import { checkDocUrl } from './check-docs.js';
import { checkOf, requirementsOf } from './finding-facts.js';
import { jsonChunks, LazyArray } from './json-chunks.js';
import { remediationMarkdown, remediationText } from './remediation.js';

/**
 * SARIF 2.1.0 for code scanning (GitHub and others): one rule per check that ran, one result per
 * failed or not-assessed finding. Passes are left out, as code scanning would show every result
 * as an alert. Locations are the template or plan file, relative to the repository root.
 */

type Level = 'error' | 'warning' | 'note';

const LEVELS: Record<Severity, Level> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
  info: 'note',
};

/** GitHub ranks security alerts by this CVSS-like number on the rule. */
const SECURITY_SEVERITY: Record<Severity, string> = {
  critical: '9.5',
  high: '8.0',
  medium: '5.5',
  low: '3.0',
  info: '0.0',
};

const DOMAIN_TITLES = new Map(DOMAINS.map((d) => [d.id, d.title]));

export function renderSarif(result: ScanResult): string {
  return [...sarifChunks(result)].join('');
}

/** The SARIF log streamed: its results are made one at a time. */
export function sarifChunks(result: ScanResult): Iterable<string> {
  const reported = result.findings.filter((f) => f.status !== 'pass');
  const ruleIds = [...new Set([...Object.keys(result.checks), ...reported.map((f) => f.checkId)])].sort();
  const ruleIndex = new Map(ruleIds.map((id, i) => [id, i]));
  const checkById = new Map(reported.map((f) => [f.checkId, checkOf(result, f)]));
  const rules = ruleIds.map((id) => rule(result.checks[id] ?? (checkById.get(id) as CheckInfo)));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'demarc',
            semanticVersion: result.meta.version,
            rules,
          },
        },
        automationDetails: { id: `demarc/${result.meta.source.kind}/` },
        invocations: [
          {
            executionSuccessful: true,
            startTimeUtc: result.meta.startedAt,
            endTimeUtc: result.meta.finishedAt,
            // What could not be read is said, not silently dropped.
            toolExecutionNotifications: result.coverage.gaps.map((gap) => ({
              level: 'error',
              message: { text: gap.file ? gap.error : `${gap.service}: ${describeGapWhere(gap)}` },
              // Where the call failed, for tools that group by it: two accounts' gaps stay apart.
              ...(!gap.file && {
                properties: { account: gap.account, service: gap.service, region: gap.region, api: gap.api },
              }),
              ...(gap.file && {
                locations: [{ physicalLocation: { artifactLocation: artifact(gap.file) } }],
              }),
            })),
          },
        ],
        results: new LazyArray(() =>
          (function* () {
            for (const f of reported) yield sarifResult(f, ruleIndex.get(f.checkId) as number);
          })(),
        ),
        columnKind: 'unicodeCodePoints',
      },
    ],
  };
  // log › runs › run › results › each result: results are opened, each result written whole.
  return jsonChunks(log, 4);
}

function rule(check: CheckInfo) {
  const requirements = requirementsOf(check);
  const domain = DOMAIN_TITLES.get(check.domain) ?? check.domain;
  const frameworkLines = requirements.map((r) => `- ${r.title}: ${r.id}`);
  return {
    id: check.id,
    name: pascalCase(check.id),
    shortDescription: { text: check.title },
    fullDescription: { text: `${check.title} (${domain}, ${check.service}).` },
    helpUri: checkDocUrl(check.id),
    help: {
      text: [remediationText(check.remediation), ...frameworkLines].filter(Boolean).join('\n'),
      markdown: [
        `**${escapeMarkdown(check.title)}**`,
        '',
        `Responsibility domain: ${domain}. Service: ${check.service}.`,
        '',
        ...remediationMarkdown(check.remediation, escapeMarkdown),
        ...(frameworkLines.length > 0 ? ['', 'Frameworks:', ...frameworkLines] : []),
        '',
        `More: [${checkDocUrl(check.id)}](${checkDocUrl(check.id)})`,
      ].join('\n'),
    },
    defaultConfiguration: { level: LEVELS[check.severity] },
    properties: {
      tags: ['security', check.domain, ...requirements.map((r) => `${r.framework}:${r.id}`)],
      'security-severity': SECURITY_SEVERITY[check.severity],
      precision: 'high',
    },
  };
}

function sarifResult(finding: Finding, ruleIndex: number) {
  const { resource } = finding;
  const assessed = finding.status === 'fail';
  return {
    ruleId: finding.checkId,
    ruleIndex,
    kind: assessed ? 'fail' : 'review',
    level: assessed ? LEVELS[finding.severity] : 'note',
    message: {
      text: assessed
        ? `${resource.name}: ${finding.reason}`
        : `${resource.name}: not assessed before deploy: ${finding.reason}`,
    },
    locations: [
      {
        ...(resource.source.file && {
          physicalLocation: {
            artifactLocation: artifact(resource.source.file),
            ...(resource.source.line && { region: { startLine: resource.source.line } }),
          },
        }),
        logicalLocations: [
          {
            name: resource.source.logicalId ?? resource.name,
            fullyQualifiedName: resource.id,
            kind: 'resource',
          },
        ],
      },
    ],
    // The finding's key: stable across runs and line moves, so code scanning tracks one alert per
    // check and resource (v2: the key also holds account and region, see engine/finding-key.ts).
    partialFingerprints: { 'demarcFinding/v2': finding.key },
    ...(finding.suppressed && {
      suppressions: [
        {
          kind: finding.suppressed.by === 'inline' ? 'inSource' : 'external',
          status: 'accepted',
          justification: finding.suppressed.reason,
        },
      ],
    }),
    properties: {
      severity: finding.severity,
      domain: finding.domain,
      resourceType: resource.type,
      ...(resource.region && { region: resource.region }),
      ...(finding.suppressed?.expires && { acceptedUntil: finding.suppressed.expires }),
    },
  };
}

function artifact(file: string) {
  // Per segment, so '#' and '?' in a file name stay part of the path.
  return { uri: file.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

function pascalCase(id: string): string {
  return id.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase());
}

function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_{}[\]<>()#+!|])/g, '\\$1');
}
