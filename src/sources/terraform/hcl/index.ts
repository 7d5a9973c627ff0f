import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { InputError } from '../../../errors.js';
import type { IacFolderReader, IacFolderResult, IacNotice, IacOptions } from '../../shared/iac-reader.js';
import { IAC_LIMIT_BYTES, readInputFile } from '../../shared/read-file.js';
import { mapPlan } from '../index.js';
import { TerraformPlan } from '../model.js';
import { SUPPRESS_TAG, type Suppression, suppressionsOf } from '../suppressions.js';
import { evaluate } from './evaluate.js';
import type { Evaluation } from './instance.js';
import { isConfigFile, loadModule, type ModuleConfig } from './module.js';
import { parseExpression, parseHcl, prepareHclParser } from './parse.js';
import { buildPlan } from './plan.js';
import type { Value, ValueMap } from './values.js';

/** Terraform configuration (`.tf`, `.tf.json`) read directly, one folder (a root module) at a time. */
export const terraformHclReader: IacFolderReader = {
  kind: 'terraform',
  claims: isConfigFile,
  prepare: prepareHclParser,
  read: readFolder,
};

export function readFolder(
  dir: string,
  shown: (absolute: string) => string,
  options: IacOptions,
): IacFolderResult {
  const modules = new Map<string, ModuleConfig>();
  const load = (d: string) => {
    let module = modules.get(d);
    if (!module) {
      module = loadModule(d, shown);
      modules.set(d, module);
    }
    return module;
  };
  const evaluation: Evaluation = { load, notices: [], modulesUsed: new Set() };
  const root = load(dir);
  const result: IacFolderResult = { resources: [], notices: [], files: [], errors: [], modules: [] };
  try {
    const variables = variableValues(dir, root, options, shown);
    const built = buildPlan(root, variables, evaluation);
    const suppressions = new Map<string, Suppression[]>();
    for (const [address, comments] of built.comments) {
      const read = commentSuppressions(comments);
      if (read.suppressions.length > 0) suppressions.set(address, read.suppressions);
      for (const problem of read.problems) {
        evaluation.notices.push({
          file: built.files.get(address) ?? shown(dir),
          line: built.lines.get(address),
          message: `${address}: ${problem}`,
        } as IacNotice);
      }
    }
    const model = new TerraformPlan(
      built.plan,
      shown(dir),
      { planned: built.lines, changes: built.lines },
      { files: built.files, suppressions },
    );
    result.resources = mapPlan(model);
    result.notices = [...evaluation.notices, ...model.notices];
  } catch (error) {
    if (error instanceof InputError) result.errors.push({ file: shown(dir), message: error.message });
    else if (error instanceof RangeError) {
      result.errors.push({
        file: shown(dir),
        message: `${shown(dir)}: the configuration nests too deeply to evaluate`,
      });
    } else throw error;
  }
  for (const module of modules.values()) {
    result.files.push(...module.files);
    for (const message of module.errors)
      result.errors.push({ file: message.replace(/:\d+:.*$|: .*$/, ''), message });
  }
  result.modules = [...evaluation.modulesUsed].filter((d) => d !== dir);
  return result;
}

/**
 * `# demarc:suppress <check-id>[ <check-id>…]: <reason>` on the lines right above a block, read
 * as the `demarc:suppress` tag is.
 */
function commentSuppressions(comments: readonly string[]) {
  const suppressions: Suppression[] = [];
  const problems: string[] = [];
  for (const comment of comments) {
    const match = /^demarc:suppress\b\s*(.*)$/.exec(comment);
    if (!match) continue;
    const read = suppressionsOf({ [SUPPRESS_TAG]: match[1] ?? '' });
    suppressions.push(...read.suppressions);
    problems.push(
      ...read.problems.map((p) => p.replace(/^tag demarc:suppress = /, 'comment demarc:suppress ')),
    );
  }
  return { suppressions, problems };
}

/**
 * The root module's variable values, later sources winning as in Terraform: declared defaults,
 * terraform.tfvars, *.auto.tfvars (by name), --var-file files in order, then --var.
 */
export function variableValues(
  dir: string,
  root: ModuleConfig,
  options: IacOptions,
  shown: (absolute: string) => string,
): Map<string, Value> {
  const out = new Map<string, Value>();
  let names: string[] = [];
  try {
    names = readdirSync(dir);
  } catch {
    // The folder was listed a moment ago; if it is gone, there is nothing to read.
  }
  const auto = names.filter((n) => /\.auto\.tfvars(\.json)?$/.test(n)).sort();
  const files = [
    ...['terraform.tfvars', 'terraform.tfvars.json']
      .filter((n) => names.includes(n))
      .map((n) => join(dir, n)),
    ...auto.map((n) => join(dir, n)),
    ...(options.varFiles ?? []),
  ];
  for (const file of files) {
    for (const [name, value] of Object.entries(readVarFile(file, shown))) out.set(name, value);
  }
  for (const [name, text] of Object.entries(options.variables ?? {})) {
    out.set(name, cliValue(name, text, root));
  }
  return out;
}

function readVarFile(file: string, shown: (absolute: string) => string): ValueMap {
  const name = shown(file);
  const text = readInputFile({
    path: file,
    shown: name,
    what: 'variable file',
    limitBytes: IAC_LIMIT_BYTES,
  });
  if (basename(file).endsWith('.json')) {
    try {
      return JSON.parse(text) as ValueMap;
    } catch {
      throw new InputError(`${name}:1: not JSON`);
    }
  }
  const body = parseHcl(name, text);
  const out: ValueMap = {};
  for (const attribute of body.attributes)
    out[attribute.name] = evaluate(attribute.expr, { lookup: () => undefined });
  return out;
}

/** A `--var` value: text for a string (or untyped) variable, converted for a number or bool, parsed for a collection. */
function cliValue(name: string, text: string, root: ModuleConfig): Value {
  const type = root.variables.get(name)?.type;
  if (type === undefined || type === 'string' || type === 'any') return text;
  if (type === 'number' && text.trim() !== '' && Number.isFinite(Number(text))) return Number(text);
  if (type === 'bool' && (text === 'true' || text === 'false')) return text === 'true';
  return evaluate(parseExpression(`--var ${name}`, text), { lookup: () => undefined });
}
