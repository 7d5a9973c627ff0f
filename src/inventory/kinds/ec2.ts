import { z } from 'zod';
import { resourceSchema } from '../base.js';

export const PatchComplianceSchema = z.strictObject({
  status: z.enum(['COMPLIANT', 'NON_COMPLIANT']),
  missingCount: z.number().int(),
  failedCount: z.number().int(),
  criticalMissingCount: z.number().int().optional(),
  /** ISO time of the last patch scan or install. */
  lastOperationAt: z.string().optional(),
});

export const Ec2InstanceSchema = resourceSchema('Ec2Instance', {
  state: z.string().optional(),
  /** EC2 API values: default (shared hardware), dedicated (dedicated instance), host (dedicated host). */
  tenancy: z.enum(['default', 'dedicated', 'host']).optional(),
  /** 'required' = IMDSv2 only; 'optional' = IMDSv1 allowed. */
  metadataHttpTokens: z.enum(['required', 'optional']).optional(),
  metadataEndpointEnabled: z.boolean().optional(),
  imageId: z.string().optional(),
  vpcId: z.string().optional(),
  subnetId: z.string().optional(),
  securityGroupIds: z.array(z.string()).optional(),
  publicIp: z.string().nullable().optional(),
  volumeIds: z.array(z.string()).optional(),
  instanceProfileArn: z.string().nullable().optional(),
  platform: z.string().optional(),
  /** Registered with Systems Manager (SSM agent online in DescribeInstanceInformation). */
  ssmManaged: z.boolean().optional(),
  /** null = managed but never patch-scanned. */
  patchCompliance: PatchComplianceSchema.nullable().optional(),
});
export type Ec2Instance = z.infer<typeof Ec2InstanceSchema>;

export const SecurityGroupRuleSchema = z.strictObject({
  /** '-1' = all protocols. */
  protocol: z.string(),
  fromPort: z.number().int().optional(),
  toPort: z.number().int().optional(),
  ipv4Ranges: z.array(z.string()).default([]),
  ipv6Ranges: z.array(z.string()).default([]),
  sourceGroupIds: z.array(z.string()).default([]),
  prefixListIds: z.array(z.string()).default([]),
});
export type SecurityGroupRule = z.infer<typeof SecurityGroupRuleSchema>;

export const SecurityGroupSchema = resourceSchema('SecurityGroup', {
  groupId: z.string(),
  vpcId: z.string().optional(),
  isDefault: z.boolean(),
  ingress: z.array(SecurityGroupRuleSchema).optional(),
  /** With ingress unknown: rules known to be there, though more may be (a rule the input could not place). */
  ingressAtLeast: z.array(SecurityGroupRuleSchema).optional(),
  egress: z.array(SecurityGroupRuleSchema).optional(),
  /** Network interfaces using the group; undefined = unknown. */
  attachmentCount: z.number().int().optional(),
});
export type SecurityGroup = z.infer<typeof SecurityGroupSchema>;

export const FlowLogSchema = z.strictObject({
  id: z.string(),
  trafficType: z.enum(['ACCEPT', 'REJECT', 'ALL']),
  active: z.boolean(),
});

export const VpcSchema = resourceSchema('Vpc', {
  vpcId: z.string(),
  isDefault: z.boolean().optional(),
  cidrBlock: z.string().optional(),
  flowLogs: z.array(FlowLogSchema).optional(),
  /** Transit gateways attached to this VPC. */
  transitGatewayIds: z.array(z.string()).optional(),
});
export type Vpc = z.infer<typeof VpcSchema>;

export const SubnetSchema = resourceSchema('Subnet', {
  vpcId: z.string(),
  cidrBlock: z.string().optional(),
  mapPublicIpOnLaunch: z.boolean().optional(),
  /** Has a route to an internet gateway. */
  routesToInternetGateway: z.boolean().optional(),
});
export type Subnet = z.infer<typeof SubnetSchema>;

/** Per-region EC2 account settings. id = 'ec2-settings:<account>:<region>'. */
export const Ec2RegionSettingsSchema = resourceSchema('Ec2RegionSettings', {
  ebsEncryptionByDefault: z.boolean().optional(),
  ebsDefaultKmsKeyId: z.string().optional(),
  /** Block public access for AMIs (account, region). */
  imageBlockPublicAccess: z.boolean().optional(),
});
export type Ec2RegionSettings = z.infer<typeof Ec2RegionSettingsSchema>;

export const EbsVolumeSchema = resourceSchema('EbsVolume', {
  encrypted: z.boolean().optional(),
  kmsKeyId: z.string().optional(),
  sizeGiB: z.number().optional(),
  attachedInstanceIds: z.array(z.string()).optional(),
});
export type EbsVolume = z.infer<typeof EbsVolumeSchema>;

export const EbsSnapshotSchema = resourceSchema('EbsSnapshot', {
  encrypted: z.boolean().optional(),
  kmsKeyId: z.string().optional(),
  volumeId: z.string().optional(),
  /** createVolumePermission includes group 'all'. */
  public: z.boolean().optional(),
  sharedWithAccounts: z.array(z.string()).optional(),
});
export type EbsSnapshot = z.infer<typeof EbsSnapshotSchema>;

export const AmiSchema = resourceSchema('Ami', {
  public: z.boolean().optional(),
  sharedWithAccounts: z.array(z.string()).optional(),
  encrypted: z.boolean().optional(),
});
export type Ami = z.infer<typeof AmiSchema>;

export const VpnGatewaySchema = resourceSchema('VpnGateway', {
  state: z.string().optional(),
  attachedVpcIds: z.array(z.string()).default([]),
});
export type VpnGateway = z.infer<typeof VpnGatewaySchema>;

export const VpnConnectionSchema = resourceSchema('VpnConnection', {
  state: z.string().optional(),
  vpnGatewayId: z.string().optional(),
  transitGatewayId: z.string().optional(),
  /** Tunnels reported UP. */
  tunnelsUp: z.number().int().optional(),
});
export type VpnConnection = z.infer<typeof VpnConnectionSchema>;

/** A Direct Connect virtual interface (private or transit). */
export const DirectConnectInterfaceSchema = resourceSchema('DirectConnectInterface', {
  state: z.string().optional(),
  virtualGatewayId: z.string().optional(),
  directConnectGatewayId: z.string().optional(),
});
export type DirectConnectInterface = z.infer<typeof DirectConnectInterfaceSchema>;
