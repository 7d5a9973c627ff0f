import { defineCheck, fail, notAssessed, pass } from '../../check.js';

export default defineCheck({
  id: 'cloudtrail-log-file-validation',
  title: 'CloudTrail trails sign their log files for integrity validation',
  service: 'cloudtrail',
  duty: 'cloudtrail.integrity.log-file-validation',
  severity: 'medium',
  resourceTypes: ['CloudTrailTrail'],
  frameworks: { 'cis-aws-3.0': ['3.2'], 'aws-fsbp': ['CloudTrail.4'] },
  iac: { cloudformation: 'both', terraform: 'both' },
  remediation: {
    text: 'Enable log file validation on the trail (aws cloudtrail update-trail --name <trail> --enable-log-file-validation) and check digests with aws cloudtrail validate-logs.',
    cli: 'aws cloudtrail update-trail --name <trail> --enable-log-file-validation',
    cloudformation: 'EnableLogFileValidation: true',
    terraform: 'enable_log_file_validation = true',
  },
  evaluate(trail) {
    if (trail.logFileValidation === undefined)
      return notAssessed('whether the trail validates its log files is unknown');
    if (!trail.logFileValidation) {
      return fail('log file validation is off: changed or deleted log files would go unnoticed');
    }
    return pass('log file validation is on: CloudTrail writes signed digest files for its logs');
  },
});
