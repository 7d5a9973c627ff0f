/**
 * Some "errors" are answers: S3 says NoSuchBucketPolicy when a bucket has no policy, IAM says
 * NoSuchEntity when the account has no password policy. Those are facts (the setting is absent),
 * not coverage gaps, so they are caught inside the call and turned into ABSENT; every other error
 * still escapes to ctx.call and becomes a gap.
 */
export const ABSENT: unique symbol = Symbol('absent');
type Absent = typeof ABSENT;

/** Whether an SDK error carries one of the codes (modeled errors by name, others by Code). */
function hasErrorCode(error: unknown, codes: readonly string[]): boolean {
  const e = error as { name?: unknown; Code?: unknown; code?: unknown } | null;
  if (!e || typeof e !== 'object') return false;
  return [e.name, e.Code, e.code].some((c) => typeof c === 'string' && codes.includes(c));
}

/** The request's answer, or ABSENT when AWS answered with one of the "not configured" codes. */
export async function absentOn<T>(codes: readonly string[], request: Promise<T>): Promise<T | Absent> {
  try {
    return await request;
  } catch (error) {
    if (hasErrorCode(error, codes)) return ABSENT;
    throw error;
  }
}
