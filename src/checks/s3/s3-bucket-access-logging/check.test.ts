import { resource, testCheck } from '../../../../test/helpers/checks.js';
import type { PolicyInput } from '../../../policy/policy.js';
import check from './check.js';

const confidential = { DataClassification: 'confidential' };
const loggingForAll: PolicyInput = {
  version: 1,
  classification: {
    tagKey: 'DataClassification',
    levels: ['public', 'internal', 'confidential', 'restricted'],
    default: 'internal',
    requirements: { public: { accessLogging: true } },
  },
  attestations: [],
};

testCheck(check, {
  valid: [
    {
      name: 'confidential bucket logging to a log bucket',
      resource: resource('S3Bucket', {
        tags: confidential,
        logging: { targetBucket: 'logs', targetPrefix: 'data/' },
      }),
    },
    {
      name: 'internal bucket logging where the policy requires logging everywhere',
      resource: resource('S3Bucket', { logging: { targetBucket: 'logs' } }),
      policy: loggingForAll,
    },
  ],
  invalid: [
    {
      name: 'confidential bucket without logging',
      resource: resource('S3Bucket', { tags: confidential, logging: null }),
    },
    {
      name: 'restricted bucket without logging',
      resource: resource('S3Bucket', { tags: { DataClassification: 'restricted' }, logging: null }),
    },
  ],
  notAssessed: [
    { name: 'confidential bucket, logging unknown', resource: resource('S3Bucket', { tags: confidential }) },
  ],
  notApplicable: [
    {
      name: 'internal bucket (logging not required by default)',
      resource: resource('S3Bucket', { logging: null }),
    },
    {
      name: 'public bucket',
      resource: resource('S3Bucket', { tags: { DataClassification: 'public' }, logging: null }),
    },
  ],
});
