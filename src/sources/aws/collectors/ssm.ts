/**
 * Systems Manager facts about EC2 instances. There is no SSM collector: what demarc needs from SSM
 * (is the instance managed, is it patch compliant) are properties of Ec2Instance, and collectors run
 * independently, so the EC2 collector calls these functions for the instances it has just listed.
 * A separate collector would have to emit half-instances for someone to merge.
 */
import {
  type InstanceInformation,
  type InstancePatchState,
  paginateDescribeInstanceInformation,
  paginateDescribeInstancePatchStates,
  SSMClient,
} from '@aws-sdk/client-ssm';
import type { z } from 'zod';
import type { PatchComplianceSchema } from '../../../inventory/kinds/ec2.js';
import type { AwsContext } from '../context.js';
import { chunk, listAll } from './regional-kit.js';

type PatchCompliance = z.infer<typeof PatchComplianceSchema>;

/** DescribeInstancePatchStates takes at most 50 instance ids per request. */
const PATCH_STATE_BATCH = 50;

export interface SsmFacts {
  /** Instance ids registered with Systems Manager; undefined when the listing failed. */
  managed: ReadonlySet<string> | undefined;
  /** Patch state per instance id, for the instances whose batch could be read. */
  patchStates: ReadonlyMap<string, PatchCompliance>;
  /** Instance ids whose patch state was asked for and answered (present or absent). */
  patchStatesRead: ReadonlySet<string>;
}

/**
 * Reads which of a region's instances SSM manages and their patch states. Both are region-wide
 * enrichments of already-listed instances, so a failure is recorded with no resource types: it must
 * not read as "the instances could not be listed". The fields it feeds simply stay unknown.
 */
export async function readSsmFacts(
  ctx: AwsContext,
  region: string,
  instanceIds: readonly string[],
): Promise<SsmFacts> {
  const empty = { managed: new Set<string>(), patchStates: new Map(), patchStatesRead: new Set<string>() };
  if (instanceIds.length === 0) return empty;
  const client = ctx.client(SSMClient, region);
  const infos = await listAll(
    ctx,
    {
      service: 'ssm',
      region,
      api: 'ssm:DescribeInstanceInformation',
      resourceTypes: ['Ec2Instance'],
      detail: true,
      // Without it an instance with no patch state may be unmanaged or never scanned: both unknown.
      fields: ['ssmManaged', 'patchCompliance'],
    },
    () => paginateDescribeInstanceInformation({ client }, {}),
    (page) => page.InstanceInformationList,
  );
  const managed = infos ? managedIds(infos) : undefined;
  // Only managed instances can have patch states; when that is unknown, ask about all of them.
  const asked = managed ? instanceIds.filter((id) => managed.has(id)) : [...instanceIds];
  const patchStates = new Map<string, PatchCompliance>();
  const patchStatesRead = new Set<string>();
  for (const batch of chunk(asked, PATCH_STATE_BATCH)) {
    const states = await listAll(
      ctx,
      {
        service: 'ssm',
        region,
        api: 'ssm:DescribeInstancePatchStates',
        resourceTypes: ['Ec2Instance'],
        detail: true,
        fields: ['patchCompliance'],
      },
      () => paginateDescribeInstancePatchStates({ client }, { InstanceIds: batch }),
      (page) => page.InstancePatchStates,
    );
    if (!states) continue;
    for (const id of batch) patchStatesRead.add(id);
    for (const state of states) {
      if (state.InstanceId) patchStates.set(state.InstanceId, patchComplianceOf(state));
    }
  }
  return { managed, patchStates, patchStatesRead };
}

function managedIds(infos: readonly InstanceInformation[]): Set<string> {
  return new Set(infos.map((i) => i.InstanceId).filter((id): id is string => Boolean(id)));
}

/**
 * AWS reports no overall status in a patch state; an instance is NON_COMPLIANT when a baseline
 * patch is missing or failed, or when any patch counts as non-compliant by its classification
 * (critical, security, other: these include patches installed but awaiting a reboot).
 */
export function patchComplianceOf(state: InstancePatchState): PatchCompliance {
  const missingCount = state.MissingCount ?? 0;
  const failedCount = state.FailedCount ?? 0;
  const nonCompliant =
    (state.CriticalNonCompliantCount ?? 0) +
    (state.SecurityNonCompliantCount ?? 0) +
    (state.OtherNonCompliantCount ?? 0);
  return {
    status: missingCount + failedCount + nonCompliant > 0 ? 'NON_COMPLIANT' : 'COMPLIANT',
    missingCount,
    failedCount,
    ...(state.CriticalNonCompliantCount !== undefined && {
      criticalMissingCount: state.CriticalNonCompliantCount,
    }),
    ...(state.OperationEndTime && { lastOperationAt: state.OperationEndTime.toISOString() }),
  };
}

/**
 * The SSM fields of one instance: managed when it appears in the instance information; patch
 * compliance null when it was asked about and has no patch state (managed, never scanned).
 */
export function ssmFieldsOf(
  facts: SsmFacts,
  instanceId: string,
): { ssmManaged?: boolean; patchCompliance?: PatchCompliance | null } {
  const ssmManaged = facts.managed ? facts.managed.has(instanceId) : undefined;
  let patchCompliance: PatchCompliance | null | undefined;
  const state = facts.patchStates.get(instanceId);
  if (state) patchCompliance = state;
  else if (ssmManaged === false) patchCompliance = null;
  else if (ssmManaged === true && facts.patchStatesRead.has(instanceId)) patchCompliance = null;
  // Management unknown and no state: never scanned, or not managed at all; cannot tell.
  return { ssmManaged, patchCompliance };
}
