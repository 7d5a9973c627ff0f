import type { ResourceOf } from '../../../inventory/resources.js';
import { type CheckContext, defineCheck, fail, notAssessed, pass, type Verdict } from '../../check.js';
import { CONTEXT_HINT, inputName, isDeclared, scopeOf } from '../../lib/declared.js';

export default defineCheck({
  id: 'ebs-volume-encrypted',
  title: 'EBS volumes are encrypted at rest',
  service: 'ebs',
  duty: 'ebs.at-rest.volumes-encrypted',
  severity: 'medium',
  // Security groups and EBS volumes are the firewall and disks of EC2 instances.
  evidences: ['ec2'],
  resourceTypes: ['EbsVolume'],
  // EC2.3 judges attached volumes; this check also fails detached ones, which hold data just the same.
  frameworks: { 'aws-fsbp': ['EC2.3'] },
  // A volume declared unencrypted fails as written; EBS encryption by default decides when known (context).
  iac: { cloudformation: 'both', terraform: 'both' },
  remediation: {
    text: 'EBS cannot encrypt a volume in place: snapshot it, copy the snapshot with encryption (a customer managed KMS key for confidential data), create a volume from the copy and swap it in; enable encryption by default to stop new unencrypted volumes.',
    cli: 'aws ec2 copy-snapshot --source-region <region> --source-snapshot-id <snapshot> --encrypted --kms-key-id <key-arn>',
    cloudformation: 'Encrypted: true\nKmsKeyId: !Ref VolumeKey',
    terraform: 'encrypted  = true\nkms_key_id = aws_kms_key.ebs.arn',
  },
  evaluate(volume, ctx) {
    if (volume.encrypted === undefined) return notAssessed('whether the volume is encrypted is unknown');
    const attachedTo = volume.attachedInstanceIds ?? [];
    if (!volume.encrypted && isDeclared(volume)) return declaredUnencrypted(volume, ctx);
    if (!volume.encrypted) {
      const where = attachedTo.length > 0 ? ` (attached to ${attachedTo.join(', ')})` : '';
      return fail(`the volume is not encrypted${where}`, { attachedInstanceIds: volume.attachedInstanceIds });
    }
    const key = volume.kmsKeyId ? ` with ${volume.kmsKeyId}` : '';
    return pass(`the volume is encrypted${key}`, { kmsKeyId: volume.kmsKeyId });
  },
});

type Volume = ResourceOf<'EbsVolume'>;

/**
 * A template or plan that creates a volume unencrypted is judged as written: EBS encryption by
 * default, an account setting it cannot show, decides only when known (from the inventory's own
 * region settings or the context), and the reason names it either way.
 */
function declaredUnencrypted(volume: Volume, ctx: CheckContext): Verdict {
  const input = inputName(volume);
  const how = volume.defaults?.includes('encrypted') ? 'leaves encryption out' : 'turns encryption off';
  const what = `the ${input} creates the volume unencrypted (it ${how})`;
  const evidence = { attachedInstanceIds: volume.attachedInstanceIds };
  const setting = regionDefault(volume, ctx);
  const where = scopeOf(volume, true);
  if (setting?.value === true) {
    return pass(
      `${what}, but EBS encryption by default is on in ${where} (${setting.origin}), so EBS encrypts it`,
      {
        ...evidence,
        neutralizedBy: 'ebsEncryptionByDefault',
      },
    );
  }
  if (setting?.value === false) {
    return fail(`${what}, and EBS encryption by default is off in ${where} (${setting.origin})`, evidence);
  }
  return fail(
    `${what}; EBS encryption by default, an account setting the ${input} cannot show, would encrypt it if on in ${where} (${CONTEXT_HINT})`,
    { ...evidence, ebsEncryptionByDefault: 'unknown' },
  );
}

/**
 * The region's EBS encryption by default: as scanned, as a plan turns it off, or from the context.
 * A plan that turns it on may create the volume first, so that alone does not count.
 */
function regionDefault(volume: Volume, ctx: CheckContext): { value: boolean; origin: string } | undefined {
  const settings = ctx.inventory
    .ofType('Ec2RegionSettings')
    .find((s) => s.account === volume.account && s.region === volume.region);
  const value = settings?.ebsEncryptionByDefault;
  if (settings && value !== undefined && (value === false || !isDeclared(settings))) {
    return { value, origin: isDeclared(settings) ? `set by this ${inputName(settings)}` : 'as scanned' };
  }
  return ctx.accountFact('ebsEncryptionByDefault', volume);
}
