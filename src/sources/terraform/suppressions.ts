/**
 * Accepted risks written beside a resource as tags:
 *
 *   demarc:suppress              = "<check-id>[ <check-id>…]: <reason>"
 *   demarc:suppress:<check-id>   = "<reason>"
 *
 * Check ids may be separated by spaces or commas (AWS tag values of some services refuse commas).
 * The second form lets one resource give each check its own reason. A suppression must say why:
 * one without a reason, or naming no valid check id, is not applied and is reported instead.
 */
export const SUPPRESS_TAG = 'demarc:suppress';

export interface Suppression {
  checkId: string;
  reason: string;
}

interface SuppressionsRead {
  suppressions: Suppression[];
  /** Why a suppression tag was not applied, one sentence each. */
  problems: string[];
}

const CHECK_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const EXAMPLE = `write "<check-id>: <why the risk is accepted>"`;

/** The suppressions in a resource's tags, and the tags that could not be applied. */
export function suppressionsOf(tags: Readonly<Record<string, string>>): SuppressionsRead {
  const suppressions: Suppression[] = [];
  const problems: string[] = [];
  for (const [key, value] of Object.entries(tags)) {
    if (key === SUPPRESS_TAG) {
      const read = parseList(value);
      if (typeof read === 'string') problems.push(read);
      else suppressions.push(...read);
    } else if (key.startsWith(`${SUPPRESS_TAG}:`)) {
      const checkId = key.slice(SUPPRESS_TAG.length + 1);
      const reason = value.trim();
      if (!CHECK_ID.test(checkId)) {
        problems.push(`tag ${key} is not applied: '${checkId}' is not a check id`);
      } else if (!reason) {
        problems.push(
          `tag ${key} is not applied: it has no reason (its value must say why the risk is accepted)`,
        );
      } else {
        suppressions.push({ checkId, reason });
      }
    }
  }
  // One entry per check: the first reason given wins.
  const unique = suppressions.filter((s, i) => suppressions.findIndex((o) => o.checkId === s.checkId) === i);
  return { suppressions: unique, problems };
}

function parseList(value: string): Suppression[] | string {
  const colon = value.indexOf(':');
  const ids = (colon === -1 ? value : value.slice(0, colon)).split(/[\s,]+/).filter(Boolean);
  const reason = colon === -1 ? '' : value.slice(colon + 1).trim();
  const tag = `tag ${SUPPRESS_TAG} = "${value}" is not applied`;
  if (ids.length === 0) return `${tag}: it names no check: ${EXAMPLE}`;
  const bad = ids.find((id) => !CHECK_ID.test(id));
  if (bad) return `${tag}: '${bad}' is not a check id: ${EXAMPLE}`;
  if (!reason) return `${tag}: it has no reason: ${EXAMPLE}`;
  return ids.map((checkId) => ({ checkId, reason }));
}
