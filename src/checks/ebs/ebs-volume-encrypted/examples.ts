import { defineExamples } from '../../example.js';

export default defineExamples([
  { format: 'cloudformation', expect: 'pass', file: 'examples/cloudformation.pass.yaml' },
  {
    format: 'cloudformation',
    expect: 'fail',
    file: 'examples/cloudformation.fail.yaml',
    note: 'Encrypted: false fails as written; the reason names EBS encryption by default, which may encrypt it anyway',
  },
  {
    format: 'cloudformation',
    expect: 'not_assessed',
    file: 'examples/cloudformation.not-assessed.yaml',
    note: 'Encrypted from !ImportValue: the template cannot tell',
  },
  { format: 'terraform-plan', expect: 'pass', file: 'examples/terraform-plan.pass.json' },
  { format: 'terraform-plan', expect: 'fail', file: 'examples/terraform-plan.fail.json' },
]);
