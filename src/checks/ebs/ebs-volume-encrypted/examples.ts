import { defineExamples } from '../../example.js';

export default defineExamples([
  { format: 'cloudformation', expect: 'pass', file: 'examples/cloudformation.pass.yaml' },
  {
    format: 'cloudformation',
    expect: 'not_assessed',
    file: 'examples/cloudformation.not-assessed.yaml',
    note: 'Encrypted: false is not assessed: EBS encryption by default, which the template cannot see, may encrypt the volume anyway',
  },
  { format: 'terraform-plan', expect: 'pass', file: 'examples/terraform-plan.pass.json' },
  { format: 'terraform-plan', expect: 'fail', file: 'examples/terraform-plan.fail.json' },
]);
