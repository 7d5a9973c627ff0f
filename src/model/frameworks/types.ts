import type { DomainId } from '../domains.js';

/** A control of a framework, and the model's duties and AWS-held domains that bear on it. */
interface FrameworkControl {
  /** The id as the framework publishes it: `AC-2(3)`, `1.4`, `IAM.4`, `IAM-08`, `8.4.2`. */
  id: string;
  title: string;
  /** The customer's duties that make up its side of the control (empty: none demarc models). */
  duties: readonly string[];
  /** Domains whose AWS side provides part of the control (physical security, the hypervisor, …). */
  inherited?: readonly DomainId[];
}

export interface ComplianceFramework {
  id: string;
  title: string;
  /** The framework's published control list the ids come from. */
  source: string;
  /** OSCAL catalog of the framework, where one is published. */
  catalog?: string;
  controls: readonly FrameworkControl[];
}

/** Shorthand for a control row in the framework files. */
export function control(
  id: string,
  title: string,
  duties: readonly string[],
  inherited?: readonly DomainId[],
): FrameworkControl {
  return { id, title, duties, ...(inherited && { inherited }) };
}
