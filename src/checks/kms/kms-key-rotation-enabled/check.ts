import { defineCheck, fail, notAssessed, pass } from '../../check.js';

/**
 * KMS rotates key material automatically only for symmetric encryption keys whose material KMS
 * generated. AWS managed keys rotate every year on their own; asymmetric, HMAC, imported and
 * custom key store keys cannot rotate automatically, so the check does not apply to them.
 */
export default defineCheck({
  id: 'kms-key-rotation-enabled',
  title: 'Customer managed symmetric KMS keys rotate their key material automatically',
  service: 'kms',
  duty: 'kms.keys.rotation',
  severity: 'medium',
  resourceTypes: ['KmsKey'],
  frameworks: { 'cis-aws-3.0': ['3.6'] },
  iac: { cloudformation: 'both', terraform: 'both' },
  remediation: {
    text: 'Enable automatic key rotation on the key (aws kms enable-key-rotation --key-id <key>; yearly by default, 90 to 2560 days with --rotation-period-in-days).',
    cli: 'aws kms enable-key-rotation --key-id <key>',
    cloudformation: 'EnableKeyRotation: true',
    terraform: 'enable_key_rotation = true',
  },
  evaluate(key) {
    if (key.manager === 'AWS') return null;
    if (key.origin !== undefined && key.origin !== 'AWS_KMS') return null;
    if (key.keySpec !== undefined && key.keySpec !== 'SYMMETRIC_DEFAULT') return null;
    if (key.keyState !== undefined && key.keyState !== 'Enabled') return null;
    if (key.rotationEnabled === undefined) return notAssessed('whether the key rotates is unknown');
    if (key.rotationEnabled) return pass('automatic rotation of the key material is enabled');
    const unknown = [
      key.manager === undefined && 'who manages it',
      key.origin === undefined && 'its key material origin',
      key.keySpec === undefined && 'its key spec',
      key.keyState === undefined && 'its state',
    ].filter((item): item is string => typeof item === 'string');
    if (unknown.length > 0) {
      return notAssessed(
        `rotation is off, but ${unknown.join(', ')} is unknown, so whether rotation applies is unknown`,
      );
    }
    return fail('automatic rotation is disabled on this enabled customer managed symmetric key', {
      keyId: key.keyId,
    });
  },
});
