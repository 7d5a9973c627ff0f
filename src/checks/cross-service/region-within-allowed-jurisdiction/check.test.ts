import type { z } from 'zod';
import { resource, testCheck } from '../../../../test/helpers/checks.js';
import { PolicySchema } from '../../../policy/policy.js';
import check from './check.js';

/** A policy from its input form (the schema fills the defaults). */
const policy = (input: Omit<z.input<typeof PolicySchema>, 'version'>) =>
  PolicySchema.parse({ version: 1, ...input });

// Fixtures rely on the region table: eu-west-1 = Ireland (EU, EEA), eu-central-2 = Switzerland (not EU),
// us-east-1 = United States.
const inRegion = (
  type: Parameters<typeof resource>[0],
  region: string,
  props: Record<string, unknown> = {},
) => resource(type, { region, ...props });
const eu = policy({ jurisdictions: { allowed: ['EU'] } });
const usOnly = policy({ jurisdictions: { allowed: ['US'] } });
const inZone = (zone: string, region = 'us-east-1') => inRegion('EbsVolume', region, { zone });
const restricted = { DataClassification: 'restricted' };

testCheck(check, {
  valid: [
    { name: 'bucket in Ireland, EU allowed', resource: inRegion('S3Bucket', 'eu-west-1'), policy: eu },
    {
      name: 'EEA group',
      resource: inRegion('DynamoDbTable', 'eu-west-1'),
      policy: policy({ jurisdictions: { allowed: ['EEA'] } }),
    },
    {
      name: 'country code, any case',
      resource: inRegion('RdsInstance', 'eu-west-1'),
      policy: policy({ jurisdictions: { allowed: ['ie'] } }),
    },
    {
      name: 'region code allowed by name',
      resource: inRegion('Ec2Instance', 'us-east-1'),
      policy: policy({ jurisdictions: { allowed: ['us-east-1'] } }),
    },
    {
      name: 'Switzerland allowed next to the EU',
      resource: inRegion('KmsKey', 'eu-central-2', { keyId: 'k-1' }),
      policy: policy({ jurisdictions: { allowed: ['EU', 'CH'] } }),
    },
    {
      name: 'classification narrows the list: restricted data in Ireland',
      resource: inRegion('S3Bucket', 'eu-west-1', { tags: restricted }),
      policy: policy({
        jurisdictions: { allowed: ['EU', 'US'] },
        classification: { requirements: { restricted: { allowedJurisdictions: ['IE'] } } },
      }),
    },
    { name: 'an ordinary Availability Zone is its region’s', resource: inZone('us-east-1a'), policy: usOnly },
    { name: 'a zone id of an ordinary Availability Zone', resource: inZone('use1-az4'), policy: usOnly },
    {
      name: 'a Local Zone in the same country',
      resource: inZone('us-west-2-lax-1a', 'us-west-2'),
      policy: usOnly,
    },
    {
      name: 'the Lima Local Zone allowed by its own country',
      resource: inZone('us-east-1-lim-1a'),
      policy: policy({ jurisdictions: { allowed: ['PE'] } }),
    },
    {
      name: 'China partition data in China',
      resource: inRegion('S3Bucket', 'cn-north-1'),
      policy: policy({ jurisdictions: { allowed: ['CN'] } }),
    },
  ],
  invalid: [
    // Issue 11: a disk in the Lima Local Zone was judged by us-east-1 and passed a "US only" policy.
    {
      name: 'a disk in the Lima Local Zone is in Peru, not the US',
      resource: inZone('us-east-1-lim-1a'),
      policy: usOnly,
    },
    { name: 'Buenos Aires by zone id', resource: inZone('use1-bue1-az1'), policy: usOnly },
    {
      name: 'a Local Zone is not matched by its parent region’s code',
      resource: inZone('us-east-1-qro-1a'),
      policy: policy({ jurisdictions: { allowed: ['us-east-1'] } }),
    },
    {
      name: 'Lagos is not in South Africa',
      resource: inZone('af-south-1-los-1a', 'af-south-1'),
      policy: policy({ jurisdictions: { allowed: ['ZA'] } }),
    },
    { name: 'bucket in the US, EU allowed', resource: inRegion('S3Bucket', 'us-east-1'), policy: eu },
    {
      name: 'Switzerland is not in the EU',
      resource: inRegion('RedshiftCluster', 'eu-central-2'),
      policy: eu,
    },
    {
      name: 'load balancer in the US',
      resource: inRegion('LoadBalancer', 'us-east-1', { kind: 'application' }),
      policy: eu,
    },
    {
      name: 'restricted data outside its narrower list',
      resource: inRegion('RdsCluster', 'eu-central-2', { tags: restricted }),
      policy: policy({
        jurisdictions: { allowed: ['EU', 'CH'] },
        classification: { requirements: { restricted: { allowedJurisdictions: ['EU'] } } },
      }),
    },
  ],
  notAssessed: [
    { name: 'no allowed list in the policy', resource: inRegion('S3Bucket', 'eu-west-1') },
    { name: 'region demarc does not know', resource: inRegion('S3Bucket', 'xx-moon-1'), policy: eu },
    { name: 'a Local Zone demarc does not know', resource: inZone('us-east-1-xyz-1a'), policy: usOnly },
    {
      name: 'on an Outpost, whose country no API reports',
      resource: inRegion('EbsVolume', 'us-east-1', {
        outpost: 'arn:aws:outposts:us-east-1:111122223333:outpost/op-0123456789abcdef0',
      }),
      policy: usOnly,
    },
  ],
  notApplicable: [{ name: 'global resource', resource: inRegion('S3Bucket', 'global'), policy: eu }],
});
