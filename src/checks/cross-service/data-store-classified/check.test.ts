import { resource, testCheck } from '../../../../test/helpers/checks.js';
import check from './check.js';

testCheck(check, {
  valid: [
    {
      name: 'tagged with a known level',
      resource: resource('S3Bucket', { tags: { DataClassification: 'confidential' } }),
    },
    {
      name: 'levels match case-insensitively',
      resource: resource('DynamoDbTable', { tags: { DataClassification: 'Restricted' } }),
    },
    {
      name: 'a custom tag key from the policy',
      resource: resource('EbsVolume', { tags: { Sensitivity: 'high' } }),
      policy: {
        version: 1,
        classification: { tagKey: 'Sensitivity', levels: ['low', 'high'], default: 'low' },
      },
    },
  ],
  invalid: [
    { name: 'untagged bucket', resource: resource('S3Bucket', { tags: { Team: 'data' } }) },
    { name: 'unknown level', resource: resource('RdsCluster', { tags: { DataClassification: 'secret' } }) },
    {
      name: 'default tag key when the policy uses another',
      resource: resource('EbsVolume', { tags: { DataClassification: 'high' } }),
      policy: {
        version: 1,
        classification: { tagKey: 'Sensitivity', levels: ['low', 'high'], default: 'low' },
      },
    },
  ],
  notAssessed: [{ name: 'tags could not be read', resource: resource('S3Bucket', { tagsUnknown: true }) }],
  notApplicable: [
    {
      name: 'Aurora member instance (its cluster carries the label)',
      resource: resource('RdsInstance', { clusterId: 'arn:aws:rds:eu-west-1:111122223333:cluster:c1' }),
    },
  ],
});
