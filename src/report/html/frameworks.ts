import type { CheckInfo, Finding } from '../../engine/result.js';

/** Section titles of the CIS AWS Foundations Benchmark v3.0 (the number before the first dot). */
const CIS_SECTIONS: Record<string, string> = {
  '1': 'Identity and Access Management',
  '2': 'Storage',
  '3': 'Logging',
  '4': 'Monitoring',
  '5': 'Networking',
};

interface Tally {
  pass: number;
  fail: number;
  notAssessed: number;
}

export interface FrameworkEntry extends Tally {
  /** A CIS section number, a CIS recommendation number or an FSBP control id. */
  id: string;
  title: string;
  /** demarc checks mapped to it. */
  checks: string[];
}

interface CisSection extends FrameworkEntry {
  recommendations: FrameworkEntry[];
}

interface FrameworkView {
  cisSections: CisSection[];
  fsbpControls: FrameworkEntry[];
}

/** pass / (pass + fail); undefined when nothing was judged either way. */
export function passRate(t: Tally): number | undefined {
  const judged = t.pass + t.fail;
  return judged === 0 ? undefined : t.pass / judged;
}

/** Orders ids like 1.10 after 1.9 and EC2.13 after EC2.2. */
export function compareIds(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

function countsByCheck(findings: readonly Finding[]): Map<string, Tally> {
  const byCheck = new Map<string, Tally>();
  for (const f of findings) {
    let t = byCheck.get(f.checkId);
    if (!t) byCheck.set(f.checkId, (t = { pass: 0, fail: 0, notAssessed: 0 }));
    if (f.status === 'pass') t.pass++;
    else if (f.status === 'fail') t.fail++;
    else t.notAssessed++;
  }
  return byCheck;
}

/** One entry per framework id: its checks and their findings added up (each check counted once). */
function entries(
  ids: Map<string, Set<string>>,
  byCheck: Map<string, Tally>,
  titleOf: (id: string) => string,
): FrameworkEntry[] {
  return [...ids]
    .sort(([a], [b]) => compareIds(a, b))
    .map(([id, checks]) => {
      const entry: FrameworkEntry = { id, title: titleOf(id), checks: [...checks].sort(), ...zero() };
      for (const check of checks) add(entry, byCheck.get(check));
      return entry;
    });
}

const zero = (): Tally => ({ pass: 0, fail: 0, notAssessed: 0 });

function add(into: Tally, t: Tally | undefined): void {
  if (!t) return;
  into.pass += t.pass;
  into.fail += t.fail;
  into.notAssessed += t.notAssessed;
}

function collect(map: Map<string, Set<string>>, key: string, check: string): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(check);
}

/**
 * The compliance view: pass rates per CIS v3.0 section and recommendation, and per AWS FSBP
 * control, from the checks' framework mappings joined to the findings. Suppressed findings keep
 * their status here: an accepted risk is still a failed control.
 */
export function frameworkView(
  checks: Record<string, CheckInfo>,
  findings: readonly Finding[],
): FrameworkView {
  const byCheck = countsByCheck(findings);
  const cisRecommendations = new Map<string, Set<string>>();
  const cisSections = new Map<string, Set<string>>();
  const fsbp = new Map<string, Set<string>>();
  for (const info of Object.values(checks)) {
    for (const rec of info.frameworks['cis-aws-3.0'] ?? []) {
      collect(cisRecommendations, rec, info.id);
      collect(cisSections, rec.split('.')[0] as string, info.id);
    }
    for (const control of info.frameworks['aws-fsbp'] ?? []) collect(fsbp, control, info.id);
  }
  const recommendations = entries(cisRecommendations, byCheck, () => '');
  const sections = entries(cisSections, byCheck, (id) => CIS_SECTIONS[id] ?? `Section ${id}`).map(
    (section) => ({
      ...section,
      recommendations: recommendations.filter((r) => r.id.split('.')[0] === section.id),
    }),
  );
  return { cisSections: sections, fsbpControls: entries(fsbp, byCheck, () => '') };
}
