import { parse as parseCsv } from 'csv-parse/sync';
import { XMLValidator } from 'fast-xml-parser';
import type { FuzzCase, Outcome } from './case.js';
import { type HtmlShape, htmlProblems } from './html-static.js';

/**
 * The properties every case must hold, each judged separately so a failure names the one that
 * broke. A judge returns undefined when the property holds, else what went wrong.
 */
export const PROPERTIES = [
  'no-hang',
  'exit-code',
  'no-internal-error',
  'no-engine-error',
  'terminal-clean',
  'html-static',
  'formats-parse',
] as const;
export type Property = (typeof PROPERTIES)[number];
export type Verdicts = Record<Property, string | undefined>;

/**
 * Characters that must never reach a terminal raw: C0 controls but newline and tab, DEL, C1, and
 * the bidi overrides and isolates. Colour is off in every case, so even ESC is a defect.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const FORBIDDEN = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

export function controlProblem(text: string, where: string): string | undefined {
  const at = text.search(FORBIDDEN);
  if (at < 0) return undefined;
  const code = (text.codePointAt(at) as number).toString(16).toUpperCase().padStart(4, '0');
  const lineStart = text.lastIndexOf('\n', at) + 1;
  const lineEnd = text.indexOf('\n', at);
  const line = text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd);
  return `U+${code} raw in ${where}: ${JSON.stringify(line.slice(0, 200))}`;
}

/**
 * A JavaScript engine's own words in an error line: the input reached code that did not expect it,
 * and the user learns nothing about what is wrong with the input.
 */
const ENGINE_ERROR =
  /.*(Maximum call stack|is not a function|Cannot read propert|Cannot set propert|is not iterable|Invalid string length|Unexpected token|Cannot convert|is not defined|is not a constructor|Invalid array length).*/;

/** The format written to stdout, if any (the CLI's default is terminal). */
function stdoutFormat(args: readonly string[]): string | undefined {
  if (args.includes('--output') || args.includes('--output-dir')) return undefined;
  const at = args.indexOf('--format');
  return at >= 0 ? args[at + 1] : 'terminal';
}

const JSON_EXTENSIONS = ['.json', '.sarif'];

function formatProblems(outputs: Record<string, string>): string | undefined {
  for (const [name, text] of Object.entries(outputs)) {
    try {
      if (JSON_EXTENSIONS.some((e) => name.endsWith(e))) JSON.parse(text);
      else if (name.endsWith('.xml')) {
        const valid = XMLValidator.validate(text);
        if (valid !== true) throw new Error(`${valid.err.msg} at line ${valid.err.line}`);
      } else if (name.endsWith('.csv')) parseCsv(text, { relax_column_count: false });
    } catch (error) {
      return `${name} does not parse: ${(error as Error).message.slice(0, 300)}`;
    }
  }
  return undefined;
}

export function judge(fuzzCase: FuzzCase, outcome: Outcome, shape: HtmlShape): Verdicts {
  const verdicts: Verdicts = {
    'no-hang': undefined,
    'exit-code': undefined,
    'no-internal-error': undefined,
    'no-engine-error': undefined,
    'terminal-clean': undefined,
    'html-static': undefined,
    'formats-parse': undefined,
  };
  if (outcome.kind === 'hang') {
    verdicts['no-hang'] = `no exit within ${Math.round(outcome.ms)} ms`;
    return verdicts;
  }
  if (outcome.kind === 'crash') {
    verdicts['exit-code'] = 'no exit code: the run crashed';
    verdicts['no-internal-error'] = outcome.message.slice(0, 500);
    return verdicts;
  }
  const { code, stdout, stderr, outputs } = outcome;
  if (![0, 1, 2, 3].includes(code))
    verdicts['exit-code'] = `exit ${code}; stderr: ${JSON.stringify(stderr.slice(0, 300))}`;
  const internal = stderr.match(/.*internal error.*/)?.[0];
  const trace = stderr.match(/^\s+at .+:\d+:\d+\)?$/m)?.[0];
  if (code === 70 || internal || trace) {
    verdicts['no-internal-error'] =
      `exit ${code}: ${JSON.stringify((internal ?? trace ?? stderr).slice(0, 300))}`;
  }
  const engine = stderr.match(ENGINE_ERROR)?.[0];
  if (engine) verdicts['no-engine-error'] = JSON.stringify(engine.slice(0, 300));
  const format = stdoutFormat(fuzzCase.args);
  verdicts['terminal-clean'] =
    controlProblem(stderr, 'stderr') ??
    (format === 'terminal' ? controlProblem(stdout, 'terminal stdout') : undefined) ??
    (outputs['demarc.txt'] !== undefined ? controlProblem(outputs['demarc.txt'], 'demarc.txt') : undefined);
  const pages = [
    ...(format === 'html' && stdout.length > 0 ? [stdout] : []),
    ...Object.entries(outputs)
      .filter(([name]) => name.endsWith('.html'))
      .map(([, text]) => text),
  ];
  for (const page of pages) {
    const problems = htmlProblems(page, shape);
    if (problems.length > 0) {
      verdicts['html-static'] = problems.slice(0, 3).join('; ');
      break;
    }
  }
  verdicts['formats-parse'] = formatProblems(outputs);
  return verdicts;
}
