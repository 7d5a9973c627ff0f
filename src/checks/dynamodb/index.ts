import type { AnyCheck } from '../check.js';
import dynamodbPointInTimeRecovery from './dynamodb-point-in-time-recovery/check.js';
import dynamodbTableCustomerKeyWhereRequired from './dynamodb-table-customer-key-where-required/check.js';

export const checks: AnyCheck[] = [dynamodbTableCustomerKeyWhereRequired, dynamodbPointInTimeRecovery];
