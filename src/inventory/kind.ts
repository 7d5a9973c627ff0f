import type { z } from 'zod';
import type { ServiceId } from '../model/responsibility.js';
import { resourceSchema } from './base.js';

/** The sources that can map their input into a kind. A snapshot file may hold any kind. */
export const PRODUCERS = ['aws', 'cloudformation', 'terraform'] as const;
export type Producer = (typeof PRODUCERS)[number];

/** Facts about a kind that lists elsewhere (checks, reports) are derived from. */
interface KindTraits {
  /** 'global' resources carry region 'global' (IAM, CloudFront, the account itself). */
  scope: 'regional' | 'global';
  /**
   * 'store': customer data rests here, so its classification decides how it is judged;
   * 'handles': it holds or processes customer data without being a data store.
   */
  data?: 'store' | 'handles';
  /** Its data rests under a key whose custody can be judged (checks/lib/custody.ts). */
  keyCustody?: true;
}

/**
 * AWS's documented value for a property of a new resource when the input leaves it out, and the
 * day (or month) AWS began it; `since` is absent for a default as old as the service.
 */
interface AwsDefault<T> {
  readonly value: T;
  readonly since?: string;
  /** Where AWS documents it. */
  readonly doc: string;
}

/** A fresh copy of a default's (data) value, so no two resources share one object. */
export function awsDefault<T>(entry: AwsDefault<T>): T {
  return structuredClone(entry.value);
}

/** What every kind tells, whatever its properties. */
export interface KindInfo {
  readonly type: string;
  /** The service row of the responsibility matrix its resources belong to, unless `serviceOf` says otherwise. */
  readonly service: ServiceId;
  /** Every row a resource of this kind can belong to (RDS instances may be Aurora members); default [service]. */
  readonly services?: readonly ServiceId[];
  readonly traits: KindTraits;
  /** The ASFF resource type (by the resource's id where two share a kind); absent = 'Other'. */
  readonly asffType?: string | ((id: string) => string);
  /** The sources that map it; empty when only a snapshot file can hold it. */
  readonly producedBy: readonly Producer[];
  readonly defaults?: { readonly [name: string]: AwsDefault<unknown> | undefined };
}

type SchemaOf<T extends string, S extends z.ZodRawShape> = ReturnType<typeof resourceSchema<T, S>>;

/**
 * Defaults by property name; other facts about a new resource (the rules of a VPC's default
 * security group) may sit beside them under names of their own.
 */
type DefaultsInput = Readonly<Record<string, AwsDefault<unknown>>>;

/** The defaults as readers see them: one named after a property has its type (kinds.test.ts parses each). */
type TypedDefaults<S extends z.ZodRawShape, D> = {
  readonly [K in keyof D]: K extends keyof S ? AwsDefault<Exclude<z.infer<S[K]>, undefined>> : D[K];
};

interface KindDefinition<T extends string, S extends z.ZodRawShape, Tr extends KindTraits, D>
  extends Omit<KindInfo, 'type' | 'traits' | 'defaults'> {
  type: T;
  /** The kind's own properties; the fields every resource carries are added (base.ts). */
  schema: S;
  traits: Tr;
  /** The row of one resource, when its properties decide it (an Aurora member, a Fargate service). */
  serviceOf?: (resource: z.infer<SchemaOf<T, S>>) => ServiceId;
  defaults?: D;
}

/** One resource kind: everything the code knows about it, in one place. */
export function defineKind<
  const T extends string,
  S extends z.ZodRawShape,
  const Tr extends KindTraits,
  D extends DefaultsInput = Record<never, never>,
>(definition: KindDefinition<T, S, Tr, D>) {
  const schema = resourceSchema(definition.type, definition.schema);
  return { ...definition, schema, defaults: definition.defaults ?? {} } as Omit<
    KindDefinition<T, S, Tr, D>,
    'schema' | 'defaults'
  > & { schema: SchemaOf<T, S>; defaults: TypedDefaults<S, D> };
}
