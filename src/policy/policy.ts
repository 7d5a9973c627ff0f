import { z } from 'zod';
import { CUSTODY_LEVELS, type CustodyLevel } from '../model/custody.js';
import { DOMAIN_IDS, type DomainId } from '../model/domains.js';
import { SERVICE_IDS } from '../model/responsibility.js';
import { type ContextEntry, ContextEntrySchema, contextEntryOf } from './context.js';
import { pathText, policyIssues } from './validate.js';

/** What a data classification level demands of the resources that hold such data. */
const RequirementsSchema = z.strictObject({
  minKeyCustody: z.enum(CUSTODY_LEVELS).optional().describe('weakest acceptable key custody'),
  encryptionInTransit: z.boolean().optional().describe('TLS required for every connection'),
  backupRetentionDays: z.number().int().min(0).optional().describe('minimum backup retention'),
  accessLogging: z.boolean().optional().describe('data access must be logged'),
  dedicatedTenancy: z.boolean().optional().describe('compute must run on single-tenant hardware'),
  privateNetwork: z
    .boolean()
    .optional()
    .describe('compute that handles the data must run inside a VPC (e.g. Lambda functions)'),
  codeSigning: z.boolean().optional().describe('deployed code must be signed (Lambda code signing)'),
  allowedJurisdictions: z
    .array(z.string())
    .optional()
    .describe('replaces jurisdictions.allowed for this level: countries, groups or region codes'),
});
export type RequirementsInput = z.infer<typeof RequirementsSchema>;

/** Requirements with every field decided (defaults filled, lower levels inherited). */
export interface Requirements {
  minKeyCustody: CustodyLevel;
  encryptionInTransit: boolean;
  backupRetentionDays: number;
  accessLogging: boolean;
  dedicatedTenancy: boolean;
  privateNetwork: boolean;
  codeSigning: boolean;
  allowedJurisdictions?: readonly string[];
}

/** A date as written in demarc.yaml: quoted or not, YAML gives it to us as text. */
const DateSchema = z.iso.date({ error: 'expected a date as YYYY-MM-DD' });

/**
 * Duties no API can show, which only a person can attest, so a report can say which are attested,
 * lapsed or missing. `domain` is the matrix column the duty belongs to: an attestation that names
 * no duty is taken to speak to the duty of its column. `duty` is the model's duty it evidences.
 */
export const ATTESTABLE_DUTIES = {
  'security-awareness-training': {
    title: 'Security awareness training',
    domain: 'awareness-training',
    duty: 'account.training.security-awareness',
  },
  'incident-response-plan': {
    title: 'Incident response plan, exercised',
    domain: 'logging-monitoring',
    duty: 'account.logging.incident-response',
  },
  'access-review': {
    title: 'Periodic access review',
    domain: 'identity-access',
    duty: 'account.identity.access-review',
  },
  'key-ceremony': {
    title: 'Key ceremony for imported or external key material',
    domain: 'key-management',
    duty: 'account.keys.key-ceremony',
  },
  'vendor-review': {
    title: 'Vendor and third-party risk review',
    domain: 'data-classification',
    duty: 'account.data.vendor-review',
  },
  'regulatory-review': {
    title: 'Regulatory review of data residency',
    domain: 'jurisdiction',
    duty: 'account.jurisdiction.regulatory-review',
  },
} as const satisfies Record<string, { title: string; domain: DomainId; duty: string }>;

export type AttestableDuty = keyof typeof ATTESTABLE_DUTIES;
export const ATTESTABLE_DUTY_IDS = Object.keys(ATTESTABLE_DUTIES) as AttestableDuty[];

const AttestationSchema = z.strictObject({
  id: z.string().min(1),
  domain: z.enum(DOMAIN_IDS as [DomainId, ...DomainId[]]).describe('the matrix column it evidences'),
  duty: z
    .enum(ATTESTABLE_DUTY_IDS as [AttestableDuty, ...AttestableDuty[]])
    .optional()
    .describe('the duty it attests; left out, the duty of its domain (e.g. awareness-training)'),
  services: z.array(z.enum(SERVICE_IDS)).optional().describe('matrix rows it covers; all rows when left out'),
  statement: z.string().min(1),
  attestedBy: z.string().min(1).describe('the person who attests, with their role'),
  date: DateSchema.describe('when it was attested'),
  expires: DateSchema.describe('last day it counts as evidence'),
  evidence: z.string().min(1).describe('link to the evidence, e.g. a training report'),
});
export type Attestation = z.infer<typeof AttestationSchema>;

/**
 * A map keyed by the user's own strings (tag keys, level names). zod drops a `__proto__` key from
 * any record it reads, so such a key would vanish without a word (a selector `tags: {__proto__: x}`
 * would become `tags: {}` and match every resource): refuse it instead, naming the field.
 */
function userKeyed<T extends z.ZodType>(record: T) {
  return z.preprocess((input, ctx) => {
    if (input !== null && typeof input === 'object' && Object.hasOwn(input, '__proto__')) {
      ctx.issues.push({
        code: 'custom',
        message: "'__proto__' cannot be used as a key here",
        input,
        path: ['__proto__'],
      });
    }
    return input;
  }, record);
}

/** The value under a user's key, from the record's own entries only (never Object.prototype's). */
export function ownEntry<V>(record: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

function oneOrMany<T extends z.ZodType>(item: T, what: string) {
  return z.union([item, z.array(item).min(1)], { error: `expected ${what} or a list of them` });
}

/** Which resources an exception covers: every stated field must match (at least one is required). */
const ResourceSelectorSchema = z
  .strictObject({
    arn: oneOrMany(z.string().min(1), 'an ARN pattern')
      .optional()
      .describe('ARN (or resource id) pattern: * matches any run of characters, ? one character'),
    account: oneOrMany(z.string().regex(/^\d{12}$/, 'expected a 12-digit AWS account id'), 'an account id')
      .optional()
      .describe('AWS account id(s)'),
    region: oneOrMany(z.string().min(1), 'a region code').optional().describe('region code(s), or global'),
    tags: userKeyed(z.record(z.string().min(1), z.string()))
      .optional()
      .describe('tags the resource must carry; values may use * and ?'),
  })
  .refine((s) => Object.values(s).some((v) => v !== undefined), {
    error: 'expected at least one of arn, account, region or tags',
  });
export type ResourceSelector = z.infer<typeof ResourceSelectorSchema>;

/** An accepted risk: a check's finding on some resources, accepted by an owner until a date. */
const ExceptionSchema = z.strictObject({
  id: z.string().min(1).describe('a name for the exception, unique in the file'),
  check: oneOrMany(z.string().min(1), 'a check id').describe('check id(s) it covers (demarc checks)'),
  resource: ResourceSelectorSchema,
  reason: z.string().min(1).describe('why the risk is accepted'),
  owner: z.string().min(1).describe('who accepted it and answers for it'),
  expires: DateSchema.describe('last day it suppresses; after that the finding counts again'),
});
export type PolicyException = z.infer<typeof ExceptionSchema>;

/**
 * Where the scan history is, and whether `demarc scan` keeps every scan there. The location only
 * says where; `save` is the intent (as `--save`), so a shared file can name the team's store without
 * making every scan of every reader land in it.
 */
const StoreSettingSchema = z.strictObject({
  location: z
    .string()
    .min(1)
    .optional()
    .describe(
      'a SQLite file (relative to this file; ~/ is the home directory) or postgres://user@host/db (password from PGPASSWORD, not the file); default: the XDG data home',
    ),
  save: z.boolean().default(false).describe('every demarc scan keeps its scan in the store, as --save does'),
});
type StoreSetting = z.infer<typeof StoreSettingSchema>;

export const PolicySchema = z.strictObject({
  version: z.literal(1),
  classification: z
    .strictObject({
      tagKey: z.string().min(1).default('DataClassification'),
      levels: z.array(z.string().min(1)).min(1).default(['public', 'internal', 'confidential', 'restricted']),
      default: z.string().min(1).default('internal'),
      requirements: userKeyed(z.record(z.string(), RequirementsSchema).default({})),
    })
    .optional(),
  jurisdictions: z
    .strictObject({
      allowed: z
        .array(z.string().min(1))
        .min(1)
        .describe(
          'where data may be stored: ISO 3166 alpha-2 countries (US, DE; US includes GovCloud), groups (EU, EEA, GOVCLOUD, CHINA, EUSC) or region codes (eu-west-1)',
        ),
    })
    .optional(),
  attestations: z.array(AttestationSchema).default([]),
  exceptions: z
    .array(ExceptionSchema)
    .optional()
    .describe('accepted risks, each with an owner and an expiry'),
  context: z
    .array(ContextEntrySchema)
    .optional()
    .describe(
      'account-wide settings a template cannot show (EBS encryption by default, account Block Public Access), per account and region',
    ),
  store: StoreSettingSchema.optional().describe(
    'the scan history demarc scan --save, history, diff and serve use when --store is not given',
  ),
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
  /** Accepted risks; expired ones are kept so reports can name them. */
  exceptions: readonly PolicyException[];
  /** Account-wide settings stated for IaC scans (demarc.yaml `context`, then a `--context` snapshot). */
  context: readonly ContextEntry[];
  /** Where the policy came from, for reports. */
  origin: string;
  /** The scan history's location and whether every scan is kept (absent: --store and --save decide). */
  store?: StoreSetting;
}

const BASELINE: Requirements = {
  minKeyCustody: 'aws-owned',
  encryptionInTransit: true,
  backupRetentionDays: 7,
  accessLogging: false,
  dedicatedTenancy: false,
  privateNetwork: false,
  codeSigning: false,
};

/** demarc's defaults when the policy file is silent: the bar rises with sensitivity. */
export const DEFAULT_REQUIREMENTS: Record<string, RequirementsInput> = {
  public: { backupRetentionDays: 1 },
  internal: { backupRetentionDays: 7 },
  confidential: { minKeyCustody: 'customer-managed', accessLogging: true, backupRetentionDays: 14 },
  restricted: { dedicatedTenancy: true, privateNetwork: true, codeSigning: true, backupRetentionDays: 35 },
};

/**
 * Turns a schema-valid policy input into the effective policy. Throws a PolicyError (with the path
 * of the offending field) when the input is inconsistent: see policyIssues.
 */
export function resolvePolicy(input: PolicyInput, origin: string): Policy {
  const [issue] = policyIssues(input);
  if (issue) throw new PolicyError(issue.message, issue.path);
  const cls = input.classification ?? PolicySchema.shape.classification.unwrap().parse({});
  const requirements = new Map<string, Requirements>();
  let current: Requirements = BASELINE;
  for (const level of cls.levels) {
    const stated = ownEntry(cls.requirements, level) ?? ownEntry(DEFAULT_REQUIREMENTS, level) ?? {};
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
    exceptions: input.exceptions ?? [],
    context: (input.context ?? []).map((entry, i) => contextEntryOf(entry, `${origin} context[${i}]`)),
    origin,
    ...(input.store && { store: input.store }),
  };
}

export const DEFAULT_POLICY: Policy = resolvePolicy(PolicySchema.parse({ version: 1 }), 'built-in defaults');

/** An inconsistency in a policy; `path` locates the field so a parser can name its line. */
export class PolicyError extends Error {
  constructor(
    message: string,
    readonly path: readonly PropertyKey[] = [],
  ) {
    super(path.length > 0 ? `${pathText(path)}: ${message}` : message);
  }
}

function dropUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
