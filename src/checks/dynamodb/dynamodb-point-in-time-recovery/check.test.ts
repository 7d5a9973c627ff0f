import { resource, testCheck } from '../../../../test/helpers/checks.js';
import check from './check.js';

testCheck(check, {
  valid: [{ name: 'PITR on', resource: resource('DynamoDbTable', { pointInTimeRecovery: true }) }],
  invalid: [{ name: 'PITR off', resource: resource('DynamoDbTable', { pointInTimeRecovery: false }) }],
  notAssessed: [{ name: 'continuous backups unknown', resource: resource('DynamoDbTable', {}) }],
});
