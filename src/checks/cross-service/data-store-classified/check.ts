import { DATA_STORE_TYPES } from '../../../inventory/resources.js';
import { tagValue } from '../../../inventory/tags.js';
import { defineCheck, fail, notAssessed, pass } from '../../check.js';

export default defineCheck({
  id: 'data-store-classified',
  title: 'Data stores carry a data classification tag',
  service: 'cross-service',
  duty: 'account.data.classify-data-stores',
  severity: 'low',
  resourceTypes: DATA_STORE_TYPES,
  frameworks: {},
  iac: { cloudformation: 'both', terraform: 'both' },
  remediation: {
    text:
      'Tag every data store with its classification (the tag key and levels are set in demarc.yaml, by ' +
      'default DataClassification = public | internal | confidential | restricted), and enforce it with a tag policy.',
    cli: 'aws resourcegroupstaggingapi tag-resources --resource-arn-list <arn> --tags DataClassification=confidential',
    cloudformation: 'Tags:\n  - Key: DataClassification\n    Value: confidential',
    terraform: 'tags = {\n  DataClassification = "confidential"\n}',
  },
  evaluate(r, ctx) {
    // Aurora members inherit their cluster's data; the cluster carries the label.
    if (r.type === 'RdsInstance' && r.clusterId) return null;
    const key = ctx.classificationTagKey;
    if (r.tagsUnknown) {
      return notAssessed(
        `the tags could not be read: judged at the strictest level '${ctx.classificationOf(r)}'`,
      );
    }
    const value = tagValue(r.tags, key);
    const level = ctx.classificationOf(r);
    if (value === undefined) {
      return fail(
        `no ${key} tag: judged at the default level '${level}', which may be too low for what it holds`,
      );
    }
    if (!ctx.classificationLevels.includes(value.toLowerCase())) {
      return fail(
        `${key}='${value}' is not one of the levels (${ctx.classificationLevels.join(', ')}): judged at the default '${level}'`,
      );
    }
    return pass(`classified as '${level}' by its ${key} tag`);
  },
});
