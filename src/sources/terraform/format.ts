import { z } from 'zod';

/**
 * The parts of `terraform show -json <planfile>` demarc reads, as Terraform documents them
 * ("JSON Output Format"). Objects are loose: later minor format versions add properties, which a
 * reader must ignore.
 */

/** An unevaluated expression: a constant, or the references it makes. */
const ExpressionSchema = z.looseObject({
  constant_value: z.unknown().optional(),
  references: z.array(z.string()).optional(),
});
export type Expression = z.infer<typeof ExpressionSchema>;

interface Visit {
  value: unknown;
  parent?: Visit;
  key?: string | number;
}

/**
 * The path of the first `references` below `root` that is not a list of strings (the reader
 * follows every one), or undefined. Iterative, so a deeply nested plan cannot overflow the stack;
 * constants are data, not expressions, and are not entered.
 */
function malformedReferences(root: unknown): (string | number)[] | undefined {
  const stack: Visit[] = [{ value: root }];
  for (let node = stack.pop(); node; node = stack.pop()) {
    const { value } = node;
    if (typeof value !== 'object' || value === null) continue;
    for (const [key, child] of Object.entries(value)) {
      const at: Visit = { value: child, parent: node, key: Array.isArray(value) ? Number(key) : key };
      if (key === 'references' && !Array.isArray(value)) {
        if (!Array.isArray(child) || !child.every((r) => typeof r === 'string')) {
          const path: (string | number)[] = [];
          for (let n: Visit | undefined = at; n?.key !== undefined; n = n.parent) path.unshift(n.key);
          return path;
        }
      } else if (key !== 'constant_value' || Array.isArray(value)) stack.push(at);
    }
  }
  return undefined;
}

/** Attribute name → expression, or → nested block expressions (a list, or one object). */
const ExpressionsSchema = z.record(z.string(), z.unknown()).superRefine((expressions, ctx) => {
  const path = malformedReferences(expressions);
  if (path) ctx.addIssue({ code: 'custom', path, message: 'expected the references as a list of strings' });
});
type Expressions = z.infer<typeof ExpressionsSchema>;

const IndexSchema = z.union([z.number(), z.string()]);

const ValuesResourceSchema = z.looseObject({
  address: z.string(),
  mode: z.string(),
  type: z.string(),
  name: z.string(),
  index: IndexSchema.optional(),
  provider_name: z.string().optional(),
  values: z.record(z.string(), z.unknown()).nullable().optional(),
});
export type ValuesResource = z.infer<typeof ValuesResourceSchema>;

export interface ValuesModule {
  address?: string | undefined;
  resources?: ValuesResource[] | undefined;
  child_modules?: ValuesModule[] | undefined;
}
const ValuesModuleSchema: z.ZodType<ValuesModule> = z.looseObject({
  address: z.string().optional(),
  resources: z.array(ValuesResourceSchema).optional(),
  get child_modules() {
    return z.array(ValuesModuleSchema).optional();
  },
});

const ResourceChangeSchema = z.looseObject({
  address: z.string(),
  module_address: z.string().optional(),
  mode: z.string(),
  type: z.string(),
  name: z.string(),
  index: IndexSchema.optional(),
  deposed: z.string().optional(),
  change: z.looseObject({
    actions: z.array(z.string()),
    before: z.unknown().optional(),
    after: z.unknown().optional(),
    after_unknown: z.unknown().optional(),
  }),
});
export type ResourceChange = z.infer<typeof ResourceChangeSchema>;

const ConfigResourceSchema = z.looseObject({
  address: z.string(),
  mode: z.string(),
  type: z.string(),
  name: z.string(),
  provider_config_key: z.string().optional(),
  expressions: ExpressionsSchema.optional(),
  count_expression: ExpressionSchema.optional(),
  for_each_expression: ExpressionSchema.optional(),
});
export type ConfigResource = z.infer<typeof ConfigResourceSchema>;

interface ModuleCall {
  expressions?: Expressions | undefined;
  count_expression?: Expression | undefined;
  for_each_expression?: Expression | undefined;
  module?: ConfigModule | undefined;
}
export interface ConfigModule {
  resources?: ConfigResource[] | undefined;
  module_calls?: Record<string, ModuleCall> | undefined;
  outputs?: Record<string, { expression?: Expression | undefined }> | undefined;
}
const ConfigModuleSchema: z.ZodType<ConfigModule> = z.looseObject({
  resources: z.array(ConfigResourceSchema).optional(),
  get module_calls() {
    return z.record(z.string(), ModuleCallSchema).optional();
  },
  outputs: z.record(z.string(), z.looseObject({ expression: ExpressionSchema.optional() })).optional(),
});
const ModuleCallSchema: z.ZodType<ModuleCall> = z.looseObject({
  expressions: ExpressionsSchema.optional(),
  count_expression: ExpressionSchema.optional(),
  for_each_expression: ExpressionSchema.optional(),
  get module() {
    return ConfigModuleSchema.optional();
  },
});

const ProviderConfigSchema = z.looseObject({
  name: z.string(),
  full_name: z.string().optional(),
  alias: z.string().optional(),
  module_address: z.string().optional(),
  expressions: ExpressionsSchema.optional(),
});
export type ProviderConfig = z.infer<typeof ProviderConfigSchema>;

export const PlanSchema = z.looseObject({
  format_version: z.string(),
  terraform_version: z.string().optional(),
  variables: z.record(z.string(), z.looseObject({ value: z.unknown().optional() })).optional(),
  planned_values: z.looseObject({ root_module: ValuesModuleSchema.optional() }),
  resource_changes: z.array(ResourceChangeSchema).optional(),
  prior_state: z
    .looseObject({ values: z.looseObject({ root_module: ValuesModuleSchema.optional() }).optional() })
    .optional(),
  configuration: z
    .looseObject({
      provider_config: z.record(z.string(), ProviderConfigSchema).optional(),
      root_module: ConfigModuleSchema.optional(),
    })
    .optional(),
  errored: z.boolean().optional(),
});
export type Plan = z.infer<typeof PlanSchema>;
