import { type Dirent, readdirSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { InputError } from '../../errors.js';
import type { CoverageGap } from '../../inventory/inventory.js';
import type { Resource } from '../../inventory/resources.js';
import {
  type IacFolderReader,
  type IacFolderResult,
  type IacNotice,
  type IacOptions,
  type IacReader,
  NotThisFormat,
} from '../shared/iac-reader.js';
import { IAC_LIMIT_BYTES, readInputFile } from '../shared/read-file.js';

/** Folders that hold tools' copies, never the user's infrastructure. */
const SKIPPED_DIRS = new Set(['node_modules', '.git', '.terraform', '.venv', '.aws-sam', 'cdk.out']);
const CANDIDATE_EXTENSIONS = new Set(['.json', '.yaml', '.yml', '.template', '.tmpl', '.cfn']);

interface IacCollectOptions extends IacOptions {
  /** Folder that file paths in findings are relative to (the repository root). */
  root: string;
  /** Folder relative paths on the command line start from. */
  cwd: string;
  readers: readonly IacReader[];
  /** Reads Terraform configuration by folder; already prepared. Without it, `.tf` files are only noted. */
  folderReader?: IacFolderReader;
  maxFileBytes?: number;
}

interface IacCollection {
  resources: Resource[];
  notices: IacNotice[];
  /** Files that could not be scanned, as coverage gaps whose `error` is `file:line: what`. */
  gaps: CoverageGap[];
  /** Files scanned, by format. */
  files: { file: string; kind: IacReader['kind'] }[];
  /** Terraform configuration seen without a plan to read it through. */
  terraformSourcesWithoutPlan: boolean;
}

/**
 * Reads every template and plan under the given paths. A file that cannot be read becomes a gap
 * and the others are still read: one bad file must not hide the findings of the rest.
 */
export function collectIac(paths: readonly string[], options: IacCollectOptions): IacCollection {
  const out: IacCollection = {
    resources: [],
    notices: [],
    gaps: [],
    files: [],
    terraformSourcesWithoutPlan: false,
  };
  let sawTfSource = false;
  const folders = new Set<string>();
  const claims = (file: string) => options.folderReader?.claims(basename(file)) ?? file.endsWith('.tf');
  for (const path of paths) {
    const absolute = resolve(options.cwd, path);
    let isDirectory: boolean;
    try {
      isDirectory = statSync(absolute).isDirectory();
    } catch (error) {
      out.gaps.push(
        fileGap(path, `${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`),
      );
      continue;
    }
    if (!isDirectory) {
      if (claims(absolute)) folders.add(dirname(absolute));
      else readOne(absolute, true, options, out);
      continue;
    }
    for (const file of walk(absolute)) {
      if (claims(file)) {
        sawTfSource = true;
        folders.add(dirname(file));
      } else if (CANDIDATE_EXTENSIONS.has(extname(file).toLowerCase())) readOne(file, false, options, out);
    }
  }
  if (options.folderReader) readFolders([...folders].sort(), options.folderReader, options, out);
  out.terraformSourcesWithoutPlan =
    sawTfSource && !options.folderReader && !out.files.some((f) => f.kind === 'terraform');
  return out;
}

/**
 * Reads each folder of Terraform configuration as a root module, except folders another one uses
 * as a module (their resources come through it) and folders whose plan was read (the plan wins).
 */
function readFolders(
  folders: readonly string[],
  reader: IacFolderReader,
  options: IacCollectOptions,
  out: IacCollection,
): void {
  const shown = (absolute: string) => relative(options.root, absolute).split(sep).join('/') || '.';
  const planned = new Set(
    out.files.filter((f) => f.kind === 'terraform').map((f) => resolve(options.root, dirname(f.file))),
  );
  const results = new Map<string, IacFolderResult>();
  for (const dir of folders) {
    if (planned.has(dir)) {
      out.notices.push({
        file: shown(dir),
        message:
          'a Terraform plan is read in this folder, so its .tf files are not read as well (the plan wins)',
      });
      continue;
    }
    try {
      results.set(dir, reader.read(dir, shown, options));
    } catch (error) {
      out.gaps.push(fileGap(shown(dir), `${shown(dir)}: ${(error as Error).message}`));
    }
  }
  const used = new Set([...results.values()].flatMap((r) => r.modules));
  for (const [dir, result] of results) {
    if (used.has(dir)) continue;
    out.resources.push(...result.resources);
    out.notices.push(...result.notices);
    for (const error of result.errors) {
      if (!out.gaps.some((g) => g.error === error.message)) out.gaps.push(fileGap(error.file, error.message));
    }
    for (const file of result.files) out.files.push({ file, kind: reader.kind });
  }
}

function readOne(absolute: string, named: boolean, options: IacCollectOptions, out: IacCollection): void {
  const shown = relative(options.root, absolute).split(sep).join('/') || absolute;
  const limit = options.maxFileBytes ?? IAC_LIMIT_BYTES;
  try {
    const text = readInputFile({
      path: absolute,
      shown,
      limitBytes: limit,
      limitHint: '--max-file-mb N',
    });
    const reader = options.readers.find((r) => r.recognizes(text));
    if (!reader) {
      // In a folder, other JSON and YAML (package.json, CI workflows) is simply not infrastructure.
      if (named) {
        throw new InputError(
          `${shown}: neither a CloudFormation template nor a Terraform plan (terraform show -json PLANFILE)`,
        );
      }
      return;
    }
    const result = reader.read(shown, text, options);
    for (const resource of result.resources) out.resources.push(resource);
    out.notices.push(...result.notices);
    out.files.push({ file: shown, kind: reader.kind });
  } catch (error) {
    if (error instanceof NotThisFormat && !named) {
      out.notices.push({ file: shown, message: `skipped: ${error.message.replace(`${shown}: `, '')}` });
      return;
    }
    // Whatever stops one file (bad input, or a fault in demarc itself) must not lose the others.
    const message =
      error instanceof InputError
        ? error.message
        : `demarc could not read it (internal error: ${(error as Error).message}); please report this`;
    out.gaps.push(fileGap(shown, message.startsWith(shown) ? message : `${shown}: ${message}`));
  }
}

/** `message` is the whole one-line error, starting with the file. */
function fileGap(file: string, message: string): CoverageGap {
  return { account: '', service: 'iac', region: 'n/a', api: 'read', error: message, resourceTypes: [], file };
}

function* walk(dir: string): Generator<string> {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name)) yield* walk(path);
    } else if (entry.isFile() || (entry.isSymbolicLink() && isFile(path))) {
      // A linked file is read; linked folders are not followed (no loops, no escaping the tree).
      yield path;
    }
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
