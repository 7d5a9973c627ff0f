import { UnusableAnswerError } from '../unusable-answer.js';

/**
 * The IAM credential report: one CSV row per user plus `<root_account>`, with columns such as
 * password_enabled, password_last_used, mfa_active and access_key_1_active. AWS writes 'N/A',
 * 'no_information' or 'not_supported' where a credential does not exist or was never used.
 */
export type ReportRow = Readonly<Record<string, string>>;

export const ROOT_ROW_USER = '<root_account>';

/** RFC 4180 CSV (IAM user names may contain commas, so quoted fields must be honoured). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.length > 1 || r[0] !== '');
}

/** The report's rows, keyed by its header. */
export function parseCredentialReport(csv: string): ReportRow[] {
  const [header, ...rows] = parseCsv(csv);
  if (!header?.includes('user')) throw new UnusableAnswerError('the credential report has no header row');
  return rows.map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ''])));
}

const NO_VALUE = new Set(['N/A', 'no_information', 'not_supported', '']);

/**
 * A report time: ISO string, null when the report says there is none (never used, no such
 * credential), undefined when the cell is missing or unreadable.
 */
function reportTime(value: string | undefined): string | null | undefined {
  if (value === undefined) return undefined;
  if (NO_VALUE.has(value)) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

function reportFlag(value: string | undefined): boolean | undefined {
  if (value === 'true') return true;
  if (value === 'false') return false;
  return undefined;
}

/** The latest of several report times; null when none is set, undefined when any is unreadable. */
function latestTime(values: readonly (string | null | undefined)[]): string | null | undefined {
  if (values.some((v) => v === undefined)) return undefined;
  const times = values.filter((v): v is string => typeof v === 'string');
  if (times.length === 0) return null;
  return times.reduce((a, b) => (Date.parse(a) >= Date.parse(b) ? a : b));
}

interface RootFacts {
  mfaActive?: boolean;
  /** Either root access key is active. */
  accessKeysActive?: boolean;
  /** Last use of the root password or either root access key; null = never used. */
  lastUsed?: string | null;
}

export function rootFactsOf(row: ReportRow | undefined): RootFacts {
  if (!row) return {};
  const key1 = reportFlag(row.access_key_1_active);
  const key2 = reportFlag(row.access_key_2_active);
  return {
    mfaActive: reportFlag(row.mfa_active),
    accessKeysActive: key1 === undefined || key2 === undefined ? undefined : key1 || key2,
    lastUsed: latestTime([
      reportTime(row.password_last_used),
      reportTime(row.access_key_1_last_used_date),
      reportTime(row.access_key_2_last_used_date),
    ]),
  };
}

interface UserReportFacts {
  consoleAccess?: boolean;
  passwordLastUsed?: string | null;
  mfaActive?: boolean;
}

/**
 * A user's row, if the report describes this very user: same ARN and same creation second (a user
 * deleted and created again under the same name since the report was made is another user).
 */
export function userRowOf(
  rows: readonly ReportRow[] | undefined,
  arn: string,
  createdAt: Date | undefined,
): ReportRow | undefined {
  const row = rows?.find((r) => r.arn === arn);
  if (!row || !createdAt) return row;
  const created = Date.parse(row.user_creation_time ?? '');
  return Math.floor(created / 1000) === Math.floor(createdAt.getTime() / 1000) ? row : undefined;
}

export function userFactsOf(row: ReportRow): UserReportFacts {
  return {
    consoleAccess: reportFlag(row.password_enabled),
    passwordLastUsed: reportTime(row.password_last_used),
    mfaActive: reportFlag(row.mfa_active),
  };
}
