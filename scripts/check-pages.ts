/**
 * Writes docs/checks/<id>.md for every check, and docs/checks/README.md indexing them, from the
 * checks' metadata, the responsibility model and the IaC examples beside each check (examples.ts).
 * Run `npm run docs:checks`; a test fails when a page is missing or stale.
 *
 * A script, not a `demarc` command: it reads the checks' examples.ts, which the npm package does
 * not ship, and it writes into the repository — a maintainer's step, not a user's.
 * The page text is a pure function of its inputs (checkPage, indexPage); only main() does I/O.
 */
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AnyCheck, IacCoverage } from '../src/checks/check.js';
import { type Example, languageOf } from '../src/checks/example.js';
import { CHECKS } from '../src/checks/registry.js';
import { evaluate } from '../src/engine/run.js';
import { Inventory } from '../src/inventory/inventory.js';
import { domainTitle } from '../src/model/domains.js';
import { isServiceId, SERVICE_IDS, type ServiceId } from '../src/model/responsibility.js';
import { responsibilityFor, serviceModel } from '../src/model/services.js';
import { FRAMEWORK_TITLES, type FrameworkId } from '../src/model/vocabulary.js';
import { DEFAULT_POLICY } from '../src/policy/policy.js';
import { CHECK_DOCS_BASE } from '../src/report/check-docs.js';
import { CHECK_EXAMPLES, checkFolder, readExample } from '../test/helpers/examples.js';

/** The repository root, from scripts/ or dist/scripts/ alike. */
export const REPO_ROOT = fileURLToPath(
  new URL(import.meta.url.includes('/dist/scripts/') ? '../../' : '../', import.meta.url),
);

export const DOCS_DIR = join(REPO_ROOT, CHECK_DOCS_BASE);

/** An example, the path findings on it show, and what demarc says of it. */
interface ExampleText extends Example {
  readonly path: string;
  /** The check's verdicts on the example's resources, as demarc reads the snippet. */
  readonly verdicts: readonly { status: string; reason: string }[];
}

/** The moment examples are judged at, fixed so that pages do not change with the day they are made. */
const JUDGED_AT = new Date('2026-11-01T12:00:00Z');

/** The check's distinct verdicts on one example, read by its format's reader under the default policy. */
function verdictsOn(check: AnyCheck, example: (typeof CHECK_EXAMPLES)[number]) {
  const read = readExample(example);
  const findings = evaluate(new Inventory(read.resources), DEFAULT_POLICY, [check], JUDGED_AT);
  const distinct = new Map(
    findings.map((f) => [`${f.status}|${f.reason}`, { status: f.status, reason: f.reason }]),
  );
  return [...distinct.values()];
}

const FORMAT_TITLES: Readonly<Record<Example['format'], string>> = {
  cloudformation: 'CloudFormation',
  'terraform-hcl': 'Terraform (HCL)',
  'terraform-plan': 'Terraform plan (JSON)',
};

const VERDICT_TITLES: Record<ExampleText['expect'], string> = {
  fail: 'fails',
  pass: 'passes',
  not_assessed: 'is not assessed',
};

const SNIPPETS = [
  { key: 'cli', title: 'AWS CLI', fence: 'sh' },
  { key: 'cloudformation', title: 'CloudFormation', fence: 'yaml' },
  { key: 'terraform', title: 'Terraform', fence: 'hcl' },
] as const;

/** A fenced block whose fence is longer than any run of backticks inside it. */
function fenced(text: string, language: string): string[] {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return [`${fence}${language}`, text.replace(/\n+$/, ''), fence];
}

function coverageText(coverage: IacCoverage): string {
  if (typeof coverage === 'object') return `cannot decide (${coverage.never})`;
  return { both: 'pass and fail', 'pass-only': 'pass only', 'fail-only': 'fail only' }[coverage];
}

/** The duty a check evidences, when its metadata names one (the field is being added to every check). */
function dutyOf(check: AnyCheck): string | undefined {
  const duty = (check as { duty?: unknown }).duty;
  return typeof duty === 'string' && duty !== '' ? duty : undefined;
}

/** The matrix rows the check's verdicts land in: its own service and the rows it also evidences. */
function rowsOf(check: AnyCheck): ServiceId[] | 'all' | 'each' {
  if (check.evidences === 'all') return 'all';
  const rows = new Set<ServiceId>();
  if (isServiceId(check.service)) rows.add(check.service);
  for (const s of check.evidences ?? []) rows.add(s);
  return rows.size > 0 ? SERVICE_IDS.filter((s) => rows.has(s)) : 'each';
}

function cellLines(check: AnyCheck): string[] {
  const domain = domainTitle(check.domain);
  const rows = rowsOf(check);
  if (rows === 'all') {
    return [
      `Every service's row, column **${domain}**: an account-wide duty the customer holds for all of them.`,
    ];
  }
  if (rows === 'each') {
    return [`Column **${domain}**, in the row of each judged resource's service.`];
  }
  const lines: string[] = [];
  for (const service of rows) {
    const cell = responsibilityFor(service, check.domain);
    lines.push(`- **${serviceModel(service).name} × ${domain}**: owner \`${cell.owner}\`. ${cell.reason}`);
    if (cell.split) lines.push(`  - AWS: ${cell.split.aws}`, `  - You: ${cell.split.customer}`);
  }
  return lines;
}

function frameworkLines(check: AnyCheck): string[] {
  const entries = Object.entries(check.frameworks).filter(([, ids]) => ids && ids.length > 0);
  if (entries.length === 0) return ['No framework control maps to this check yet.'];
  return entries.map(
    ([fw, ids]) => `- ${FRAMEWORK_TITLES[fw as FrameworkId] ?? fw}: ${(ids as string[]).join(', ')}`,
  );
}

function exampleLines(check: AnyCheck, examples: readonly ExampleText[]): string[] {
  if (examples.length === 0) return ['This check has no IaC examples: IaC cannot decide it.'];
  const lines: string[] = [
    `Each snippet below sits in \`${checkFolder(check)}/examples.ts\`; demarc reads it in its tests and gives the verdict shown.`,
  ];
  for (const ex of examples) {
    const title = `${FORMAT_TITLES[ex.format]}: ${VERDICT_TITLES[ex.expect]}`;
    const path = ex.path;
    const said = ex.verdicts.map((v) => `demarc says **${v.status.replace('_', ' ')}**: ${v.reason}`);
    const body = [
      ...(ex.note ? [ex.note, ''] : []),
      ...fenced(ex.source, languageOf(ex)),
      ...said.flatMap((line) => ['', line]),
    ];
    // Templates and HCL read well inline; plan JSON is long, so it folds.
    if (ex.format !== 'terraform-plan') lines.push('', `### ${title}`, '', `\`${path}\``, '', ...body);
    else
      lines.push(
        '',
        `<details><summary>${title} (<code>${path}</code>)</summary>`,
        '',
        ...body,
        '',
        '</details>',
      );
  }
  return lines;
}

function remediationLines(check: AnyCheck): string[] {
  const lines = [check.remediation.text];
  for (const { key, title, fence } of SNIPPETS) {
    const snippet = check.remediation[key];
    if (snippet) lines.push('', `${title}:`, '', ...fenced(snippet, fence));
  }
  return lines;
}

function suppressLines(check: AnyCheck): string[] {
  const arn = check.resourceTypes.includes('S3Bucket')
    ? 'arn:aws:s3:::my-bucket'
    : 'arn:aws:*:*:*:my-resource*';
  return [
    'Fix the resource where you can. Where the risk is accepted, say so in `demarc.yaml`: the finding stays',
    'in every report, marked suppressed with the reason, owner and expiry, and stops failing `--fail-on`',
    'until the exception expires (see [the policy file](../policy.md#exceptions-accepted-risk)).',
    '',
    ...fenced(
      [
        'exceptions:',
        `  - id: accept-${check.id}`,
        `    check: ${check.id}`,
        '    resource:',
        `      arn: "${arn}"    # or account, region, tags; every field given must match`,
        '    reason: Why the risk is accepted, and until what change.',
        '    owner: Name, role',
        '    expires: "2027-06-30"',
      ].join('\n'),
      'yaml',
    ),
    '',
    "Or beside the resource: in a CloudFormation template, under the resource's `Metadata`",
    '',
    ...fenced(
      [
        'Metadata:',
        '  demarc:',
        '    suppress:',
        `      - check: ${check.id}`,
        '        reason: Why the risk is accepted.',
      ].join('\n'),
      'yaml',
    ),
    '',
    `and in Terraform, as a tag on the resource: \`"demarc:suppress:${check.id}" = "<why the risk is accepted>"\`.`,
  ];
}

/** The page of one check, as Markdown. */
export function checkPage(check: AnyCheck, examples: readonly ExampleText[]): string {
  const duty = dutyOf(check);
  const iac = `CloudFormation: ${coverageText(check.iac.cloudformation)}; Terraform: ${coverageText(check.iac.terraform)}`;
  const lines = [
    `# ${check.id}`,
    '',
    `<!-- Generated by \`npm run docs:checks\` from ${checkFolder(check)}/; edit the check, not this page. -->`,
    '',
    `**${check.title}.**`,
    '',
    '| | |',
    '| --- | --- |',
    `| Severity | ${check.severity} |`,
    `| Service | ${check.service} |`,
    `| Responsibility domain | ${domainTitle(check.domain)} (\`${check.domain}\`) |`,
    ...(duty ? [`| Duty | \`${duty}\` |`] : []),
    `| Resource types | ${check.resourceTypes.map((t) => `\`${t}\``).join(', ')} |`,
    `| Decided from IaC | ${iac} |`,
    '',
    '## What it checks',
    '',
    `Each ${check.resourceTypes.map((t) => `\`${t}\``).join(', ')} resource in the scan gets a verdict: pass, fail, or not assessed when demarc could not learn the value (a failed API call, a value the template cannot state) — never a pass it could not see.`,
    '',
    '## Why it is yours: the matrix cell',
    '',
    ...cellLines(check),
    '',
    '## Frameworks',
    '',
    ...frameworkLines(check),
    '',
    '## Examples',
    '',
    ...exampleLines(check, examples),
    '',
    '## Remediation',
    '',
    ...remediationLines(check),
    '',
    '## Suppressing it',
    '',
    ...suppressLines(check),
  ];
  return `${lines.join('\n')}\n`;
}

/** docs/checks/README.md: every check, by service, linked to its page. */
function indexPage(checks: readonly AnyCheck[]): string {
  const lines = [
    '# Checks',
    '',
    '<!-- Generated by `npm run docs:checks`; edit the checks, not this page. -->',
    '',
    `${checks.length} checks. Every report links each check to its page here (\`${CHECK_DOCS_BASE}<id>.md\`,`,
    'a path in the repository and in the npm package).',
    '',
    '| Check | Severity | Service | Domain |',
    '| --- | --- | --- | --- |',
  ];
  const sorted = [...checks].sort((a, b) => a.service.localeCompare(b.service) || a.id.localeCompare(b.id));
  for (const c of sorted) {
    lines.push(
      `| [${c.id}](${c.id}.md) — ${c.title} | ${c.severity} | ${c.service} | ${domainTitle(c.domain)} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** A check's examples with what demarc says of each (a check outside the registry has none). */
export async function examplesOf(check: AnyCheck): Promise<ExampleText[]> {
  return CHECK_EXAMPLES.filter((e) => e.check.id === check.id).map((e) => ({
    ...e.example,
    path: e.path,
    verdicts: verdictsOn(check, e),
  }));
}

/** Every page the docs folder should hold, by file name. */
export async function expectedPages(checks: readonly AnyCheck[] = CHECKS): Promise<Map<string, string>> {
  const pages = new Map<string, string>([['README.md', indexPage(checks)]]);
  for (const check of checks) pages.set(`${check.id}.md`, checkPage(check, await examplesOf(check)));
  return pages;
}

async function main(): Promise<void> {
  const pages = await expectedPages();
  // Pages of checks that no longer exist go, so the folder always matches the registry.
  for (const file of readdirSync(DOCS_DIR)) {
    if (file.endsWith('.md') && !pages.has(file)) rmSync(join(DOCS_DIR, file));
  }
  for (const [file, text] of pages) writeFileSync(join(DOCS_DIR, file), text);
  process.stdout.write(`${pages.size - 1} check pages and the index written to ${CHECK_DOCS_BASE}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
