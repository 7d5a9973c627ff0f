import {
  type ContinuousBackupsDescription,
  DescribeContinuousBackupsCommand,
  DescribeTableCommand,
  DynamoDBClient,
  ListTagsOfResourceCommand,
  paginateListTables,
  type TableDescription,
  type Tag,
} from '@aws-sdk/client-dynamodb';
import type { DynamoDbTable } from '../../../inventory/kinds/databases.js';
import type { Collector } from '../collector.js';
import type { AwsContext } from '../context.js';
import { arnOf, baseOf, defaultsOf, eachLimited, listAll, tagsOf } from './regional-kit.js';

/**
 * A table's encryption. Without an SSEDescription the table uses the AWS owned key, DynamoDB's
 * default; SSEType KMS means a KMS key (AWS managed aws/dynamodb or customer managed).
 */
export function encryptionOf(table: TableDescription): {
  sseType: DynamoDbTable['sseType'];
  kmsKeyArn?: string;
  byDefault: boolean;
} {
  const sse = table.SSEDescription;
  const usesKms =
    sse?.SSEType === 'KMS' &&
    (sse.Status === undefined || sse.Status === 'ENABLED' || sse.Status === 'UPDATING');
  if (!usesKms) return { sseType: 'AWS_OWNED', byDefault: sse === undefined };
  return { sseType: 'KMS', ...(sse.KMSMasterKeyArn && { kmsKeyArn: sse.KMSMasterKeyArn }), byDefault: false };
}

function dynamoDbTableOf(
  ctx: AwsContext,
  region: string,
  name: string,
  table: TableDescription | undefined,
  backups: ContinuousBackupsDescription | null | undefined,
  tags: readonly Tag[] | undefined,
): DynamoDbTable {
  const id = table?.TableArn ?? arnOf(ctx, 'dynamodb', region, `table/${name}`);
  const encryption = table ? encryptionOf(table) : undefined;
  const defaults: string[] = [];
  if (encryption?.byDefault) defaults.push('sseType');
  // Deletion protection is off unless turned on; DescribeTable may leave the flag out.
  if (table && table.DeletionProtectionEnabled === undefined) defaults.push('deletionProtection');
  const pitr = backups?.PointInTimeRecoveryDescription?.PointInTimeRecoveryStatus;
  return {
    type: 'DynamoDbTable',
    ...baseOf(ctx, region, id, name, tagsOf(tags), tags === undefined),
    sseType: encryption?.sseType,
    kmsKeyArn: encryption?.kmsKeyArn,
    pointInTimeRecovery: pitr === undefined ? undefined : pitr === 'ENABLED',
    deletionProtection: table ? (table.DeletionProtectionEnabled ?? false) : undefined,
    ...defaultsOf(defaults),
  };
}

async function readTags(ctx: AwsContext, client: DynamoDBClient, region: string, arn: string) {
  return ctx.call(
    {
      service: 'dynamodb',
      region,
      api: 'dynamodb:ListTagsOfResource',
      resourceTypes: ['DynamoDbTable'],
      resourceId: arn,
      fields: ['tags'],
    },
    async () => {
      // ListTagsOfResource pages by NextToken but the SDK has no paginator for it.
      const tags: Tag[] = [];
      let NextToken: string | undefined;
      do {
        const page = await client.send(new ListTagsOfResourceCommand({ ResourceArn: arn, NextToken }));
        tags.push(...(page.Tags ?? []));
        NextToken = page.NextToken;
      } while (NextToken);
      return tags;
    },
  );
}

/** DynamoDB tables per region: encryption, point-in-time recovery, deletion protection, tags. */
export const dynamoDbCollector: Collector = {
  service: 'dynamodb',
  scope: 'regional',
  async collect(ctx, region) {
    const client = ctx.client(DynamoDBClient, region);
    const names = await listAll(
      ctx,
      { service: 'dynamodb', region, api: 'dynamodb:ListTables', resourceTypes: ['DynamoDbTable'] },
      () => paginateListTables({ client }, {}),
      (page) => page.TableNames,
    );
    return eachLimited(ctx, names ?? [], async (name) => {
      const where = (api: string) => ({
        service: 'dynamodb',
        region,
        api: `dynamodb:${api}`,
        resourceTypes: ['DynamoDbTable' as const],
        resourceId: arnOf(ctx, 'dynamodb', region, `table/${name}`),
        // DescribeTable gives all but point-in-time recovery, which only the backups call gives.
        ...(api === 'DescribeContinuousBackups' && { fields: ['pointInTimeRecovery'] }),
      });
      const [described, backups] = await Promise.all([
        ctx.call(where('DescribeTable'), () => client.send(new DescribeTableCommand({ TableName: name }))),
        ctx.call(where('DescribeContinuousBackups'), () =>
          client.send(new DescribeContinuousBackupsCommand({ TableName: name })),
        ),
      ]);
      const table = described?.Table;
      const arn = table?.TableArn ?? arnOf(ctx, 'dynamodb', region, `table/${name}`);
      const tags = await readTags(ctx, client, region, arn);
      return dynamoDbTableOf(ctx, region, name, table, backups?.ContinuousBackupsDescription, tags);
    });
  },
};
