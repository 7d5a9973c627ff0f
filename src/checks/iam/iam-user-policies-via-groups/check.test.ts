import { resource, testCheck } from '../../../../test/helpers/checks.js';
import check from './check.js';

const readS3 = { Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] };

testCheck(check, {
  valid: [
    {
      name: 'permissions only through groups',
      resource: resource('IamUser', { attachedPolicyArns: [], inlinePolicies: [], groups: ['developers'] }),
    },
    {
      name: 'no permissions at all',
      resource: resource('IamUser', { attachedPolicyArns: [], inlinePolicies: [] }),
    },
  ],
  invalid: [
    {
      name: 'managed policy attached to the user',
      resource: resource('IamUser', {
        attachedPolicyArns: ['arn:aws:iam::aws:policy/ReadOnlyAccess'],
        inlinePolicies: [],
        groups: ['developers'],
      }),
    },
    {
      name: 'inline policy on the user',
      resource: resource('IamUser', {
        attachedPolicyArns: [],
        inlinePolicies: [{ name: 'read-s3', document: readS3 }],
      }),
    },
    {
      name: 'managed policy known even though inline policies are unknown',
      resource: resource('IamUser', { attachedPolicyArns: ['arn:aws:iam::111122223333:policy/ops'] }),
    },
    {
      name: 'inline policy whose document is unknown still exists',
      resource: resource('IamUser', { attachedPolicyArns: [], inlinePolicies: [{ name: 'imported' }] }),
    },
    {
      name: 'inline policy known even though managed policies are unknown',
      resource: resource('IamUser', { inlinePolicies: [{ name: 'read-s3', document: readS3 }] }),
    },
  ],
  notAssessed: [
    { name: 'nothing known', resource: resource('IamUser', {}) },
    {
      name: 'no managed policies, inline unknown',
      resource: resource('IamUser', { attachedPolicyArns: [] }),
    },
    { name: 'no inline policies, managed unknown', resource: resource('IamUser', { inlinePolicies: [] }) },
  ],
});
