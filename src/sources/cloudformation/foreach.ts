import type { Template } from './parse.js';
import { TemplateError } from './template-error.js';
import { isRecord } from './values.js';

const LOOP = 'Fn::ForEach::';
/** Loops nest a few levels in practice; far deeper is refused rather than risk the stack. */
const MAX_DEPTH = 16;
/** Resources one template may have after expansion (CloudFormation allows 500). */
const MAX_RESOURCES = 10_000;

/**
 * Expands `Fn::ForEach::Name` loops in the Resources section (AWS::LanguageExtensions): each item
 * of the collection gives a copy of the fragment with `${Id}` and `&{Id}` in keys and strings and
 * `Ref: Id` replaced by the item. Expanded resources keep the loop's line. A collection that is
 * not known before deployment (a parameter with no value) leaves its loop out, with a problem.
 */
export function expandForEach(
  template: Template,
  parameters: Readonly<Record<string, string>>,
): { template: Template; problems: { line?: number; message: string }[] } {
  const resources = template.body.Resources;
  if (!isRecord(resources) || !Object.keys(resources).some((k) => k.startsWith(LOOP))) {
    return { template, problems: [] };
  }
  const problems: { line?: number; message: string }[] = [];
  const lines = new Map(template.resourceLines);
  const out: Record<string, unknown> = {};
  const expand = (entries: Record<string, unknown>, line: number | undefined, depth: number) => {
    for (const [key, value] of Object.entries(entries)) {
      const at = lines.get(key) ?? line;
      if (!key.startsWith(LOOP)) {
        if (Object.hasOwn(out, key)) throw new TemplateError(`Fn::ForEach makes resource ${key} twice`, at);
        out[key] = value;
        if (at !== undefined) lines.set(key, at);
        if (Object.keys(out).length > MAX_RESOURCES) {
          throw new TemplateError(`Fn::ForEach makes more than ${MAX_RESOURCES} resources`, at);
        }
        continue;
      }
      if (depth >= MAX_DEPTH) throw new TemplateError(`${key}: loops nest more than ${MAX_DEPTH} deep`, at);
      if (
        !Array.isArray(value) ||
        value.length !== 3 ||
        typeof value[0] !== 'string' ||
        !isRecord(value[2])
      ) {
        throw new TemplateError(`${key}: expected [identifier, collection, {fragment}]`, at);
      }
      const [id, collection, fragment] = value as [string, unknown, Record<string, unknown>];
      const items = collectionOf(collection, template.body, parameters);
      if (items === undefined) {
        problems.push({
          ...(at !== undefined && { line: at }),
          message: `${key}: its collection is known only at deployment, so the resources it makes are not read (give the parameter with --parameter)`,
        });
        continue;
      }
      for (const item of items)
        expand(substitute(fragment, id, item) as Record<string, unknown>, at, depth + 1);
    }
  };
  expand(resources, undefined, 0);
  return { template: { body: { ...template.body, Resources: out }, resourceLines: lines }, problems };
}

/** The loop's items: a literal list, or a parameter (given, or its default) as a list. */
function collectionOf(
  collection: unknown,
  body: Record<string, unknown>,
  given: Readonly<Record<string, string>>,
): string[] | undefined {
  if (Array.isArray(collection)) {
    return collection.every((c) => typeof c === 'string' || typeof c === 'number')
      ? collection.map(String)
      : undefined;
  }
  if (!isRecord(collection) || typeof collection.Ref !== 'string') return undefined;
  const name = collection.Ref;
  const spec = isRecord(body.Parameters) ? body.Parameters[name] : undefined;
  if (!isRecord(spec)) return undefined;
  const value = Object.hasOwn(given, name) ? given[name] : spec.Default;
  if (Array.isArray(value)) return value.map(String);
  return typeof value === 'string' ? value.split(',').map((v) => v.trim()) : undefined;
}

/** `&{Id}` stands for the item with its non-alphanumeric characters removed. */
function replaceIn(text: string, id: string, item: string): string {
  return text
    .split(`\${${id}}`)
    .join(item)
    .split(`&{${id}}`)
    .join(item.replace(/[^A-Za-z0-9]/g, ''));
}

function substitute(value: unknown, id: string, item: string): unknown {
  if (typeof value === 'string') return replaceIn(value, id, item);
  if (Array.isArray(value)) return value.map((v) => substitute(v, id, item));
  if (!isRecord(value)) return value;
  if (Object.keys(value).length === 1 && value.Ref === id) return item;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[replaceIn(k, id, item)] = substitute(v, id, item);
  return out;
}
