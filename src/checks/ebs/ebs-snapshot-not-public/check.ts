import { defineCheck, fail, notAssessed, pass } from '../../check.js';

export default defineCheck({
  id: 'ebs-snapshot-not-public',
  title: 'EBS snapshots are not publicly restorable',
  service: 'ebs',
  // Who may read the data: an access decision, so identity and access rather than classification.
  duty: 'ebs.identity.snapshots-not-public',
  severity: 'critical',
  resourceTypes: ['EbsSnapshot'],
  frameworks: { 'aws-fsbp': ['EC2.1'] },
  // terraform: aws_snapshot_create_volume_permission takes an account id only: Terraform cannot make a snapshot public.
  iac: {
    cloudformation: { never: 'templates do not create EBS snapshots or share them' },
    terraform: 'pass-only',
  },
  remediation: {
    text: 'Remove the public create-volume permission (aws ec2 modify-snapshot-attribute --create-volume-permission "Remove=[{Group=all}]"), share with named accounts only, and turn on block public access for snapshots.',
    cli: 'aws ec2 modify-snapshot-attribute --snapshot-id <snapshot> --attribute createVolumePermission --operation-type remove --group-names all',
  },
  evaluate(snapshot) {
    if (snapshot.public === undefined)
      return notAssessed('the create-volume permissions of the snapshot are unknown');
    if (snapshot.public) {
      return fail('anyone with an AWS account can create a volume from this snapshot and read its data', {
        volumeId: snapshot.volumeId,
        encrypted: snapshot.encrypted,
        sharedWithAccounts: snapshot.sharedWithAccounts,
      });
    }
    const sharedWith = snapshot.sharedWithAccounts;
    if (sharedWith === undefined)
      return pass('the snapshot is not public (accounts it is shared with are unknown)');
    if (sharedWith.length === 0) return pass('the snapshot is private to the account');
    return pass(`the snapshot is not public; it is shared with ${sharedWith.join(', ')}`, {
      sharedWithAccounts: sharedWith,
    });
  },
});
