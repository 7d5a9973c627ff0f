import { InputError } from '../../errors.js';
import { jsonSyntaxError } from '../shared/json-syntax.js';
import { type Plan, PlanSchema } from './format.js';
import { lineOfPath } from './json-text.js';

/**
 * A plan's JSON, checked against the parts of the documented format demarc reads. Throws an
 * InputError of one line, `file:line: what is wrong`, for text that is not JSON (with its column),
 * JSON that is not a plan, and a plan whose shape differs (naming the JSON path).
 */
export function parsePlan(file: string, text: string): Plan {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new InputError(`${file}${jsonSyntaxError(text.replace(/^\uFEFF/, ''))}`);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new InputError(`${file}:1: not a Terraform plan: the JSON is not an object`);
  }
  const record = json as Record<string, unknown>;
  if (record.format_version === undefined) {
    throw new InputError(
      `${file}:1: not a Terraform plan: no format_version (write one with terraform show -json <planfile>)`,
    );
  }
  if (record.planned_values === undefined) {
    const what = record.values !== undefined ? 'a Terraform state' : 'JSON with no planned_values';
    throw new InputError(
      `${file}:${lineOfPath(text, ['format_version']) ?? 1}: not a Terraform plan: ${what} (write a plan with terraform show -json <planfile>)`,
    );
  }
  const parsed = PlanSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  const [issue] = parsed.error.issues;
  const path = (issue?.path ?? []).filter((p): p is string | number => typeof p !== 'symbol');
  const line = lineAtDeepest(text, path);
  throw new InputError(
    `${file}:${line}: ${pathText(path)}: ${oneLine(issue?.message ?? 'unexpected value')}`,
  );
}

/** The line of the deepest part of a path present in the text (a missing key points at its parent). */
function lineAtDeepest(text: string, path: (string | number)[]): number {
  for (let n = path.length; n > 0; n--) {
    const line = lineOfPath(text, path.slice(0, n));
    if (line !== undefined) return line;
  }
  return 1;
}

/** `resource_changes[3].change.actions`, as a reader would write the path. */
function pathText(path: readonly (string | number)[]): string {
  let out = '';
  for (const step of path) {
    if (typeof step === 'number') out += `[${step}]`;
    else out += /^[A-Za-z_][\w-]*$/.test(step) ? `${out ? '.' : ''}${step}` : `[${JSON.stringify(step)}]`;
  }
  return out || '(the document)';
}

function oneLine(message: string): string {
  return message.replace(/\s+/g, ' ').trim();
}
