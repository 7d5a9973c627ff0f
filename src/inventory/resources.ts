import { z } from 'zod';
import type { ServiceId } from '../model/responsibility.js';
import type { KindInfo } from './kind.js';
import { awsAccountKind } from './kinds/account.js';
import { cloudTrailTrailKind } from './kinds/cloudtrail.js';
import {
  cloudFrontDistributionKind,
  ecrRepositoryKind,
  ecsServiceKind,
  eksClusterKind,
  lambdaFunctionKind,
  workspaceKind,
} from './kinds/compute.js';
import {
  dynamoDbTableKind,
  rdsClusterKind,
  rdsInstanceKind,
  rdsSnapshotKind,
  redshiftClusterKind,
} from './kinds/databases.js';
import {
  amiKind,
  directConnectInterfaceKind,
  ebsSnapshotKind,
  ebsVolumeKind,
  ec2InstanceKind,
  ec2RegionSettingsKind,
  securityGroupKind,
  subnetKind,
  vpcKind,
  vpnConnectionKind,
  vpnGatewayKind,
} from './kinds/ec2.js';
import { efsFileSystemKind } from './kinds/efs.js';
import { loadBalancerKind } from './kinds/elb.js';
import { iamGroupKind, iamPolicyKind, iamRoleKind, iamUserKind } from './kinds/iam.js';
import { kmsKeyKind } from './kinds/kms.js';
import { s3BucketKind } from './kinds/s3.js';

/**
 * The registry: every resource kind, each defined once in kinds/. Every list that restates a fact
 * about kinds (types, services, ASFF types, the kinds that hold data) derives from this one.
 */
export const KINDS = [
  awsAccountKind,
  iamUserKind,
  iamGroupKind,
  iamRoleKind,
  iamPolicyKind,
  ec2InstanceKind,
  securityGroupKind,
  vpcKind,
  subnetKind,
  ec2RegionSettingsKind,
  ebsVolumeKind,
  ebsSnapshotKind,
  amiKind,
  vpnGatewayKind,
  vpnConnectionKind,
  directConnectInterfaceKind,
  s3BucketKind,
  kmsKeyKind,
  cloudTrailTrailKind,
  rdsInstanceKind,
  rdsClusterKind,
  rdsSnapshotKind,
  redshiftClusterKind,
  dynamoDbTableKind,
  loadBalancerKind,
  lambdaFunctionKind,
  efsFileSystemKind,
  ecsServiceKind,
  eksClusterKind,
  ecrRepositoryKind,
  cloudFrontDistributionKind,
  workspaceKind,
] as const;

type Kinds = typeof KINDS;
type Kind = Kinds[number];

type SchemasOf<K extends readonly unknown[]> = {
  -readonly [I in keyof K]: K[I] extends { schema: infer S } ? S : never;
};
const RESOURCE_SCHEMAS = KINDS.map((kind) => kind.schema) as unknown as SchemasOf<Kinds>;

export const ResourceSchema = z.discriminatedUnion('type', RESOURCE_SCHEMAS);
export type Resource = z.infer<typeof ResourceSchema>;
export type ResourceType = Resource['type'];
export type ResourceOf<T extends ResourceType> = Extract<Resource, { type: T }>;

export const RESOURCE_TYPES: readonly ResourceType[] = KINDS.map((kind) => kind.type);

/** What every kind tells, with the row function it may have, for code that serves any kind. */
type AnyKind = KindInfo & { serviceOf?: (resource: Resource) => ServiceId };

const KIND_OF_TYPE = new Map<string, AnyKind>(KINDS.map((kind) => [kind.type, kind as AnyKind]));

/** The definition of a kind. */
export function kindOf(type: ResourceType): AnyKind {
  return KIND_OF_TYPE.get(type) as AnyKind;
}

/** The types of the kinds whose traits match, in registry order. */
type TypesWith<Traits> = Extract<Kind, { traits: Traits }>['type'];

function typesWhere<T extends ResourceType>(test: (kind: KindInfo) => boolean): readonly T[] {
  return (KINDS as readonly KindInfo[]).filter(test).map((kind) => kind.type as T);
}

/** Where customer data rests: the kinds whose classification decides how they are judged. */
type DataStoreType = TypesWith<{ data: 'store' }>;
export const DATA_STORE_TYPES = typesWhere<DataStoreType>((k) => k.traits.data === 'store');

/** Regional kinds that hold or process customer data (what a jurisdiction policy is about). */
type RegionalDataType = TypesWith<{ scope: 'regional'; data: 'store' | 'handles' }>;
export const REGIONAL_DATA_TYPES = typesWhere<RegionalDataType>(
  (k) => k.traits.scope === 'regional' && k.traits.data !== undefined,
);

/** Kinds whose data rests under a key whose custody can be judged. */
export type KeyCustodyType = TypesWith<{ keyCustody: true }>;
export const KEY_CUSTODY_TYPES = typesWhere<KeyCustodyType>((k) => k.traits.keyCustody === true);

/** Every service whose resources can be of this type (RDS instances may be Aurora members, …). */
export function servicesOfType(type: ResourceType): ServiceId[] {
  const kind = kindOf(type);
  return kind.services ? [...kind.services] : [kind.service];
}

/** The service whose row of the responsibility matrix a resource belongs to. */
export function serviceOf(resource: Resource): ServiceId {
  const kind = kindOf(resource.type);
  return kind.serviceOf ? kind.serviceOf(resource) : kind.service;
}

/** The ASFF resource type of a resource; 'Other' for a kind ASFF has no type for. */
export function asffTypeOf(type: ResourceType, id: string): string {
  const asff = kindOf(type).asffType;
  return typeof asff === 'function' ? asff(id) : (asff ?? 'Other');
}
