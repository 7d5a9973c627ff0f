import { defineExamples } from '../../example.js';

export default defineExamples([
  { format: 'cloudformation', expect: 'pass', file: 'examples/cloudformation.pass.yaml' },
  { format: 'cloudformation', expect: 'fail', file: 'examples/cloudformation.fail.yaml' },
  { format: 'terraform-plan', expect: 'pass', file: 'examples/terraform-plan.pass.json' },
  { format: 'terraform-plan', expect: 'fail', file: 'examples/terraform-plan.fail.json' },
]);
