import { defineExamples } from '../../example.js';

export default defineExamples([
  { format: 'cloudformation', expect: 'pass', file: 'examples/cloudformation.pass.yaml' },
  { format: 'cloudformation', expect: 'fail', file: 'examples/cloudformation.fail.yaml' },
  {
    format: 'cloudformation',
    expect: 'not_assessed',
    file: 'examples/cloudformation.partner.yaml',
    note: 'a grant to a named account is not assessed until AWS::AccountId says whose key it is (reader.test.ts supplies it)',
  },
  { format: 'terraform-plan', expect: 'pass', file: 'examples/terraform-plan.pass.json' },
  { format: 'terraform-plan', expect: 'fail', file: 'examples/terraform-plan.fail.json' },
]);
