import type { AnyCheck } from '../check.js';
import dynamodbPointInTimeRecovery from './dynamodb-point-in-time-recovery.js';
import dynamodbTableCustomerKeyWhereRequired from './dynamodb-table-customer-key-where-required.js';

export const checks: AnyCheck[] = [dynamodbTableCustomerKeyWhereRequired, dynamodbPointInTimeRecovery];
