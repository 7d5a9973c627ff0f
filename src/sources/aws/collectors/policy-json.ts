import { type PolicyDocument, PolicyDocumentSchema } from '../../../inventory/base.js';
import { UnusableAnswerError } from '../unusable-answer.js';

/**
 * IAM returns policy documents URL-encoded (RFC 3986, e.g. `%7B%22Version%22…`); S3 and KMS return
 * plain JSON, and so do some IAM emulators. Encoded text never starts with `{`, which tells them apart.
 */
function decodePolicyText(text: string): string {
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) return trimmed;
  try {
    return decodeURIComponent(trimmed);
  } catch {
    // Not valid percent-encoding: hand it on as is and let the JSON parser say what is wrong.
    return trimmed;
  }
}

/**
 * A policy document from an API response. Throws when the text is not a policy document, so the
 * call that returned it becomes a coverage gap rather than a silently empty policy.
 */
export function parsePolicyDocument(text: string | undefined): PolicyDocument {
  if (text === undefined || text === '')
    throw new UnusableAnswerError('the response holds no policy document');
  const decoded = decodePolicyText(text);
  let json: unknown;
  try {
    json = JSON.parse(decoded);
  } catch {
    // A form encoder may have written spaces as '+', which is never valid JSON outside strings.
    try {
      json = JSON.parse(decodeURIComponent(text.trim().replace(/\+/g, '%20')));
    } catch {
      throw new UnusableAnswerError('the policy document is not valid JSON');
    }
  }
  const parsed = PolicyDocumentSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UnusableAnswerError(
      `the policy document does not have the IAM policy grammar (${issue?.path.join('.') || 'document'}: ${issue?.message ?? 'invalid'})`,
    );
  }
  return parsed.data;
}
