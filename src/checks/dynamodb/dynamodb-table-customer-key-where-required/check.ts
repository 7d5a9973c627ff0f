import type { DynamoDbTable } from '../../../inventory/kinds/databases.js';
import { CUSTODY_TITLES, type CustodyLevel, custodyRank } from '../../../model/custody.js';
import { type CheckContext, defineCheck, fail, notAssessed, pass, type Verdict } from '../../check.js';

export default defineCheck({
  id: 'dynamodb-table-customer-key-where-required',
  title: 'DynamoDB tables use the key custody their data classification requires',
  service: 'dynamodb',
  duty: 'dynamodb.keys.customer-key-where-required',
  severity: 'high',
  resourceTypes: ['DynamoDbTable'],
  frameworks: {},
  iac: { cloudformation: 'both', terraform: 'both' },
  remediation: {
    text:
      'Switch the table’s encryption to a customer managed KMS key (UpdateTable SSESpecification: ' +
      'SSEType=KMS, KMSMasterKeyId=<your key>); the change applies online, without downtime.',
    cli: 'aws dynamodb update-table --table-name <table> --sse-specification Enabled=true,SSEType=KMS,KMSMasterKeyId=<key-arn>',
    cloudformation: 'SSESpecification:\n  SSEEnabled: true\n  SSEType: KMS\n  KMSMasterKeyId: !Ref TableKey',
    terraform: 'server_side_encryption {\n  enabled     = true\n  kms_key_arn = aws_kms_key.table.arn\n}',
  },
  evaluate(table, ctx) {
    const required = ctx.requirementsFor(table).minKeyCustody;
    const level = ctx.classificationOf(table);
    const needs = `${level} data needs ${CUSTODY_TITLES[required]} custody or stronger`;
    // DynamoDB encrypts every table at rest, at least with an AWS owned key.
    if (custodyRank(required) <= custodyRank('aws-owned')) {
      return pass(`an AWS owned key (or stronger) meets the '${required}' requirement for ${level} data`, {
        sseType: table.sseType,
        requiredCustody: required,
      });
    }
    if (required === 'client-side') {
      return notAssessed(
        `${needs}: client-side encryption happens in the application and cannot be seen on the table`,
      );
    }
    const custody = custodyOf(table, required, ctx);
    if ('verdict' in custody) return custody.verdict;
    const evidence = { sseType: table.sseType, kmsKeyArn: table.kmsKeyArn, custody: custody.level, required };
    if (custodyRank(custody.level) < custodyRank(required)) {
      return fail(`the table is encrypted with ${custody.describe}; ${needs}`, evidence);
    }
    return pass(
      `the table is encrypted with ${custody.describe}, which meets what ${level} data needs`,
      evidence,
    );
  },
});

type Custody = { level: CustodyLevel; describe: string } | { verdict: Verdict };

/** The key custody of a table's encryption, or the verdict when it cannot be told. */
function custodyOf(table: DynamoDbTable, required: CustodyLevel, ctx: CheckContext): Custody {
  if (table.sseType === undefined) return { verdict: notAssessed('the table’s encryption type is unknown') };
  if (table.sseType === 'AWS_OWNED')
    return { level: 'aws-owned', describe: 'the AWS owned key (the default)' };
  if (!table.kmsKeyArn) return { verdict: notAssessed('the table uses a KMS key, but which one is unknown') };
  const key = ctx.inventory.find('KmsKey', table.kmsKeyArn, table);
  if (!key) {
    return {
      verdict: notAssessed(
        `KMS key ${table.kmsKeyArn} is not in the inventory, so who manages it is unknown`,
      ),
    };
  }
  if (key.manager === undefined) {
    return {
      verdict: notAssessed(`whether KMS key ${table.kmsKeyArn} is AWS or customer managed is unknown`),
    };
  }
  if (key.manager === 'AWS') {
    return { level: 'aws-managed', describe: `the AWS managed key ${key.aliases[0] ?? key.keyId}` };
  }
  if (key.origin === undefined) {
    // Enough to meet 'customer-managed'; only the stronger external level needs the key material's origin.
    if (custodyRank(required) > custodyRank('customer-managed')) {
      return { verdict: notAssessed(`where the key material of KMS key ${key.keyId} comes from is unknown`) };
    }
    return { level: 'customer-managed', describe: `customer managed key ${key.keyId}` };
  }
  return key.origin === 'AWS_KMS'
    ? { level: 'customer-managed', describe: `customer managed key ${key.keyId}` }
    : {
        level: 'customer-managed-external',
        describe: `customer managed key ${key.keyId} with ${key.origin} key material`,
      };
}
