/**
 * The data block the HTML report carries and its page script reads: short keys, because a page
 * may carry 50,000 findings. Written without imports so the page's own type-checked program (DOM
 * types, no server code) can read it; the server's `clientData` fills these types, so the compiler
 * catches a status, severity or evidence value the page does not know.
 */

/** A resource once, however many findings point at it. */
export interface ClientResource {
  /** type */ t: string;
  /** name */ n: string;
  /** id (ARN) */ i: string;
  /** account */ a: string;
  /** region */ g: string;
  /** matrix service */ s: string;
  /** EC2 tenancy */ y?: string;
  /** source kind */ k: string;
  /** source file and line */ f?: string;
  l?: number;
  /** data classification */ c: string;
}

export interface ClientFinding {
  /** check id */ c: string;
  /** index into resources */ r: number;
  /** status */ s: 'pass' | 'fail' | 'not_assessed';
  /** severity */ v: 'critical' | 'high' | 'medium' | 'low' | 'info';
  /** domain */ d: string;
  /** reason */ m: string;
  /** evidence */ e?: Record<string, unknown>;
  /** suppression */ x?: {
    by: string;
    reason: string;
    exceptionId?: string;
    owner?: string;
    expires?: string;
  };
}

export interface ClientCell {
  domain: string;
  owner: string;
  evidence: 'pass' | 'fail' | 'not_assessed' | 'attested' | 'expired' | 'partial' | 'no_evidence' | 'aws';
  reason: string;
  checks: string[];
  attestations: string[];
  counts: { pass: number; fail: number; not_assessed: number };
}

export interface ClientData {
  checks: Record<string, { title: string; remediation: string; evidences?: 'all' | readonly string[] }>;
  domains: { id: string; title: string }[];
  rows: { service: string; tenancy?: string; name: string; cells: ClientCell[] }[];
  resources: ClientResource[];
  findings: ClientFinding[];
}
