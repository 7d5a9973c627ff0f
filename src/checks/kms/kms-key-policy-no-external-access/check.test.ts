import { resource, TEST_ACCOUNT, testCheck } from '../../../../test/helpers/checks.js';
import check from './check.js';

const OTHER = '999988887777';
const ownRoot = {
  Sid: 'Enable IAM policies',
  Effect: 'Allow',
  Principal: { AWS: `arn:aws:iam::${TEST_ACCOUNT}:root` },
  Action: 'kms:*',
  Resource: '*',
};
const keyWith = (...statements: Record<string, unknown>[]) =>
  resource('KmsKey', {
    keyId: '1111aaaa-0000-0000-0000-000000000001',
    manager: 'CUSTOMER',
    origin: 'AWS_KMS',
    policy: { Version: '2012-10-17', Statement: [ownRoot, ...statements] },
  });

testCheck(check, {
  valid: [
    { name: 'default key policy (own account root only)', resource: keyWith() },
    {
      name: 'own role and a service principal',
      resource: keyWith(
        {
          Effect: 'Allow',
          Principal: { AWS: `arn:aws:iam::${TEST_ACCOUNT}:role/app` },
          Action: 'kms:Decrypt',
        },
        {
          Effect: 'Allow',
          Principal: { Service: 'cloudtrail.amazonaws.com' },
          Action: 'kms:GenerateDataKey*',
        },
      ),
    },
    {
      name: "'*' scoped to the own account through kms:CallerAccount and kms:ViaService",
      resource: keyWith({
        Effect: 'Allow',
        Principal: { AWS: '*' },
        Action: ['kms:Encrypt', 'kms:Decrypt'],
        Condition: {
          StringEquals: {
            'kms:CallerAccount': TEST_ACCOUNT,
            'kms:ViaService': 'ebs.eu-west-1.amazonaws.com',
          },
        },
      }),
    },
    {
      name: "'*' scoped to the organization",
      resource: keyWith({
        Effect: 'Allow',
        Principal: '*',
        Action: 'kms:Decrypt',
        Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } },
      }),
    },
    {
      name: "a Deny to '*' grants nothing",
      resource: keyWith({ Effect: 'Deny', Principal: '*', Action: 'kms:*', Resource: '*' }),
    },
  ],
  invalid: [
    {
      name: "Principal '*' without condition",
      resource: keyWith({ Effect: 'Allow', Principal: '*', Action: 'kms:*' }),
    },
    {
      name: "Principal AWS '*' without condition",
      resource: keyWith({ Effect: 'Allow', Principal: { AWS: ['*'] }, Action: 'kms:Decrypt' }),
    },
    {
      name: "Principal '*' on a template key of unknown account",
      resource: { ...keyWith({ Effect: 'Allow', Principal: '*', Action: 'kms:Decrypt' }), account: '' },
    },
    {
      name: 'another account root',
      resource: keyWith({
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:iam::${OTHER}:root` },
        Action: 'kms:Decrypt',
      }),
    },
    {
      name: 'a role in another account, by bare account id too',
      resource: keyWith({
        Effect: 'Allow',
        Principal: { AWS: [`arn:aws:iam::${OTHER}:role/reader`, '444455556666'] },
        Action: 'kms:Decrypt',
      }),
    },
    {
      name: "'*' limited by kms:CallerAccount to another account",
      resource: keyWith({
        Effect: 'Allow',
        Principal: { AWS: '*' },
        Action: 'kms:Decrypt',
        Condition: { StringEquals: { 'kms:CallerAccount': OTHER } },
      }),
    },
    {
      name: "'*' with a negated caller-account condition (every other account)",
      resource: keyWith({
        Effect: 'Allow',
        Principal: '*',
        Action: 'kms:Decrypt',
        Condition: { StringNotEquals: { 'kms:CallerAccount': TEST_ACCOUNT } },
      }),
    },
    {
      name: "'*' with a wildcard caller account",
      resource: keyWith({
        Effect: 'Allow',
        Principal: '*',
        Action: 'kms:Decrypt',
        Condition: { StringLike: { 'kms:CallerAccount': '*' } },
      }),
    },
    {
      name: 'Allow with NotPrincipal (everyone but the listed)',
      resource: keyWith({
        Effect: 'Allow',
        NotPrincipal: { AWS: `arn:aws:iam::${TEST_ACCOUNT}:role/blocked` },
        Action: 'kms:Decrypt',
      }),
    },
  ],
  notAssessed: [
    {
      name: 'key policy unknown',
      resource: resource('KmsKey', { keyId: 'k', manager: 'CUSTOMER', origin: 'AWS_KMS' }),
    },
    {
      name: 'a template key of unknown account naming an account (it may be its own)',
      resource: {
        ...keyWith({
          Effect: 'Allow',
          Principal: { AWS: `arn:aws:iam::${OTHER}:root` },
          Action: 'kms:Decrypt',
        }),
        account: '',
      },
    },
  ],
  notApplicable: [
    {
      name: 'AWS managed key',
      resource: resource('KmsKey', {
        keyId: 'k',
        manager: 'AWS',
        policy: { Statement: { Effect: 'Allow', Principal: { AWS: '*' }, Action: 'kms:*' } },
      }),
    },
  ],
});
