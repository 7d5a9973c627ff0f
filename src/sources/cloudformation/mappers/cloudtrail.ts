import type { ResourceOf } from '../../../inventory/resources.js';
import type { Props } from '../values.js';
import { Defaults, type Mapper } from './common.js';

type ManagementEvents = NonNullable<ResourceOf<'CloudTrailTrail'>['managementEvents']>;

/** AWS::CloudTrail::Trail. */
export const mapCloudTrail: Mapper = (ctx) =>
  ctx.ofType('AWS::CloudTrail::Trail').map((decl): ResourceOf<'CloudTrailTrail'> => {
    const p = ctx.props(decl);
    const d = new Defaults();
    const flag = (property: string, field: string, fallback: boolean) =>
      p.has(property) ? p.bool(property) : d.take(field, fallback);
    const key = p.get('KMSKeyId');
    const fields = {
      homeRegion: ctx.region === 'unknown' ? undefined : ctx.region,
      isMultiRegion: flag('IsMultiRegionTrail', 'isMultiRegion', false),
      isOrganizationTrail: flag('IsOrganizationTrail', 'isOrganizationTrail', false),
      includeGlobalServiceEvents: flag('IncludeGlobalServiceEvents', 'includeGlobalServiceEvents', true),
      logFileValidation: flag('EnableLogFileValidation', 'logFileValidation', false),
      // Without a KMS key the log files get only the bucket's own encryption.
      kmsKeyId: key === undefined ? d.take('kmsKeyId', null) : p.text('KMSKeyId'),
      isLogging: p.bool('IsLogging'),
      s3BucketName: p.text('S3BucketName'),
      managementEvents: managementEventsOf(p, d),
    };
    return {
      type: 'CloudTrailTrail',
      ...ctx.base(decl, 'CloudTrailTrail', ctx.nameOf(decl, 'TrailName'), d.names, p),
      ...fields,
    };
  });

/** Which management events the trail records, from its (advanced) event selectors. */
function managementEventsOf(p: Props, d: Defaults): ManagementEvents | undefined {
  if (p.has('AdvancedEventSelectors')) return fromAdvanced(p.blocks('AdvancedEventSelectors'));
  // With no selectors a trail records all read and write management events.
  if (!p.has('EventSelectors')) return d.take('managementEvents', 'All');
  const selectors = p.blocks('EventSelectors');
  if (selectors === undefined) return undefined;
  const kinds: (ManagementEvents | undefined)[] = selectors.map((s) => {
    const included = s.has('IncludeManagementEvents') ? s.bool('IncludeManagementEvents') : true;
    if (included === undefined) return undefined;
    if (!included) return 'None';
    const rw = s.has('ReadWriteType') ? s.literal('ReadWriteType') : 'All';
    return rw === 'All' || rw === 'ReadOnly' || rw === 'WriteOnly' ? rw : undefined;
  });
  return combine(kinds);
}

function fromAdvanced(selectors: Props[] | undefined): ManagementEvents | undefined {
  if (selectors === undefined) return undefined;
  const kinds: (ManagementEvents | undefined)[] = selectors.map((selector) => {
    const fields = selector.blocks('FieldSelectors');
    if (fields === undefined) return undefined;
    const field = (name: string) => fields.find((f) => f.literal('Field') === name);
    const category = field('eventCategory');
    const equals = category?.list('Equals');
    if (!category || equals === undefined) return category ? undefined : 'None';
    if (!equals.includes('Management')) return 'None';
    const readOnly = field('readOnly');
    if (!readOnly) return 'All';
    const value = readOnly.list('Equals');
    if (value?.length !== 1) return undefined;
    return String(value[0]) === 'true' ? 'ReadOnly' : 'WriteOnly';
  });
  return combine(kinds);
}

function combine(kinds: (ManagementEvents | undefined)[]): ManagementEvents | undefined {
  if (kinds.includes('All') || (kinds.includes('ReadOnly') && kinds.includes('WriteOnly'))) return 'All';
  if (kinds.includes(undefined)) return undefined;
  if (kinds.includes('ReadOnly')) return 'ReadOnly';
  if (kinds.includes('WriteOnly')) return 'WriteOnly';
  return 'None';
}
