import type { PolicyDocument } from '../../inventory/base.js';
import { allowsFullAdmin, statementsOf } from '../lib/policy-document.js';

/** Labels of the statements in a document that allow every action on every resource: Sid, or position. */
export function fullAdminStatements(doc: PolicyDocument): string[] {
  return statementsOf(doc).flatMap((statement, index) =>
    allowsFullAdmin(statement) ? [statement.Sid ? `"${statement.Sid}"` : `#${index + 1}`] : [],
  );
}
