import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { InputError } from '../../../errors.js';
import { IAC_LIMIT_BYTES, readInputFile } from '../../shared/read-file.js';
import { parseJsonConfig } from './json-syntax.js';
import { parseHcl, parseTemplate } from './parse.js';
import { attributeOf, type Block, type Body, type Expr } from './syntax.js';

/** A resource or data block. */
export interface ResourceConfig {
  mode: 'managed' | 'data';
  type: string;
  name: string;
  body: Body;
  file: string;
  line: number;
  comments: string[];
  count: Expr | undefined;
  forEach: Expr | undefined;
  /** `aws.dr` for `provider = aws.dr`. */
  provider: string | undefined;
}

export interface ModuleCallConfig {
  name: string;
  source: string;
  /** The folder of a local module (`./modules/x`); undefined for registry and git modules. */
  dir: string | undefined;
  inputs: Map<string, Expr>;
  count: Expr | undefined;
  forEach: Expr | undefined;
  file: string;
  line: number;
}

interface VariableConfig {
  default: Expr | undefined;
  /** The type constraint's text (`number`, `list(string)`), when given. */
  type: string | undefined;
}

/** One folder's configuration: every `.tf` and `.tf.json` file in it, together. */
export interface ModuleConfig {
  dir: string;
  files: string[];
  variables: Map<string, VariableConfig>;
  locals: Map<string, Expr>;
  resources: ResourceConfig[];
  calls: ModuleCallConfig[];
  outputs: Map<string, Expr>;
  providers: { name: string; alias: string | undefined; body: Body; file: string; line: number }[];
  /** Files that could not be read, each `file:line: what`. */
  errors: string[];
}

/**
 * Parsed files by path, size and modification time: a module that many roots call (the usual
 * shape of a repository) is parsed once per process, not once per root.
 */
const parsed = new Map<string, { stamp: string; body: Body }>();
const MAX_CACHED = 20_000;

function parseCached(absolute: string, file: string): Body {
  const stat = statSync(absolute);
  const stamp = `${stat.size}:${stat.mtimeMs}:${file}`;
  const hit = parsed.get(absolute);
  if (hit?.stamp === stamp) return hit.body;
  // Bounded like every other input: a FIFO or device named *.tf must not hang the scan.
  const text = readInputFile({ path: absolute, shown: file, limitBytes: IAC_LIMIT_BYTES });
  const body = absolute.endsWith('.json') ? parseJsonConfig(file, text, parseTemplate) : parseHcl(file, text);
  if (parsed.size >= MAX_CACHED) parsed.clear();
  parsed.set(absolute, { stamp, body });
  return body;
}

/** Whether a file name is Terraform configuration. */
export function isConfigFile(name: string): boolean {
  return name.endsWith('.tf') || name.endsWith('.tf.json');
}

/**
 * Reads a folder as one module. A file that does not parse is left out and named in `errors`;
 * the rest of the module is still read (references into the missing file become unknown).
 */
export function loadModule(dir: string, shown: (absolute: string) => string): ModuleConfig {
  const module: ModuleConfig = {
    dir,
    files: [],
    variables: new Map(),
    locals: new Map(),
    resources: [],
    calls: [],
    outputs: new Map(),
    providers: [],
    errors: [],
  };
  let names: string[];
  try {
    names = readdirSync(dir).filter(isConfigFile).sort();
  } catch (error) {
    module.errors.push(`${shown(dir)}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    return module;
  }
  for (const name of names) {
    const absolute = join(dir, name);
    const file = shown(absolute);
    try {
      if (!statSync(absolute).isFile()) continue;
      const body = parseCached(absolute, file);
      module.files.push(file);
      addFile(module, body, file);
    } catch (error) {
      if (error instanceof InputError) module.errors.push(error.message);
      else if (error instanceof RangeError) module.errors.push(`${file}:1: nests too deeply to read`);
      else throw error;
    }
  }
  return module;
}

function addFile(module: ModuleConfig, body: Body, file: string): void {
  for (const block of body.blocks) {
    const [first, second] = block.labels;
    switch (block.type) {
      case 'resource':
      case 'data':
        if (first && second) module.resources.push(resourceOf(block, first, second, file));
        break;
      case 'variable':
        if (first) {
          const type = attributeOf(block.body, 'type');
          module.variables.set(first, {
            default: attributeOf(block.body, 'default')?.expr,
            type: type ? typeText(type.expr) : undefined,
          });
        }
        break;
      case 'locals':
        for (const a of block.body.attributes) module.locals.set(a.name, a.expr);
        break;
      case 'output': {
        const value = attributeOf(block.body, 'value');
        if (first && value) module.outputs.set(first, value.expr);
        break;
      }
      case 'module':
        if (first) module.calls.push(callOf(module.dir, block, first, file));
        break;
      case 'provider': {
        const alias = attributeOf(block.body, 'alias')?.expr;
        if (first) {
          module.providers.push({
            name: first,
            alias: alias?.k === 'lit' ? String(alias.v) : literalText(alias),
            body: block.body,
            file,
            line: block.line,
          });
        }
        break;
      }
    }
  }
}

const RESOURCE_META = new Set(['count', 'for_each', 'provider', 'depends_on', 'lifecycle']);

function resourceOf(block: Block, type: string, name: string, file: string): ResourceConfig {
  const provider = attributeOf(block.body, 'provider')?.expr;
  return {
    mode: block.type === 'data' ? 'data' : 'managed',
    type,
    name,
    body: {
      attributes: block.body.attributes.filter((a) => !RESOURCE_META.has(a.name)),
      blocks: block.body.blocks.filter((b) => !['lifecycle', 'provisioner', 'connection'].includes(b.type)),
    },
    file,
    line: block.line,
    comments: block.comments,
    count: attributeOf(block.body, 'count')?.expr,
    forEach: attributeOf(block.body, 'for_each')?.expr,
    provider: provider ? traversalText(provider) : undefined,
  };
}

const CALL_META = new Set(['source', 'version', 'count', 'for_each', 'providers', 'depends_on']);

function callOf(dir: string, block: Block, name: string, file: string): ModuleCallConfig {
  const sourceExpr = attributeOf(block.body, 'source')?.expr;
  const source = literalText(sourceExpr) ?? '';
  const local = source.startsWith('./') || source.startsWith('../');
  return {
    name,
    source,
    dir: local ? resolve(dir, source) : undefined,
    inputs: new Map(block.body.attributes.filter((a) => !CALL_META.has(a.name)).map((a) => [a.name, a.expr])),
    count: attributeOf(block.body, 'count')?.expr,
    forEach: attributeOf(block.body, 'for_each')?.expr,
    file,
    line: block.line,
  };
}

function literalText(expr: Expr | undefined): string | undefined {
  if (expr?.k === 'lit' && typeof expr.v === 'string') return expr.v;
  if (expr?.k === 'tmpl' && expr.parts.every((p) => typeof p === 'string')) return expr.parts.join('');
  return undefined;
}

/** `aws.dr` from the expression `aws.dr`. */
function traversalText(expr: Expr): string | undefined {
  if (expr.k === 'var') return expr.name;
  if (expr.k === 'attr') {
    const base = traversalText(expr.obj);
    return base === undefined ? undefined : `${base}.${expr.name}`;
  }
  return literalText(expr);
}

function typeText(expr: Expr): string | undefined {
  if (expr.k === 'var') return expr.name;
  if (expr.k === 'call') return expr.name;
  return undefined;
}
