import { defineExamples } from '../../example.js';

export default defineExamples([
  { format: 'cloudformation', expect: 'pass', file: 'examples/cloudformation.pass.yaml' },
  { format: 'cloudformation', expect: 'fail', file: 'examples/cloudformation.fail.yaml' },
  {
    format: 'terraform-plan',
    expect: 'pass',
    file: 'examples/terraform-plan.pass.json',
    note: 'Terraform cannot set the runtime update mode: a function it creates keeps the default, Auto',
  },
]);
