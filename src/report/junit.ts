import type { Finding, ScanResult } from '../engine/result.js';
import { checkOf } from './finding-facts.js';
import { remediationText } from './remediation.js';

/**
 * JUnit XML for CI test dashboards: one <testsuite> per check, one <testcase> per resource it
 * judged. A fail is a <failure>; a not-assessed verdict is <skipped> (nothing was proven either
 * way); a fail covered by an accepted risk is <skipped> too, because it no longer fails a run.
 */

/** Characters XML 1.0 cannot carry at all (C0 controls but tab and newlines, lone surrogates, U+FFFE/F). */
const NOT_XML =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters XML 1.0 forbids
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\n': '&#10;',
  '\r': '&#13;',
  '\t': '&#9;',
};

/** Text for an attribute value: markup escaped and line breaks kept as character references. */
function xmlAttr(value: unknown): string {
  return String(value)
    .replace(NOT_XML, '\uFFFD')
    .replace(/[&<>"'\n\r\t]/g, (c) => ESCAPES[c] as string);
}

/** Text for element content: line breaks stay as they are. */
function xmlText(value: unknown): string {
  return String(value)
    .replace(NOT_XML, '\uFFFD')
    .replace(/[&<>]/g, (c) => ESCAPES[c] as string);
}

function testcase(result: ScanResult, finding: Finding): string {
  const check = checkOf(result, finding);
  const { resource } = finding;
  const name = `${resource.type} ${resource.name} (${resource.id})`;
  const open = `    <testcase classname="demarc.${xmlAttr(check.id)}" name="${xmlAttr(name)}" time="0"`;
  const location = resource.source.file
    ? `\nSource: ${resource.source.file}${resource.source.line ? `:${resource.source.line}` : ''}`
    : '';
  if (finding.status === 'fail' && finding.suppressed) {
    const { by, reason, exceptionId } = finding.suppressed;
    const message = `accepted risk (${exceptionId ? `exception ${exceptionId}` : by}): ${reason}; finding: ${finding.reason}`;
    return `${open}>\n      <skipped message="${xmlAttr(message)}"/>\n    </testcase>`;
  }
  if (finding.status === 'fail') {
    const body = `${finding.reason}\nResource: ${resource.id}\nAccount: ${resource.account || '-'}  Region: ${resource.region}${location}\nRemediation: ${remediationText(check.remediation)}`;
    return `${open}>\n      <failure message="${xmlAttr(finding.reason)}" type="${xmlAttr(finding.severity)}">${xmlText(body)}</failure>\n    </testcase>`;
  }
  if (finding.status === 'not_assessed') {
    return `${open}>\n      <skipped message="${xmlAttr(`not assessed: ${finding.reason}`)}"/>\n    </testcase>`;
  }
  return `${open}/>`;
}

export function renderJunit(result: ScanResult): string {
  const byCheck = new Map<string, Finding[]>();
  for (const f of result.findings) {
    const list = byCheck.get(f.checkId) ?? [];
    list.push(f);
    byCheck.set(f.checkId, list);
  }
  const isFailure = (f: Finding) => f.status === 'fail' && !f.suppressed;
  const isSkipped = (f: Finding) =>
    f.status === 'not_assessed' || (f.status === 'fail' && Boolean(f.suppressed));
  const timestamp = result.meta.finishedAt.replace(/(\.\d+)?Z$/, '');
  const suites: string[] = [];
  for (const [checkId, findings] of byCheck) {
    const check = result.checks[checkId];
    const properties = check
      ? [
          `      <property name="title" value="${xmlAttr(check.title)}"/>`,
          `      <property name="severity" value="${xmlAttr(check.severity)}"/>`,
          `      <property name="domain" value="${xmlAttr(check.domain)}"/>`,
        ].join('\n')
      : '';
    suites.push(
      [
        `  <testsuite name="${xmlAttr(checkId)}" tests="${findings.length}" failures="${findings.filter(isFailure).length}" errors="0" skipped="${findings.filter(isSkipped).length}" time="0" timestamp="${timestamp}">`,
        ...(properties ? ['    <properties>', properties, '    </properties>'] : []),
        ...findings.map((f) => testcase(result, f)),
        '  </testsuite>',
      ].join('\n'),
    );
  }
  const all = result.findings;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="demarc" tests="${all.length}" failures="${all.filter(isFailure).length}" errors="0" skipped="${all.filter(isSkipped).length}" time="0">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}
