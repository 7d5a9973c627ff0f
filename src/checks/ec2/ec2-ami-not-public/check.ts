import { defineCheck, fail, notAssessed, pass } from '../../check.js';

export default defineCheck({
  id: 'ec2-ami-not-public',
  title: "The account's AMIs are not public",
  service: 'ec2',
  duty: 'ec2.identity.amis-not-public',
  severity: 'high',
  resourceTypes: ['Ami'],
  frameworks: {},
  iac: {
    cloudformation: { never: 'templates do not create AMIs or their launch permissions' },
    terraform: 'both',
  },
  remediation: {
    text: 'Remove the public launch permission (aws ec2 modify-image-attribute --launch-permission "Remove=[{Group=all}]"), share with specific accounts or organizations instead, and turn on block public access for AMIs in every region.',
    cli: 'aws ec2 modify-image-attribute --image-id <ami> --launch-permission "Remove=[{Group=all}]"',
  },
  evaluate(image, ctx) {
    if (image.public === undefined) return notAssessed('the launch permissions of the image are unknown');
    const sharedWith = image.sharedWithAccounts ?? [];
    if (image.public) {
      // Block public access stops new public sharing only; images already public stay public.
      const settings = ctx.inventory
        .ofType('Ec2RegionSettings')
        .find((s) => s.account === image.account && s.region === image.region);
      return fail('anyone with an AWS account can launch this image and read its disks', {
        imageBlockPublicAccess: settings?.imageBlockPublicAccess,
        encrypted: image.encrypted,
      });
    }
    if (image.sharedWithAccounts === undefined) {
      return pass('the image is not public (accounts it is shared with are unknown)');
    }
    if (sharedWith.length === 0) return pass('the image is private to the account');
    return pass(`the image is not public; it is shared with ${sharedWith.join(', ')}`, {
      sharedWithAccounts: sharedWith,
    });
  },
});
