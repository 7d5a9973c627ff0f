/** Time arithmetic for checks. Checks never read the clock: `now` always comes from `ctx.now`. */

const MS_PER_DAY = 24 * 60 * 60 * 1000;

/** Parses an ISO-8601 time; undefined when the text is not a time (a source bug, not a verdict). */
export function parseTime(iso: string): Date | undefined {
  const time = new Date(iso);
  return Number.isNaN(time.getTime()) ? undefined : time;
}

/** Whole days from `from` to `to` (rounded down); negative when `from` is after `to`. */
export function daysBetween(from: Date, to: Date): number {
  return Math.floor((to.getTime() - from.getTime()) / MS_PER_DAY);
}

/** Whole days between an ISO time and `now`; undefined when the time cannot be parsed. */
export function daysSince(iso: string, now: Date): number | undefined {
  const time = parseTime(iso);
  return time === undefined ? undefined : daysBetween(time, now);
}

/** The calendar date of an ISO time (UTC), for reasons: '2026-10-20'. Unparseable text is returned as is. */
export function dateOf(iso: string): string {
  return parseTime(iso)?.toISOString().slice(0, 10) ?? iso;
}

/** A day count for reasons: '1 day', '45 days'. */
export function dayCount(days: number): string {
  return `${days} day${days === 1 ? '' : 's'}`;
}
