import { z } from 'zod';
import { CUSTODY_LEVELS, type CustodyLevel } from '../model/custody.js';
import { DOMAIN_IDS, type DomainId } from '../model/domains.js';
import { SERVICE_IDS, type ServiceId } from '../model/responsibility.js';

/** What a data classification level demands of the resources that hold such data. */
export const RequirementsSchema = z.strictObject({
  minKeyCustody: z.enum(CUSTODY_LEVELS).optional().describe('weakest acceptable key custody'),
  encryptionInTransit: z.boolean().optional().describe('TLS required for every connection'),
  backupRetentionDays: z.number().int().min(0).optional().describe('minimum backup retention'),
  accessLogging: z.boolean().optional().describe('data access must be logged'),
  dedicatedTenancy: z.boolean().optional().describe('compute must run on single-tenant hardware'),
  allowedJurisdictions: z
    .array(z.string())
    .optional()
    .describe('countries (ISO 3166 alpha-2), groups (EU, EEA, US, …) or region codes'),
});
export type RequirementsInput = z.infer<typeof RequirementsSchema>;

/** Requirements with every field decided (defaults filled, lower levels inherited). */
export interface Requirements {
  minKeyCustody: CustodyLevel;
  encryptionInTransit: boolean;
  backupRetentionDays: number;
  accessLogging: boolean;
  dedicatedTenancy: boolean;
  allowedJurisdictions?: readonly string[];
}

export const AttestationSchema = z.strictObject({
  id: z.string().min(1),
  domain: z.enum(DOMAIN_IDS as [DomainId, ...DomainId[]]),
  services: z.array(z.enum(SERVICE_IDS)).optional().describe('matrix rows it covers; all rows when left out'),
  statement: z.string().min(1),
  attestedBy: z.string().min(1),
  date: z.iso.date(),
  expires: z.iso.date(),
  evidence: z.string().min(1).describe('link to the evidence, e.g. a training report'),
});
export type Attestation = z.infer<typeof AttestationSchema>;

export const PolicySchema = z.strictObject({
  version: z.literal(1),
  classification: z
    .strictObject({
      tagKey: z.string().min(1).default('DataClassification'),
      levels: z.array(z.string().min(1)).min(1).default(['public', 'internal', 'confidential', 'restricted']),
      default: z.string().min(1).default('internal'),
      requirements: z.record(z.string(), RequirementsSchema).default({}),
    })
    .optional(),
  jurisdictions: z.strictObject({ allowed: z.array(z.string().min(1)).min(1) }).optional(),
  attestations: z.array(AttestationSchema).default([]),
});
export type PolicyInput = z.infer<typeof PolicySchema>;

export interface Policy {
  tagKey: string;
  /** Ordered from least to most sensitive. */
  levels: readonly string[];
  defaultLevel: string;
  /** Effective requirements per level (cumulative: each level starts from the one below). */
  requirements: ReadonlyMap<string, Requirements>;
  allowedJurisdictions?: readonly string[];
  attestations: readonly Attestation[];
  /** Where the policy came from, for reports. */
  origin: string;
}

const BASELINE: Requirements = {
  minKeyCustody: 'aws-owned',
  encryptionInTransit: true,
  backupRetentionDays: 7,
  accessLogging: false,
  dedicatedTenancy: false,
};

/** demarc's defaults when the policy file is silent: the bar rises with sensitivity. */
export const DEFAULT_REQUIREMENTS: Record<string, RequirementsInput> = {
  public: { backupRetentionDays: 1 },
  internal: { backupRetentionDays: 7 },
  confidential: { minKeyCustody: 'customer-managed', accessLogging: true, backupRetentionDays: 14 },
  restricted: { dedicatedTenancy: true, backupRetentionDays: 35 },
};

export type ServiceSet = readonly ServiceId[];

/** Turns a validated policy input into the effective policy. Throws on inconsistent levels. */
export function resolvePolicy(input: PolicyInput, origin: string): Policy {
  const cls = input.classification ?? PolicySchema.shape.classification.unwrap().parse({});
  if (!cls.levels.includes(cls.default)) {
    throw new PolicyError(
      `classification.default '${cls.default}' is not one of the levels (${cls.levels.join(', ')})`,
    );
  }
  for (const level of Object.keys(cls.requirements)) {
    if (!cls.levels.includes(level)) {
      throw new PolicyError(
        `classification.requirements.${level}: '${level}' is not one of the levels (${cls.levels.join(', ')})`,
      );
    }
  }
  const requirements = new Map<string, Requirements>();
  let current: Requirements = BASELINE;
  for (const level of cls.levels) {
    const stated = cls.requirements[level] ?? DEFAULT_REQUIREMENTS[level] ?? {};
    current = { ...current, ...dropUndefined(stated) };
    requirements.set(level, current);
  }
  return {
    tagKey: cls.tagKey,
    levels: cls.levels,
    defaultLevel: cls.default,
    requirements,
    ...(input.jurisdictions && { allowedJurisdictions: input.jurisdictions.allowed }),
    attestations: input.attestations,
    origin,
  };
}

export const DEFAULT_POLICY: Policy = resolvePolicy(PolicySchema.parse({ version: 1 }), 'built-in defaults');

export class PolicyError extends Error {}

function dropUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
