import { defineCheck, fail, notAssessed, pass } from '../../check.js';
import { isGone } from '../instance-state.js';

export default defineCheck({
  id: 'ec2-instance-imdsv2-required',
  title: 'EC2 instances require IMDSv2 session tokens',
  service: 'ec2',
  duty: 'ec2.identity.imdsv2-required',
  severity: 'high',
  resourceTypes: ['Ec2Instance'],
  frameworks: { 'cis-aws-3.0': ['5.6'], 'aws-fsbp': ['EC2.8'] },
  iac: { cloudformation: 'both', terraform: 'both' },
  remediation: {
    text: 'Set the instance metadata options to HttpTokens=required (aws ec2 modify-instance-metadata-options), and make it the account default for new instances.',
    cli: 'aws ec2 modify-instance-metadata-options --instance-id <instance> --http-tokens required --http-endpoint enabled',
    cloudformation: 'MetadataOptions:\n  HttpTokens: required',
    terraform: 'metadata_options {\n  http_tokens = "required"\n}',
  },
  evaluate(instance) {
    if (isGone(instance)) return null;
    // With the endpoint off, neither IMDS version answers, so IMDSv1 credential theft is impossible.
    if (instance.metadataEndpointEnabled === false) {
      return pass('the instance metadata endpoint is disabled', { metadataEndpointEnabled: false });
    }
    if (instance.metadataHttpTokens === 'required') {
      return pass('the instance requires IMDSv2 session tokens', { metadataHttpTokens: 'required' });
    }
    if (instance.metadataHttpTokens === undefined) {
      return notAssessed('the instance metadata token setting (HttpTokens) is unknown');
    }
    if (instance.metadataEndpointEnabled === undefined) {
      return notAssessed('IMDSv1 is allowed, but whether the metadata endpoint is enabled is unknown');
    }
    return fail(
      'the instance allows IMDSv1 (HttpTokens optional): a server-side request forgery can read its role credentials',
      { metadataHttpTokens: 'optional', metadataEndpointEnabled: true },
    );
  },
});
