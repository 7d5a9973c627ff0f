import { type DomainId, domainOfKey } from './domains.js';

/**
 * One thing the customer must do for its side of a cell to hold. Checks and attestations claim
 * duties, so a cell's evidence can say how many of its duties are shown held, not only whether
 * some check passed.
 */
export interface Duty {
  /** `<service or 'account'>.<domain key>.<name>`, e.g. `s3.identity.block-public-access`. */
  id: string;
  /** What the customer does, as a phrase. */
  title: string;
}

/** The AWS page that decides a cell, and the day it was read. */
export interface Citation {
  url: string;
  /** YYYY-MM-DD. */
  read: string;
}

interface DutyIdParts {
  scope: string;
  domain: DomainId;
  name: string;
}

const DUTY_ID = /^([a-z0-9-]+)\.([a-z-]+)\.([a-z0-9-]+)$/;

/** Splits a duty id into its scope, domain and name; undefined when it is malformed or names no domain. */
export function parseDutyId(id: string): DutyIdParts | undefined {
  const match = DUTY_ID.exec(id);
  if (!match) return undefined;
  const [, scope, key, name] = match as unknown as [string, string, string, string];
  const domain = domainOfKey(key);
  return domain ? { scope, domain, name } : undefined;
}

/** The domain a duty belongs to; throws on an id no cell could hold (a programming error in a check). */
export function domainOfDuty(id: string): DomainId {
  const parts = parseDutyId(id);
  if (!parts) throw new Error(`'${id}' is not a duty id (<service>.<domain key>.<name>)`);
  return parts.domain;
}
