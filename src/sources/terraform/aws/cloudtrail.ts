import type { CloudTrailTrail } from '../../../inventory/kinds/cloudtrail.js';
import type { Attrs } from '../attrs.js';
import { isKnownRegion, type TerraformPlan } from '../model.js';
import { Defaults } from './defaults.js';

type ManagementEvents = NonNullable<CloudTrailTrail['managementEvents']>;

/** aws_cloudtrail. The provider's schema defaults make most settings explicit in a plan. */
export function cloudTrails(plan: TerraformPlan): CloudTrailTrail[] {
  return plan.ofType('aws_cloudtrail').map((trail): CloudTrailTrail => {
    const a = trail.attrs;
    const d = new Defaults();
    const region = plan.regionOf(trail);
    const kmsKey = plan.keyRef(trail, a, 'kms_key_id');
    return {
      type: 'CloudTrailTrail',
      ...plan.base(trail, a.str('name') ?? trail.address, region),
      homeRegion: a.str('home_region') ?? (isKnownRegion(region) ? region : undefined),
      isMultiRegion: d.attr(
        trail,
        a.bool('is_multi_region_trail'),
        'is_multi_region_trail',
        'isMultiRegion',
        false,
      ),
      isOrganizationTrail: d.attr(
        trail,
        a.bool('is_organization_trail'),
        'is_organization_trail',
        'isOrganizationTrail',
        false,
      ),
      includeGlobalServiceEvents: d.attr(
        trail,
        a.bool('include_global_service_events'),
        'include_global_service_events',
        'includeGlobalServiceEvents',
        true,
      ),
      logFileValidation: d.attr(
        trail,
        a.bool('enable_log_file_validation'),
        'enable_log_file_validation',
        'logFileValidation',
        false,
      ),
      kmsKeyId: kmsKey,
      // Terraform starts logging on the trails it creates unless told not to.
      isLogging: d.attr(trail, a.bool('enable_logging'), 'enable_logging', 'isLogging', true),
      s3BucketName: a.str('s3_bucket_name') ?? undefined,
      managementEvents: managementEvents(a),
      ...d.spread,
    };
  });
}

/**
 * Which management events a trail records: all without selectors; the union of the basic event
 * selectors that include them; unknown with advanced selectors, which demarc does not evaluate.
 */
function managementEvents(a: Attrs): ManagementEvents | undefined {
  const advanced = a.blocks('advanced_event_selector');
  if (advanced === undefined || advanced.length > 0) return undefined;
  const selectors = a.blocks('event_selector');
  if (selectors === undefined) return undefined;
  if (selectors.length === 0) return 'All';
  const kinds = new Set<string>();
  for (const selector of selectors) {
    // Unset, a selector includes management events, reads and writes alike.
    const include = selector.bool('include_management_events');
    const kind = selector.str('read_write_type');
    if (include === undefined || kind === undefined) return undefined;
    if (include === false) continue;
    kinds.add(kind ?? 'All');
  }
  if (kinds.has('All') || (kinds.has('ReadOnly') && kinds.has('WriteOnly'))) return 'All';
  if (kinds.has('ReadOnly')) return 'ReadOnly';
  if (kinds.has('WriteOnly')) return 'WriteOnly';
  return 'None';
}
