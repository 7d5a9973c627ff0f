import { type PolicyDocument, PolicyDocumentSchema } from '../../../inventory/base.js';
import type { Resource } from '../../../inventory/resources.js';
import { rawProperty, type TemplateContext } from '../context.js';
import type { ResourceDecl } from '../resolver.js';
import { type Props, plainJson, Symbolic, Unknown } from '../values.js';

/** Maps the resources of one CloudFormation type (reading related types through the context). */
export type Mapper = (ctx: TemplateContext) => Resource[];

/** Collects the names of properties that took AWS's documented default. */
export class Defaults {
  readonly names: string[] = [];

  /** Records `field` as defaulted and returns the default. */
  take<T>(field: string, value: T): T {
    this.names.push(field);
    return value;
  }
}

/**
 * A policy document as written (an object, or a JSON string as some templates hold it);
 * undefined when any part is unknown or it is not a policy document.
 */
export function policyDocument(value: unknown): PolicyDocument | undefined {
  let plain = plainJson(value);
  if (typeof plain === 'string') {
    try {
      plain = JSON.parse(plain);
    } catch {
      return undefined;
    }
  }
  const parsed = PolicyDocumentSchema.safeParse(plain);
  return parsed.success ? parsed.data : undefined;
}

/**
 * A KMS key reference for custody. Absent means the service's own key (undefined); a reference the
 * template does not resolve becomes a marker no inventory key matches, so custody is unknown
 * rather than mistaken for the service's AWS managed key.
 */
export function keyReference(props: Props, name: string): string | undefined {
  const raw = props.get(name);
  if (raw === undefined) return undefined;
  if (raw instanceof Unknown) return `unresolved (${raw.why})`;
  if (raw instanceof Symbolic) return raw.text;
  return typeof raw === 'string' ? raw : 'unresolved (not a key id or ARN)';
}

/** Pointers to resources, from a list property; undefined when the list is unknown. */
export function pointers(
  ctx: TemplateContext,
  decl: ResourceDecl,
  property: string,
): ({ logicalId: string } | string | undefined)[] {
  const raw = rawProperty(decl, property);
  if (raw === undefined) return ctx.props(decl).has(property) ? [undefined] : [];
  if (Array.isArray(raw)) return raw.map((item) => ctx.targetOf(decl, item));
  const value = ctx.resolver.valueAt(decl, raw);
  if (Array.isArray(value)) return value.map((item) => (typeof item === 'string' ? item : undefined));
  return [undefined];
}
