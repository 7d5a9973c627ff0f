/**
 * Terraform addresses and references as plain strings: `module.net[0].aws_vpc.main`,
 * `aws_kms_key.data["eu"].arn`, `module.kms.key_arn`, `var.region`.
 */

/** An instance key: a count index or a for_each key. */
export type InstanceKey = number | string;

type Step = { name: string } | { key: InstanceKey } | { splat: true };

/** Splits a traversal into names and index steps; undefined when it cannot be read. */
export function traversal(text: string): Step[] | undefined {
  const steps: Step[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '.') {
      i++;
    } else if (c === '[') {
      const read = readIndex(text, i);
      if (!read) return undefined;
      steps.push(read.step);
      i = read.next;
    } else {
      const match = /^[A-Za-z0-9_-]+/.exec(text.slice(i));
      if (!match) return undefined;
      steps.push({ name: match[0] });
      i += match[0].length;
    }
  }
  return steps;
}

function readIndex(text: string, open: number): { step: Step; next: number } | undefined {
  if (text[open + 1] === '"') {
    let end = open + 2;
    while (end < text.length && text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
    if (text[end + 1] !== ']') return undefined;
    try {
      return { step: { key: JSON.parse(text.slice(open + 1, end + 1)) as string }, next: end + 2 };
    } catch {
      return undefined;
    }
  }
  const close = text.indexOf(']', open);
  if (close === -1) return undefined;
  const inner = text.slice(open + 1, close);
  if (inner === '*') return { step: { splat: true }, next: close + 1 };
  if (/^\d+$/.test(inner)) return { step: { key: Number(inner) }, next: close + 1 };
  return undefined;
}

/** `[0]` or `["eu"]`, as Terraform writes instance keys in addresses. */
export function keyText(key: InstanceKey): string {
  return typeof key === 'number' ? `[${key}]` : `[${JSON.stringify(key)}]`;
}

interface ModuleStep {
  name: string;
  key?: InstanceKey | undefined;
}

/** The module calls of a module instance address (`module.a[0].module.b`); [] for the root. */
export function moduleSteps(address: string): ModuleStep[] | undefined {
  if (address === '') return [];
  const steps = traversal(address);
  if (!steps) return undefined;
  const out: ModuleStep[] = [];
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i];
    const name = steps[i + 1];
    if (!step || !('name' in step) || step.name !== 'module' || !name || !('name' in name)) return undefined;
    const key = steps[i + 2];
    if (key && 'key' in key) {
      out.push({ name: name.name, key: key.key });
      i += 2;
    } else {
      out.push({ name: name.name });
      i += 1;
    }
  }
  return out;
}

export function moduleAddress(steps: readonly ModuleStep[]): string {
  return steps.map((s) => `module.${s.name}${s.key === undefined ? '' : keyText(s.key)}`).join('.');
}

/** The configuration module of a module instance: its address without instance keys. */
export function configModulePath(moduleInstance: string): string {
  const steps = moduleSteps(moduleInstance);
  return steps ? moduleAddress(steps.map((s) => ({ name: s.name }))) : moduleInstance;
}

/** Joins a module instance address and a child call. */
export function childModule(parent: string, call: ModuleStep): string {
  const own = moduleAddress([call]);
  return parent ? `${parent}.${own}` : own;
}
