import { resource, testCheck } from '../../../../test/helpers/checks.js';
import check from './check.js';

const restricted = { DataClassification: 'restricted' };

/** A policy with the standard levels and the given requirements or default level. */
const policy = (classification: {
  default?: string;
  requirements?: Record<string, { dedicatedTenancy: boolean }>;
}) => ({
  version: 1 as const,
  classification: {
    tagKey: 'DataClassification',
    levels: ['public', 'internal', 'confidential', 'restricted'],
    default: classification.default ?? 'internal',
    requirements: classification.requirements ?? {},
  },
  attestations: [],
});

testCheck(check, {
  valid: [
    { name: 'internal data on shared hardware', resource: resource('Ec2Instance', { tenancy: 'default' }) },
    {
      name: 'restricted data on a dedicated instance',
      resource: resource('Ec2Instance', { tenancy: 'dedicated', tags: restricted }),
    },
    {
      name: 'restricted data on a dedicated host',
      resource: resource('Ec2Instance', { tenancy: 'host', tags: restricted }),
    },
    {
      name: 'policy relaxes restricted to shared hardware',
      resource: resource('Ec2Instance', { tenancy: 'default', tags: restricted }),
      policy: policy({ requirements: { restricted: { dedicatedTenancy: false } } }),
    },
  ],
  invalid: [
    {
      name: 'restricted data on shared hardware',
      resource: resource('Ec2Instance', { tenancy: 'default', tags: restricted }),
    },
    {
      name: 'shared hardware by default when the policy demands dedicated for confidential',
      resource: resource('Ec2Instance', {
        tenancy: 'default',
        defaults: ['tenancy'],
        tags: { DataClassification: 'Confidential' },
      }),
      policy: policy({ requirements: { confidential: { dedicatedTenancy: true } } }),
    },
    {
      name: 'policy default level requires dedicated',
      resource: resource('Ec2Instance', { tenancy: 'default' }),
      policy: policy({ default: 'restricted' }),
    },
  ],
  notAssessed: [
    { name: 'tenancy unknown, restricted data', resource: resource('Ec2Instance', { tags: restricted }) },
    { name: 'tenancy unknown, internal data', resource: resource('Ec2Instance', {}) },
  ],
  notApplicable: [
    {
      name: 'terminated',
      resource: resource('Ec2Instance', { state: 'terminated', tenancy: 'default', tags: restricted }),
    },
  ],
});
