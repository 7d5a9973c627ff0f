import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { ScanSourceKind } from '../engine/result.js';
import { InputError } from '../errors.js';
import { Inventory } from '../inventory/inventory.js';
import { cloudFormationReader } from '../sources/cloudformation/index.js';
import { collectIac } from '../sources/iac/collect.js';
import type { IacFolderReader, IacReader } from '../sources/shared/iac-reader.js';
import { terraformHclReader } from '../sources/terraform/hcl/index.js';
import { terraformPlanReader } from '../sources/terraform/index.js';

/** Every IaC format, tried in order; a plan's `format_version` is the less ambiguous sign, so first. */
export const IAC_READERS: readonly IacReader[] = [terraformPlanReader, cloudFormationReader];
/** Terraform configuration, read a folder (a module) at a time. */
export const IAC_FOLDER_READER: IacFolderReader = terraformHclReader;

interface IacFlags {
  parameter?: string[];
  var?: string[];
  'var-file'?: string[];
  'max-file-mb'?: string;
}

export const IAC_FLAGS = {
  parameter: { type: 'string', multiple: true },
  var: { type: 'string', multiple: true },
  'var-file': { type: 'string', multiple: true },
  'max-file-mb': { type: 'string' },
} as const;

/** The folder holding `.git` above `cwd`, so file locations match the repository (SARIF); else `cwd`. */
function repoRoot(cwd: string): string {
  for (let dir = cwd; ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return cwd;
  }
}

function parameters(values: readonly string[] = [], flag = '--parameter'): Record<string, string> {
  const out: Record<string, string> = {};
  for (const value of values) {
    const at = value.indexOf('=');
    if (at <= 0)
      throw new InputError(
        `${flag}: expected ${flag === '--var' ? 'NAME=VALUE' : 'Key=Value'}, got '${value}'`,
      );
    out[value.slice(0, at)] = value.slice(at + 1);
  }
  return out;
}

function maxFileBytes(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const mb = Number(value);
  if (!Number.isFinite(mb) || mb <= 0)
    throw new InputError(`--max-file-mb: expected a positive number, got '${value}'`);
  return mb * 1024 * 1024;
}

/**
 * Reads templates and plans into an inventory. Files that cannot be read are said on stderr, one
 * line each, and kept as coverage gaps; `unreadable` counts them so the run can exit non-zero.
 */
export async function iacInputs(
  paths: readonly string[],
  flags: IacFlags,
  cwd: string,
  stderr: (text: string) => void,
) {
  const root = repoRoot(cwd);
  const limit = maxFileBytes(flags['max-file-mb']);
  const variables = parameters(flags.var, '--var');
  await IAC_FOLDER_READER.prepare();
  const out = collectIac(paths, {
    root,
    cwd,
    parameters: parameters(flags.parameter),
    variables,
    varFiles: (flags['var-file'] ?? []).map((f) => resolve(cwd, f)),
    readers: IAC_READERS,
    folderReader: IAC_FOLDER_READER,
    ...(limit !== undefined && { maxFileBytes: limit }),
  });
  for (const notice of out.notices) {
    stderr(`demarc: warning: ${notice.file}${notice.line ? `:${notice.line}` : ''}: ${notice.message}\n`);
  }
  for (const gap of out.gaps) stderr(`demarc: error: ${gap.error}\n`);
  if (out.terraformSourcesWithoutPlan) {
    stderr(
      'demarc: note: Terraform configuration (.tf) found but no plan; demarc reads plans: terraform plan -out tf.plan && terraform show -json tf.plan > tf.plan.json\n',
    );
  }
  if (out.files.length === 0 && out.gaps.length === 0) {
    throw new InputError(
      `no CloudFormation template, Terraform plan or Terraform configuration found in ${paths.join(', ')}`,
    );
  }
  const kinds = [...new Set(out.files.map((f) => f.kind))];
  return {
    inventory: new Inventory(out.resources, out.gaps),
    source: { kind: kinds.length === 1 ? (kinds[0] as ScanSourceKind) : 'iac', inputs: [...paths] },
    now: new Date(),
    root,
    unreadable: out.gaps.length,
  };
}
