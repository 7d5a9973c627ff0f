import { resource, testCheck } from '../testing.js';
import check from './dynamodb-point-in-time-recovery.js';

testCheck(check, {
  valid: [{ name: 'PITR on', resource: resource('DynamoDbTable', { pointInTimeRecovery: true }) }],
  invalid: [{ name: 'PITR off', resource: resource('DynamoDbTable', { pointInTimeRecovery: false }) }],
  notAssessed: [{ name: 'continuous backups unknown', resource: resource('DynamoDbTable', {}) }],
});
