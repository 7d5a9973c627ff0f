import type { AnyCheck } from '../../checks/check.js';
import { CHECKS } from '../../checks/registry.js';
import { domainTitle } from '../../model/domains.js';
import { visibleStrings } from '../../report/sanitize.js';
import { styler } from '../../report/style.js';
import { parseFlags } from '../args.js';
import { type Command, EXIT, emit, type Io, parseFormat, useColor } from '../io.js';

function metadata(check: AnyCheck) {
  const { evaluate: _evaluate, ...meta } = check;
  return meta;
}

/** `demarc checks`: every check with its metadata, as a table or JSON. */
function renderChecks(checks: readonly AnyCheck[], json: boolean, color: boolean): string {
  if (json) return `${JSON.stringify(checks.map(metadata), null, 2)}\n`;
  const style = styler(color);
  const lines: string[] = [];
  for (const c of visibleStrings(checks)) {
    const frameworks = Object.entries(c.frameworks)
      .map(([fw, ids]) => `${fw} ${(ids as string[]).join(', ')}`)
      .join('; ');
    lines.push(`${style('bold', c.id)}  [${c.severity}] ${c.title}`);
    lines.push(
      style(
        'dim',
        `    ${c.service} · ${domainTitle(c.domain)} · ${c.resourceTypes.join(', ')}${frameworks ? ` · ${frameworks}` : ''}`,
      ),
    );
  }
  lines.push('', `${checks.length} checks`);
  return `${lines.join('\n')}\n`;
}

const FLAGS = { format: { type: 'string' }, output: { type: 'string' } } as const;

async function runChecks(args: string[], io: Io): Promise<number> {
  const { values } = parseFlags({ args, options: FLAGS });
  const format = parseFormat(values.format, ['terminal', 'json']);
  await emit(
    io,
    renderChecks(CHECKS, format === 'json', useColor(io, Boolean(values.output))),
    values.output,
  );
  return EXIT.ok;
}

export const checksCommand: Command = {
  usage: `usage: demarc checks [--format terminal|json] [--output FILE]
  every check with its metadata: service, domain, severity, resource types, frameworks`,
  flags: FLAGS,
  values: { format: ['terminal', 'json'], output: 'files' },
  examples: [
    'demarc checks                          # every check: severity, title, service, domain, frameworks',
    'demarc checks --format json | jq -r \'.[] | select(.severity == "critical") | .id\'',
    'demarc checks --format json --output checks.json',
  ],
  run: runChecks,
};
