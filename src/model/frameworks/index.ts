import { AWS_FSBP } from './aws-fsbp.js';
import { CIS_AWS_3_0, CIS_AWS_5_0 } from './cis-aws.js';
import { CSA_CCM_V4 } from './csa-ccm-v4.js';
import { NIST_800_53_R5 } from './nist-800-53-r5.js';
import { PCI_DSS_4_0 } from './pci-dss-4.0.js';
import type { ComplianceFramework } from './types.js';

export type { ComplianceFramework } from './types.js';

/** Every framework the model maps its duties to, by id. */
export const COMPLIANCE_FRAMEWORKS: readonly ComplianceFramework[] = [
  CIS_AWS_5_0,
  CIS_AWS_3_0,
  AWS_FSBP,
  NIST_800_53_R5,
  CSA_CCM_V4,
  PCI_DSS_4_0,
];

export const COMPLIANCE_FRAMEWORK_IDS: readonly string[] = COMPLIANCE_FRAMEWORKS.map((f) => f.id);

export function complianceFramework(id: string): ComplianceFramework | undefined {
  return COMPLIANCE_FRAMEWORKS.find((f) => f.id === id);
}

/** The controls of every framework that a duty serves: the mapping read the other way round. */
export function controlsOfDuty(dutyId: string): { framework: string; control: string }[] {
  return COMPLIANCE_FRAMEWORKS.flatMap((f) =>
    f.controls.filter((c) => c.duties.includes(dutyId)).map((c) => ({ framework: f.id, control: c.id })),
  );
}
