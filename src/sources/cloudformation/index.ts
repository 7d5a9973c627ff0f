import type { Resource } from '../../inventory/resources.js';
import {
  type IacFileResult,
  type IacNotice,
  type IacOptions,
  type IacReader,
  NotThisFormat,
} from '../shared/iac-reader.js';
import { TemplateContext } from './context.js';
import { rejectCycles } from './cycles.js';
import { expandForEach } from './foreach.js';
import { INTRINSIC_FUNCTIONS, intrinsicName } from './intrinsics.js';
import { mapCloudTrail } from './mappers/cloudtrail.js';
import type { Mapper } from './mappers/common.js';
import { mapDynamoDb, mapRds, mapRedshift } from './mappers/databases.js';
import { mapInstances, mapNetwork, mapSecurityGroups } from './mappers/ec2.js';
import { mapEfs } from './mappers/efs.js';
import { mapElb } from './mappers/elb.js';
import { mapIam } from './mappers/iam.js';
import { mapKms } from './mappers/kms.js';
import { mapLambda } from './mappers/lambda.js';
import { mapS3 } from './mappers/s3.js';
import { isRecord, looksLikeJson, parseTemplate, type Template } from './parse.js';
import { physicalIds } from './references.js';
import { includeName, macroMessage, Resolver } from './resolver.js';
import { TemplateError } from './template-error.js';

export { TemplateError } from './template-error.js';

const MAPPERS: readonly Mapper[] = [
  mapS3,
  mapKms,
  mapIam,
  mapNetwork,
  mapSecurityGroups,
  mapInstances,
  mapRds,
  mapRedshift,
  mapDynamoDb,
  mapElb,
  mapLambda,
  mapEfs,
  mapCloudTrail,
];

const SAM_TRANSFORM = 'AWS::Serverless-2016-10-31';

/** CloudFormation templates (JSON or YAML, SAM included) as typed resources. */
export const cloudFormationReader: IacReader = {
  kind: 'cloudformation',
  recognizes: recognizesTemplate,
  read: readTemplate,
};

/**
 * A template says so in its first lines (AWSTemplateFormatVersion) or has a top-level Resources
 * mapping whose entries have AWS:: types. Judged with a few regular expressions, not a parse.
 */
export function recognizesTemplate(text: string): boolean {
  if (looksLikeJson(text)) {
    if (/"AWSTemplateFormatVersion"\s*:/.test(text)) return true;
    return /"Resources"\s*:\s*\{/.test(text) && /"Type"\s*:\s*"AWS::/.test(text);
  }
  // Blanks only ([ \t], not \s): a pattern that may cross lines backtracks badly on long blank runs.
  if (/^AWSTemplateFormatVersion[ \t]*:/m.test(text)) return true;
  return (
    /^["']?Resources["']?[ \t]*:/m.test(text) && /^[ \t]+["']?Type["']?[ \t]*:[ \t]*["']?AWS::/m.test(text)
  );
}

export function readTemplate(file: string, text: string, options: IacOptions): IacFileResult {
  try {
    return readOrThrow(file, text, options);
  } catch (error) {
    if (error instanceof TemplateError) {
      const where = error.line === undefined ? file : `${file}:${error.line}`;
      throw new TemplateError(`${where}: ${oneLine(error.message)}`, error.line);
    }
    // Only absurd nesting (thousands of levels) exhausts the stack while resolving.
    if (error instanceof RangeError)
      throw new TemplateError(`${file}: the template nests too deeply to read`);
    throw error;
  }
}

function readOrThrow(file: string, text: string, options: IacOptions): IacFileResult {
  const parsed = parseTemplate(text);
  // JSON is recognised by a glance at its text; a fixture that merely holds a fragment is no template.
  if (looksLikeJson(text) && !('Resources' in parsed.body) && !('AWSTemplateFormatVersion' in parsed.body)) {
    throw new NotThisFormat(
      `${file}: not a CloudFormation template (no top-level Resources or AWSTemplateFormatVersion)`,
    );
  }
  // YAML templates are checked for unknown functions as they are parsed, with the exact line.
  if (looksLikeJson(text)) rejectUnknownIntrinsics(parsed, text);
  const notices: IacNotice[] = [];
  const { template, problems } = expandForEach(parsed, options.parameters);
  for (const problem of problems) notices.push({ file, ...problem });
  const sam = transformsOf(template.body, text);
  const resolver = new Resolver(template, options.parameters, physicalIds(file));
  rejectCycles(template.body, template.resourceLines, sectionLine(text, 'Conditions'));
  const globals = sam && isRecord(template.body.Globals) ? template.body.Globals : {};
  const ctx = new TemplateContext(resolver, file, globals);
  const resources: Resource[] = [];
  for (const mapper of MAPPERS) resources.push(...mapper(ctx));
  for (const problem of ctx.problems) {
    notices.push({
      file,
      ...(problem.line !== undefined && { line: problem.line }),
      message: problem.message,
    });
  }
  return { resources, notices };
}

/**
 * Whether the SAM transform applies. Any other transform but AWS::LanguageExtensions is a macro
 * that may rewrite anything, so the template as written says nothing reliable.
 */
function transformsOf(body: Record<string, unknown>, text: string): boolean {
  const raw = body.Transform;
  if (raw === undefined) return false;
  const names = (Array.isArray(raw) ? raw : [raw]).map(includeName);
  const macro = names.find((name) => name !== SAM_TRANSFORM && name !== 'AWS::LanguageExtensions');
  if (macro !== undefined) throw new TemplateError(macroMessage(macro), sectionLine(text, 'Transform'));
  return names.includes(SAM_TRANSFORM);
}

/** The line of a top-level section, by the first line that starts with its key. */
function sectionLine(text: string, section: string): number | undefined {
  const at = new RegExp(`^[ \\t]*["']?${section}["']?[ \\t]*:`, 'm').exec(text)?.index;
  return at === undefined ? undefined : lineAt(text, at);
}

/** JSON.parse keeps no positions, so an unknown function is located by its first occurrence. */
function rejectUnknownIntrinsics(template: Template, text: string): void {
  const name = unknownIntrinsic(template.body, 0);
  if (name === undefined) return;
  const at = text.indexOf(JSON.stringify(name));
  throw new TemplateError(`unknown intrinsic function ${name}`, at < 0 ? undefined : lineAt(text, at));
}

function unknownIntrinsic(value: unknown, depth: number): string | undefined {
  // Real templates nest a few dozen levels at most; deeper input is not worth the stack.
  if (depth > 200 || value === null || typeof value !== 'object') return undefined;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = unknownIntrinsic(item, depth + 1);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  const record = value as Record<string, unknown>;
  const name = intrinsicName(record);
  if (name !== undefined && !INTRINSIC_FUNCTIONS.has(name)) return name;
  for (const key in record) {
    const found = unknownIntrinsic(record[key], depth + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function oneLine(message: string): string {
  return message.replace(/\s*\n\s*/g, ' ').trim();
}
