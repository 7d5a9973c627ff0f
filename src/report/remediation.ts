import type { CheckInfo } from '../engine/result.js';

type Remediation = CheckInfo['remediation'];

/** The snippets a remediation may carry, in print order, with their titles and code-fence languages. */
const SNIPPETS = [
  { key: 'cli', title: 'AWS CLI', fence: 'sh' },
  { key: 'cloudformation', title: 'CloudFormation', fence: 'yaml' },
  { key: 'terraform', title: 'Terraform', fence: 'hcl' },
] as const;

/** The sentence, then each snippet under its title, as plain text (JUnit bodies, SARIF help text). */
export function remediationText(remediation: Remediation): string {
  const parts = [remediation.text];
  for (const { key, title } of SNIPPETS) {
    const snippet = remediation[key];
    if (snippet) parts.push(`${title}:\n${snippet}`);
  }
  return parts.join('\n\n');
}

/** Markdown lines: the sentence (escaped by the caller's rule), then each snippet in a fenced block. */
export function remediationMarkdown(
  remediation: Remediation,
  escapeText: (text: string) => string,
): string[] {
  const lines = [`Remediation: ${escapeText(remediation.text)}`];
  for (const { key, title, fence } of SNIPPETS) {
    const snippet = remediation[key];
    if (snippet) lines.push('', `${title}:`, '', `\`\`\`${fence}`, snippet, '```');
  }
  return lines;
}
