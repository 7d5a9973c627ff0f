/**
 * The one place for the fuzz suite's knobs: the seed and how many cases each reader and the
 * report formats get. CI runs exactly these; FUZZ_SEED / FUZZ_SCALE override them locally (for a
 * longer hunt: FUZZ_SCALE=20), never in CI.
 */

/** Fixed so every CI run replays the same cases; a failure names its seed and path to rerun it. */
export const SEED = Number(process.env.FUZZ_SEED ?? 20261125);

const SCALE = Number(process.env.FUZZ_SCALE ?? 1);

/** Generated cases per target, before the corpus replay (which always runs in full). */
export const CASES = {
  snapshot: Math.round(150 * SCALE),
  policy: Math.round(120 * SCALE),
  'cloudformation-json': Math.round(100 * SCALE),
  'cloudformation-yaml': Math.round(100 * SCALE),
  'terraform-plan': Math.round(100 * SCALE),
  /** Each report case renders every format (one --output-dir run). */
  formats: Math.round(60 * SCALE),
  /** HTML reports opened in chromium (costly: a page load each). */
  browser: 5,
} as const;

export type Target = Exclude<keyof typeof CASES, 'browser'>;

/** A case that takes longer than this is a hang; normal cases take well under 200 ms. */
export const CASE_DEADLINE_MS = 10_000;

/** Shrinking stops after this long, so one hang cannot eat the CI budget. */
export const SHRINK_BUDGET_MS = 10_000;
