import { csvCell } from './csv.js';
import type { ControlStatus, ControlView, FrameworkView } from './framework-view.js';
import { DEMARC_NS, OSCAL_VERSION, uuidFor } from './oscal.js';
import { visible } from './sanitize.js';
import type { Styler } from './style.js';

const STATUS_TEXT: Record<ControlStatus, string> = {
  met: 'met',
  not_met: 'not met',
  not_assessed: 'not assessed',
  expired: 'attestation expired',
  partial: 'partly evidenced',
  no_evidence: 'no evidence yet',
  not_evidenceable: 'no check or attestation can evidence it',
  inherited: 'inherited from AWS',
  not_in_scope: 'not in scope (no service of the estate holds its duties)',
};

const RESPONSIBILITY_TEXT = { aws: 'inherited from AWS', shared: 'shared', customer: 'customer' } as const;

/** "3 of 5 duties evidenced: 2 pass, 1 fail" for a control's duties in scope. */
function dutyLine(control: ControlView): string {
  if (control.duties.length === 0) return '';
  const evidenced = control.duties.filter((d) => d.evidence !== 'no_evidence').length;
  const counts = new Map<string, number>();
  for (const d of control.duties) counts.set(d.evidence, (counts.get(d.evidence) ?? 0) + 1);
  const parts = [...counts].map(([e, n]) => `${n} ${e.replace('_', ' ')}`).join(', ');
  return `${evidenced} of ${control.duties.length} ${control.duties.length === 1 ? 'duty' : 'duties'} evidenced (${parts})`;
}

function summary(view: FrameworkView): string {
  const t = view.totals;
  const statuses = (Object.keys(STATUS_TEXT) as ControlStatus[])
    .filter((s) => t[s])
    .map((s) => `${t[s]} ${STATUS_TEXT[s]}`)
    .join(', ');
  return `${view.controls.length} controls: ${t.aws} inherited from AWS, ${t.shared} shared, ${t.customer} customer. ${statuses}.`;
}

/** The framework view for a terminal: one line per control, then its duties and their evidence. */
export function renderFrameworkText(view: FrameworkView, style: Styler): string {
  const lines = [style('bold', `${view.framework.title}: who holds each control, and demarc's evidence`)];
  lines.push(summary(view));
  const idWidth = Math.max(...view.controls.map((c) => c.id.length));
  for (const control of view.controls) {
    const status = STATUS_TEXT[control.status];
    const colored =
      control.status === 'met'
        ? style('green', status)
        : control.status === 'not_met' || control.status === 'expired'
          ? style(['bold', 'red'], status)
          : control.status === 'inherited'
            ? style('dim', status)
            : style('yellow', status);
    lines.push('');
    lines.push(
      `${style('bold', control.id.padEnd(idWidth))}  ${visible(control.title)} — ${RESPONSIBILITY_TEXT[control.responsibility]}: ${colored}`,
    );
    if (control.provided.length > 0)
      lines.push(style('dim', `  AWS provides: ${control.provided.join(', ')}`));
    const line = dutyLine(control);
    if (line) lines.push(`  ${line}`);
    for (const duty of control.duties) {
      const by =
        [...duty.checks, ...duty.attestations.map((a) => `attestation ${a}`)].join(', ') || 'no check';
      lines.push(style('dim', `  duty ${duty.id}: ${duty.evidence.replace('_', ' ')} [${visible(by)}]`));
    }
    if (control.outOfScope.length > 0) {
      lines.push(style('dim', `  not in this estate: ${control.outOfScope.join(', ')}`));
    }
  }
  lines.push('', style('dim', `Source of the control ids: ${view.framework.source}`));
  if (view.modelDate) lines.push(style('dim', `responsibility model of ${view.modelDate}`));
  return `${lines.join('\n')}\n`;
}

const CRM_HEADER = [
  'Control ID',
  'Control Title',
  'Responsibility',
  'Can Be Inherited',
  'AWS Provides',
  'Customer Responsibility',
  'demarc Duties',
  'Evidence',
  'Status',
];

/**
 * A FedRAMP-style customer responsibility matrix as CSV (RFC 4180, CRLF): one row per control,
 * saying whether the customer can inherit it (yes / partial / no) and what is left to it.
 */
export function renderFrameworkCsv(view: FrameworkView): string {
  const rows = view.controls.map((c) => [
    c.id,
    c.title,
    RESPONSIBILITY_TEXT[c.responsibility],
    c.inheritable,
    c.provided.join('; '),
    c.duties.map((d) => d.title).join('; '),
    c.duties.map((d) => `${d.id}=${d.evidence}`).join('; '),
    dutyLine(c),
    STATUS_TEXT[c.status],
  ]);
  return [CRM_HEADER, ...rows].map((r) => `${r.map((v) => csvCell(v)).join(',')}\r\n`).join('');
}

const prop = (name: string, value: string | number) => ({ name, ns: DEMARC_NS, value: String(value) });

/** OSCAL control ids: lower case, enhancements with a dot (`AC-2(3)` → `ac-2.3`), others kept readable. */
function oscalControlId(frameworkId: string, id: string): string {
  if (frameworkId !== 'nist-800-53-r5') return id;
  return id.toLowerCase().replace(/\((\d+)\)/g, '.$1');
}

/**
 * The framework view as an OSCAL component definition for AWS as demarc's model sees it: one
 * implemented requirement per control, each with what AWS provides (`provided`) and what it leaves
 * to the customer (`responsibilities`) in an `export`, as a leveraged system declares them, and
 * demarc's evidence as props. It sits beside the SSP that `demarc scan --format oscal` writes.
 */
export function frameworkComponentDefinition(view: FrameworkView, now: Date): Record<string, unknown> {
  const fw = view.framework;
  const component = uuidFor(`component-definition:aws:${fw.id}`);
  const requirements = view.controls.map((c) => {
    const key = `${fw.id}:${c.id}`;
    const provided =
      c.responsibility === 'customer'
        ? []
        : [
            {
              uuid: uuidFor(`provided:${key}`),
              description:
                c.provided.length > 0 ? `AWS provides: ${c.provided.join(', ')}.` : 'AWS holds part of it.',
            },
          ];
    const responsibilities =
      c.responsibility === 'aws'
        ? []
        : [
            {
              uuid: uuidFor(`responsibility:${key}`),
              ...(provided[0] && { 'provided-uuid': provided[0].uuid }),
              description:
                c.duties.length > 0
                  ? `The customer: ${c.duties.map((d) => d.title).join('; ')}.`
                  : 'The customer holds it; demarc models no duty that evidences it.',
            },
          ];
    return {
      uuid: uuidFor(`implemented-requirement:${key}`),
      'control-id': oscalControlId(fw.id, c.id),
      description: `${c.title}: ${RESPONSIBILITY_TEXT[c.responsibility]}; ${STATUS_TEXT[c.status]}.`,
      props: [
        prop('responsibility', c.responsibility),
        prop('can-be-inherited', c.inheritable),
        prop('status', c.status),
        ...c.duties.map((d) => prop('duty', `${d.id}=${d.evidence}`)),
      ],
      export: {
        ...(provided.length > 0 && { provided }),
        ...(responsibilities.length > 0 && { responsibilities }),
      },
    };
  });
  return {
    'component-definition': {
      uuid: uuidFor(`component-definition:${fw.id}:${now.toISOString()}`),
      metadata: {
        title: `AWS shared responsibility for ${fw.title}`,
        'last-modified': now.toISOString(),
        version: view.modelDate ?? now.toISOString().slice(0, 10),
        'oscal-version': OSCAL_VERSION,
      },
      components: [
        {
          uuid: component,
          type: 'service',
          title: 'Amazon Web Services',
          description:
            "AWS as the cloud service provider, with the division of each control taken from demarc's responsibility model.",
          'control-implementations': [
            {
              uuid: uuidFor(`control-implementation:${fw.id}`),
              source: fw.catalog ?? fw.source,
              description: `${fw.title}, control by control: what AWS provides and what the customer must do.`,
              'implemented-requirements': requirements,
            },
          ],
        },
      ],
    },
  };
}
