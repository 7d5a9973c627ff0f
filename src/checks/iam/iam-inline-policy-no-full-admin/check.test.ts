import { resource, testCheck } from '../../../../test/helpers/checks.js';
import check from './check.js';

const admin = { Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };
const readLogs = { Statement: [{ Effect: 'Allow', Action: 'logs:Get*', Resource: '*' }] };

testCheck(check, {
  valid: [
    {
      name: 'role with a scoped inline policy',
      resource: resource('IamRole', { inlinePolicies: [{ name: 'read-logs', document: readLogs }] }),
    },
    {
      name: 'user with a scoped inline policy',
      resource: resource('IamUser', { inlinePolicies: [{ name: 'read-logs', document: readLogs }] }),
    },
  ],
  invalid: [
    {
      name: 'role with an admin inline policy',
      resource: resource('IamRole', {
        inlinePolicies: [
          { name: 'read-logs', document: readLogs },
          { name: 'break-glass', document: admin },
        ],
      }),
    },
    {
      name: 'group with *:* inline policy',
      resource: resource('IamGroup', {
        inlinePolicies: [
          { name: 'ops', document: { Statement: { Effect: 'Allow', Action: '*:*', Resource: '*' } } },
        ],
      }),
    },
    {
      name: 'user with admin inline policy under a condition',
      resource: resource('IamUser', {
        inlinePolicies: [
          {
            name: 'admin-with-mfa',
            document: {
              Statement: [
                {
                  Effect: 'Allow',
                  Action: '*',
                  Resource: '*',
                  Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } },
                },
              ],
            },
          },
        ],
      }),
    },
    {
      name: 'an admin grant fails even beside a policy whose document is unknown',
      resource: resource('IamRole', {
        inlinePolicies: [{ name: 'imported' }, { name: 'break-glass', document: admin }],
      }),
    },
  ],
  notAssessed: [
    {
      name: 'a scoped policy beside one whose document is unknown',
      resource: resource('IamUser', {
        inlinePolicies: [{ name: 'read-logs', document: readLogs }, { name: 'imported' }],
      }),
    },
    { name: 'role inline policies unknown', resource: resource('IamRole', { attachedPolicyArns: [] }) },
    { name: 'group inline policies unknown', resource: resource('IamGroup', {}) },
  ],
  notApplicable: [
    {
      name: 'role with only managed policies',
      resource: resource('IamRole', {
        inlinePolicies: [],
        attachedPolicyArns: ['arn:aws:iam::aws:policy/AdministratorAccess'],
      }),
    },
  ],
});
