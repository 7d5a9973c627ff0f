import { z } from 'zod';
import { defineKind } from '../kind.js';

export const PatchComplianceSchema = z.strictObject({
  status: z.enum(['COMPLIANT', 'NON_COMPLIANT']),
  missingCount: z.number().int(),
  failedCount: z.number().int(),
  criticalMissingCount: z.number().int().optional(),
  /** ISO time of the last patch scan or install. */
  lastOperationAt: z.string().optional(),
});

export const ec2InstanceKind = defineKind({
  type: 'Ec2Instance',
  service: 'ec2',
  traits: { scope: 'regional', data: 'handles' },
  asffType: 'AwsEc2Instance',
  producedBy: ['aws', 'cloudformation', 'terraform'],
  schema: {
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
  },
});
const Ec2InstanceSchema = ec2InstanceKind.schema;
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

/** A rule for all traffic of every protocol, to or from what `where` names. */
const allTraffic = (
  where: Partial<Pick<SecurityGroupRule, 'ipv4Ranges' | 'ipv6Ranges' | 'sourceGroupIds'>>,
) => ({
  protocol: '-1',
  ipv4Ranges: where.ipv4Ranges ?? [],
  ipv6Ranges: where.ipv6Ranges ?? [],
  sourceGroupIds: where.sourceGroupIds ?? [],
  prefixListIds: [],
});

const SECURITY_GROUP_RULES_DOC = 'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html';

export const securityGroupKind = defineKind({
  type: 'SecurityGroup',
  service: 'vpc',
  traits: { scope: 'regional' },
  asffType: 'AwsEc2SecurityGroup',
  producedBy: ['aws', 'cloudformation', 'terraform'],
  schema: {
    groupId: z.string(),
    vpcId: z.string().optional(),
    isDefault: z.boolean(),
    ingress: z.array(SecurityGroupRuleSchema).optional(),
    /** With ingress unknown: rules known to be there, though more may be (a rule the input could not place). */
    ingressAtLeast: z.array(SecurityGroupRuleSchema).optional(),
    egress: z.array(SecurityGroupRuleSchema).optional(),
    /** Network interfaces using the group; undefined = unknown. */
    attachmentCount: z.number().int().optional(),
  },
  defaults: {
    /** A group someone creates has no inbound rule… */
    ingress: { value: [], doc: SECURITY_GROUP_RULES_DOC },
    /** …and one outbound rule for all IPv4 traffic. */
    egress: { value: [allTraffic({ ipv4Ranges: ['0.0.0.0/0'] })], doc: SECURITY_GROUP_RULES_DOC },
    /**
     * The default group AWS creates with every VPC: all traffic in from the group's own members,
     * all traffic out (to ::/0 as well when the VPC has IPv6).
     */
    vpcDefaultGroup: {
      value: (
        groupId: string,
        ipv6: boolean,
      ): { ingress: SecurityGroupRule[]; egress: SecurityGroupRule[] } => ({
        ingress: [allTraffic({ sourceGroupIds: [groupId] })],
        egress: [allTraffic({ ipv4Ranges: ['0.0.0.0/0'], ipv6Ranges: ipv6 ? ['::/0'] : [] })],
      }),
      doc: 'https://docs.aws.amazon.com/vpc/latest/userguide/default-security-group.html',
    },
  },
});
const SecurityGroupSchema = securityGroupKind.schema;
export type SecurityGroup = z.infer<typeof SecurityGroupSchema>;

const FlowLogSchema = z.strictObject({
  id: z.string(),
  trafficType: z.enum(['ACCEPT', 'REJECT', 'ALL']),
  active: z.boolean(),
});

export const vpcKind = defineKind({
  type: 'Vpc',
  service: 'vpc',
  traits: { scope: 'regional' },
  asffType: 'AwsEc2Vpc',
  producedBy: ['aws', 'cloudformation', 'terraform'],
  schema: {
    vpcId: z.string(),
    isDefault: z.boolean().optional(),
    cidrBlock: z.string().optional(),
    flowLogs: z.array(FlowLogSchema).optional(),
    /** Transit gateways attached to this VPC. */
    transitGatewayIds: z.array(z.string()).optional(),
  },
});
const VpcSchema = vpcKind.schema;
export type Vpc = z.infer<typeof VpcSchema>;

export const subnetKind = defineKind({
  type: 'Subnet',
  service: 'vpc',
  traits: { scope: 'regional' },
  asffType: 'AwsEc2Subnet',
  producedBy: ['aws', 'cloudformation'],
  schema: {
    vpcId: z.string(),
    cidrBlock: z.string().optional(),
    mapPublicIpOnLaunch: z.boolean().optional(),
    /** Has a route to an internet gateway. */
    routesToInternetGateway: z.boolean().optional(),
  },
});
const SubnetSchema = subnetKind.schema;
export type Subnet = z.infer<typeof SubnetSchema>;

/** Per-region EC2 account settings. id = 'ec2-settings:<account>:<region>'. */
export const ec2RegionSettingsKind = defineKind({
  type: 'Ec2RegionSettings',
  service: 'ebs',
  traits: { scope: 'regional' },
  producedBy: ['aws', 'terraform'],
  schema: {
    ebsEncryptionByDefault: z.boolean().optional(),
    ebsDefaultKmsKeyId: z.string().optional(),
    /** Block public access for AMIs (account, region). */
    imageBlockPublicAccess: z.boolean().optional(),
  },
});
const Ec2RegionSettingsSchema = ec2RegionSettingsKind.schema;
export type Ec2RegionSettings = z.infer<typeof Ec2RegionSettingsSchema>;

export const ebsVolumeKind = defineKind({
  type: 'EbsVolume',
  service: 'ebs',
  traits: { scope: 'regional', data: 'store', keyCustody: true },
  asffType: 'AwsEc2Volume',
  producedBy: ['aws', 'cloudformation', 'terraform'],
  schema: {
    encrypted: z.boolean().optional(),
    kmsKeyId: z.string().optional(),
    sizeGiB: z.number().optional(),
    attachedInstanceIds: z.array(z.string()).optional(),
  },
});
const EbsVolumeSchema = ebsVolumeKind.schema;
export type EbsVolume = z.infer<typeof EbsVolumeSchema>;

export const ebsSnapshotKind = defineKind({
  type: 'EbsSnapshot',
  service: 'ebs',
  traits: { scope: 'regional', data: 'store', keyCustody: true },
  producedBy: ['aws', 'terraform'],
  schema: {
    encrypted: z.boolean().optional(),
    kmsKeyId: z.string().optional(),
    volumeId: z.string().optional(),
    /** createVolumePermission includes group 'all'. */
    public: z.boolean().optional(),
    sharedWithAccounts: z.array(z.string()).optional(),
  },
});
const EbsSnapshotSchema = ebsSnapshotKind.schema;
export type EbsSnapshot = z.infer<typeof EbsSnapshotSchema>;

export const amiKind = defineKind({
  type: 'Ami',
  service: 'ec2',
  traits: { scope: 'regional' },
  producedBy: ['aws', 'terraform'],
  schema: {
    public: z.boolean().optional(),
    sharedWithAccounts: z.array(z.string()).optional(),
    encrypted: z.boolean().optional(),
  },
});
const AmiSchema = amiKind.schema;
export type Ami = z.infer<typeof AmiSchema>;

export const vpnGatewayKind = defineKind({
  type: 'VpnGateway',
  service: 'vpc',
  traits: { scope: 'regional' },
  producedBy: ['aws', 'cloudformation'],
  schema: {
    state: z.string().optional(),
    attachedVpcIds: z.array(z.string()).default([]),
  },
});
const VpnGatewaySchema = vpnGatewayKind.schema;
export type VpnGateway = z.infer<typeof VpnGatewaySchema>;

export const vpnConnectionKind = defineKind({
  type: 'VpnConnection',
  service: 'vpc',
  traits: { scope: 'regional' },
  asffType: 'AwsEc2VpnConnection',
  producedBy: ['aws', 'cloudformation'],
  schema: {
    state: z.string().optional(),
    vpnGatewayId: z.string().optional(),
    transitGatewayId: z.string().optional(),
    /** Tunnels reported UP. */
    tunnelsUp: z.number().int().optional(),
  },
});
const VpnConnectionSchema = vpnConnectionKind.schema;
export type VpnConnection = z.infer<typeof VpnConnectionSchema>;

/** A Direct Connect virtual interface (private or transit). */
export const directConnectInterfaceKind = defineKind({
  type: 'DirectConnectInterface',
  service: 'vpc',
  traits: { scope: 'regional' },
  producedBy: [],
  schema: {
    state: z.string().optional(),
    virtualGatewayId: z.string().optional(),
    directConnectGatewayId: z.string().optional(),
  },
});
