import type { PolicyDocument } from '../../inventory/base.js';

/**
 * The key policy KMS gives a key created without one: the account (through IAM policies) may do
 * everything with the key. IaC sources fill it in for keys their input leaves without a policy.
 */
export function defaultKeyPolicy(partition: string, account: string): PolicyDocument {
  return {
    Version: '2012-10-17',
    Id: 'key-default-1',
    Statement: [
      {
        Sid: 'Enable IAM User Permissions',
        Effect: 'Allow',
        Principal: { AWS: `arn:${partition}:iam::${account}:root` },
        Action: 'kms:*',
        Resource: '*',
      },
    ],
  };
}
