import type { PolicyDocument } from '../../../inventory/base.js';
import type { KmsKey } from '../../../inventory/kinds/kms.js';
import { partitionOfRegion } from '../../../model/regions.js';
import { defaultKeyPolicy } from '../../shared/kms-default-policy.js';
import { isCreated, keyMatches, type PlannedResource, type TerraformPlan } from '../model.js';

/**
 * aws_kms_key (customer managed, key material from KMS unless a custom key store holds it) and
 * aws_kms_external_key (imported material), with their aliases (aws_kms_alias) and a policy set
 * apart (aws_kms_key_policy).
 */
export function kmsKeys(plan: TerraformPlan): KmsKey[] {
  const keys = plan.ofType('aws_kms_key', 'aws_kms_external_key');
  const aliases = plan.join(['aws_kms_alias'], 'target_key_id', keys, keyMatches);
  const policies = plan.join(['aws_kms_key_policy'], 'key_id', keys, keyMatches);
  return keys.map((key) => {
    const attrs = key.attrs;
    const defaults: string[] = [];
    const aliasNames = aliases
      .of(key)
      .map((a) => a.attrs.str('name'))
      .filter((n): n is string => !!n);
    const external = key.type === 'aws_kms_external_key';
    const region = plan.regionOf(key);
    const [policyResource, ...more] = policies.of(key);
    let policy: PolicyDocument | undefined;
    if (policyResource) {
      policy = more.length === 0 ? (policyResource.attrs.policy('policy') ?? undefined) : undefined;
    } else if (policies.unresolved.length === 0) {
      const text = attrs.str('policy');
      policy = text ? (attrs.policy('policy') ?? undefined) : undefined;
      // A key created without a policy gets KMS's default one.
      if (!text && attrs.configured('policy') === false && isCreated(key)) {
        // The default policy names the account, so it can only be written when the account is known.
        policy = /^\d{12}$/.test(plan.account)
          ? defaultKeyPolicy(partitionOfRegion(region), plan.account)
          : undefined;
        if (policy) defaults.push('policy');
      }
    }
    return {
      type: 'KmsKey',
      ...plan.base(key, aliasNames[0] ?? key.address, region),
      ...(defaults.length > 0 && { defaults }),
      keyId: attrs.str('key_id') ?? key.address,
      aliases: aliasNames,
      manager: 'CUSTOMER',
      origin: external ? 'EXTERNAL' : originOf(key),
      keyState: external ? externalKeyState(key) : enabledState(attrs.bool('is_enabled')),
      keySpec: attrs.str(external ? 'key_spec' : 'customer_master_key_spec') ?? undefined,
      keyUsage: attrs.str('key_usage') ?? undefined,
      // Imported key material cannot rotate automatically.
      rotationEnabled: external ? undefined : (attrs.bool('enable_key_rotation') ?? undefined),
      policy,
    };
  });
}

function originOf(key: PlannedResource): KmsKey['origin'] {
  const store = key.attrs.str('custom_key_store_id');
  if (store === null) return 'AWS_KMS';
  if (store === undefined) return undefined;
  // Keys in an external key store name their key there; CloudHSM keys do not.
  const xks = key.attrs.str('xks_key_id');
  return xks === undefined ? undefined : xks ? 'EXTERNAL_KEY_STORE' : 'AWS_CLOUDHSM';
}

function enabledState(enabled: boolean | null | undefined): string | undefined {
  return enabled === true ? 'Enabled' : enabled === false ? 'Disabled' : undefined;
}

function externalKeyState(key: PlannedResource): string | undefined {
  const state = key.attrs.str('key_state');
  if (state) return state;
  // Without key material an external key waits for its import.
  if (key.attrs.str('key_material_base64') === null) return 'PendingImport';
  return enabledState(key.attrs.bool('enabled'));
}
