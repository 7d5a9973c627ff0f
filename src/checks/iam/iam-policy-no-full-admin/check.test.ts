import { resource, testCheck } from '../../../../test/helpers/checks.js';
import check from './check.js';

const admin = { Effect: 'Allow', Action: '*', Resource: '*' };

testCheck(check, {
  valid: [
    {
      name: 'scoped customer policy',
      resource: resource('IamPolicy', {
        managedBy: 'customer',
        document: {
          Statement: [{ Effect: 'Allow', Action: ['s3:GetObject'], Resource: 'arn:aws:s3:::b/*' }],
        },
        attachmentCount: 3,
      }),
    },
    {
      name: 'service wildcard is not full admin',
      resource: resource('IamPolicy', {
        managedBy: 'customer',
        document: { Statement: { Effect: 'Allow', Action: 's3:*', Resource: '*' } },
      }),
    },
    {
      name: 'Deny of everything',
      resource: resource('IamPolicy', {
        managedBy: 'customer',
        document: { Statement: [{ Effect: 'Deny', Action: '*', Resource: '*' }] },
      }),
    },
    {
      name: 'NotAction grant is not *:* (judged by other checks)',
      resource: resource('IamPolicy', {
        managedBy: 'customer',
        document: { Statement: [{ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }] },
      }),
    },
  ],
  invalid: [
    {
      name: 'attached admin policy',
      resource: resource('IamPolicy', {
        managedBy: 'customer',
        document: { Version: '2012-10-17', Statement: [admin] },
        attachmentCount: 2,
      }),
    },
    {
      name: 'single statement object with *:* in a list',
      resource: resource('IamPolicy', {
        managedBy: 'customer',
        document: { Statement: { Sid: 'Everything', Effect: 'Allow', Action: ['*:*'], Resource: ['*'] } },
      }),
    },
    {
      name: 'admin statement behind a harmless one',
      resource: resource('IamPolicy', {
        managedBy: 'customer',
        document: { Statement: [{ Effect: 'Allow', Action: 'ec2:Describe*', Resource: '*' }, admin] },
      }),
    },
    {
      name: 'unattached admin policy',
      resource: resource('IamPolicy', {
        managedBy: 'customer',
        document: { Statement: [admin] },
        attachmentCount: 0,
      }),
    },
  ],
  notAssessed: [
    {
      name: 'document could not be read',
      resource: resource('IamPolicy', { managedBy: 'customer', attachmentCount: 1 }),
    },
  ],
  notApplicable: [
    {
      name: 'AWS managed AdministratorAccess',
      resource: resource('IamPolicy', {
        name: 'AdministratorAccess',
        managedBy: 'aws',
        document: { Statement: [admin] },
        attachmentCount: 1,
      }),
    },
  ],
});
