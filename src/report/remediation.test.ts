import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { remediationMarkdown, remediationText } from './remediation.js';

const FULL = {
  text: 'Enable versioning.',
  cli: 'aws s3api put-bucket-versioning --bucket <bucket> --versioning-configuration Status=Enabled',
  cloudformation: 'VersioningConfiguration:\n  Status: Enabled',
  terraform: 'versioning_configuration {\n  status = "Enabled"\n}',
};

describe('remediation printing', () => {
  it('prints the sentence alone when there is no snippet', () => {
    assert.equal(remediationText({ text: 'Tag it.' }), 'Tag it.');
    assert.deepEqual(
      remediationMarkdown({ text: 'Tag *it*.' }, (t) => t.replace(/\*/g, '\\*')),
      ['Remediation: Tag \\*it\\*.'],
    );
  });

  it('prints the sentence, then each snippet under its title, CLI first', () => {
    assert.equal(
      remediationText(FULL),
      [
        'Enable versioning.',
        `AWS CLI:\n${FULL.cli}`,
        `CloudFormation:\n${FULL.cloudformation}`,
        `Terraform:\n${FULL.terraform}`,
      ].join('\n\n'),
    );
  });

  it('fences each snippet in Markdown with its language, unescaped', () => {
    const md = remediationMarkdown(FULL, (t) => t.toUpperCase()).join('\n');
    assert.match(md, /^Remediation: ENABLE VERSIONING\./);
    assert.ok(md.includes(`\`\`\`sh\n${FULL.cli}\n\`\`\``));
    assert.ok(md.includes(`\`\`\`yaml\n${FULL.cloudformation}\n\`\`\``));
    assert.ok(md.includes(`\`\`\`hcl\n${FULL.terraform}\n\`\`\``));
  });
});
