import { isRecord } from './parse.js';
import { TemplateError } from './template-error.js';

/**
 * CloudFormation refuses a template whose resources (or conditions) depend on each other in a
 * circle; so does demarc, naming the circle, before resolving anything could chase it forever.
 */
export function rejectCycles(
  body: Record<string, unknown>,
  resourceLines: ReadonlyMap<string, number>,
  conditionsLine: number | undefined,
): void {
  const resources = isRecord(body.Resources) ? body.Resources : {};
  const parameters = isRecord(body.Parameters) ? body.Parameters : {};
  const isResource = (name: string) => Object.hasOwn(resources, name) && !Object.hasOwn(parameters, name);
  const graph = new Map<string, string[]>();
  for (const [logicalId, definition] of Object.entries(resources)) {
    const record = isRecord(definition) ? definition : {};
    const names = [...referencedNames(record.Properties, 'resources'), ...dependsOn(record.DependsOn)];
    graph.set(logicalId, names.filter(isResource));
  }
  const cycle = findCycle(graph);
  if (cycle) {
    throw new TemplateError(
      `circular dependency between resources: ${cycle.join(' -> ')}`,
      resourceLines.get(cycle[0] as string),
    );
  }
  const conditions = isRecord(body.Conditions) ? body.Conditions : {};
  const conditionGraph = new Map<string, string[]>();
  for (const [name, definition] of Object.entries(conditions)) {
    conditionGraph.set(name, [...referencedNames(definition, 'conditions')]);
  }
  const circle = findCycle(conditionGraph);
  if (circle) {
    throw new TemplateError(`circular dependency between conditions: ${circle.join(' -> ')}`, conditionsLine);
  }
}

function dependsOn(raw: unknown): string[] {
  if (typeof raw === 'string') return [raw];
  return Array.isArray(raw) ? raw.filter((d): d is string => typeof d === 'string') : [];
}

/**
 * The names a value refers to: resources (Ref, Fn::GetAtt, Fn::Sub) or conditions (Condition,
 * Fn::If). Every branch counts, as CloudFormation counts it. Walked without recursion.
 */
function referencedNames(value: unknown, kind: 'resources' | 'conditions'): Set<string> {
  const names = new Set<string>();
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const item = pending.pop();
    if (Array.isArray(item)) {
      pending.push(...item);
      continue;
    }
    if (!isRecord(item)) continue;
    const keys = Object.keys(item);
    if (keys.length === 1) {
      const arg = item[keys[0] as string];
      if (kind === 'resources') for (const name of resourceRefs(keys[0] as string, arg)) names.add(name);
      if (kind === 'conditions') {
        if (keys[0] === 'Condition' && typeof arg === 'string') names.add(arg);
        if (keys[0] === 'Fn::If' && Array.isArray(arg) && typeof arg[0] === 'string') names.add(arg[0]);
      }
    }
    for (const key of keys) pending.push(item[key]);
  }
  return names;
}

function resourceRefs(fn: string, arg: unknown): string[] {
  if (fn === 'Ref') return typeof arg === 'string' ? [arg] : [];
  if (fn === 'Fn::GetAtt') {
    const target = Array.isArray(arg) ? arg[0] : typeof arg === 'string' ? arg.split('.')[0] : undefined;
    return typeof target === 'string' ? [target] : [];
  }
  if (fn !== 'Fn::Sub') return [];
  const [text, variables] = Array.isArray(arg) ? arg : [arg, undefined];
  if (typeof text !== 'string') return [];
  const out: string[] = [];
  for (const match of text.matchAll(/\$\{([^}!][^}]*)\}/g)) {
    const name = (match[1] as string).trim();
    if (isRecord(variables) && Object.hasOwn(variables, name)) continue;
    out.push(name.split('.')[0] as string);
  }
  return out;
}

/**
 * A circle in a graph as its names, first repeated last (`A -> B -> A`), or undefined. Depth-first
 * without recursion: a chain of a hundred thousand resources must not exhaust the stack.
 */
function findCycle(graph: ReadonlyMap<string, readonly string[]>): string[] | undefined {
  const done = new Set<string>();
  const onPath = new Set<string>();
  for (const start of graph.keys()) {
    if (done.has(start)) continue;
    const path = [start];
    const nextEdge = [0];
    onPath.add(start);
    while (path.length > 0) {
      const node = path[path.length - 1] as string;
      const edges = graph.get(node) ?? [];
      const i = nextEdge[nextEdge.length - 1] as number;
      nextEdge[nextEdge.length - 1] = i + 1;
      if (i >= edges.length) {
        done.add(node);
        onPath.delete(node);
        path.pop();
        nextEdge.pop();
        continue;
      }
      const to = edges[i] as string;
      if (onPath.has(to)) return [...path.slice(path.indexOf(to)), to];
      if (done.has(to) || !graph.has(to)) continue;
      onPath.add(to);
      path.push(to);
      nextEdge.push(0);
    }
  }
  return undefined;
}
