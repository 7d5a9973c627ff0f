import { resource, testCheck } from '../../../../test/helpers/checks.js';
import check from './check.js';

testCheck(check, {
  valid: [
    {
      name: 'IMDSv2 required',
      resource: resource('Ec2Instance', { metadataHttpTokens: 'required', metadataEndpointEnabled: true }),
    },
    {
      name: 'metadata endpoint disabled, tokens optional',
      resource: resource('Ec2Instance', { metadataHttpTokens: 'optional', metadataEndpointEnabled: false }),
    },
    {
      name: 'endpoint disabled, tokens unknown',
      resource: resource('Ec2Instance', { metadataEndpointEnabled: false }),
    },
    {
      name: 'stopped instance keeps its setting',
      resource: resource('Ec2Instance', { state: 'stopped', metadataHttpTokens: 'required' }),
    },
  ],
  invalid: [
    {
      name: 'IMDSv1 allowed',
      resource: resource('Ec2Instance', { metadataHttpTokens: 'optional', metadataEndpointEnabled: true }),
    },
    {
      name: 'IMDSv1 allowed by default on a stopped instance',
      resource: resource('Ec2Instance', {
        state: 'stopped',
        metadataHttpTokens: 'optional',
        metadataEndpointEnabled: true,
        defaults: ['metadataHttpTokens', 'metadataEndpointEnabled'],
      }),
    },
  ],
  notAssessed: [
    { name: 'nothing known', resource: resource('Ec2Instance', {}) },
    {
      name: 'tokens unknown, endpoint on',
      resource: resource('Ec2Instance', { metadataEndpointEnabled: true }),
    },
    {
      name: 'tokens optional, endpoint unknown',
      resource: resource('Ec2Instance', { metadataHttpTokens: 'optional' }),
    },
  ],
  notApplicable: [
    {
      name: 'terminated',
      resource: resource('Ec2Instance', { state: 'terminated', metadataHttpTokens: 'optional' }),
    },
  ],
});
