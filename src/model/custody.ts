/**
 * Key custody: how far the keys that protect data are under the customer's sole control,
 * weakest first. AWS owned keys are invisible to the customer; AWS managed keys live in the
 * customer's account but AWS sets their policy and rotation; customer managed keys are the
 * customer's to govern; imported or external key material (BYOK, CloudHSM, XKS) keeps the
 * material itself with the customer; client-side encryption never lets AWS see plaintext.
 */
export const CUSTODY_LEVELS = [
  'none',
  'aws-owned',
  'aws-managed',
  'customer-managed',
  'customer-managed-external',
  'client-side',
] as const;

export type CustodyLevel = (typeof CUSTODY_LEVELS)[number];

export function custodyRank(level: CustodyLevel): number {
  return CUSTODY_LEVELS.indexOf(level);
}

export const CUSTODY_TITLES: Record<CustodyLevel, string> = {
  none: 'not encrypted',
  'aws-owned': 'AWS owned key',
  'aws-managed': 'AWS managed key',
  'customer-managed': 'customer managed key',
  'customer-managed-external': 'customer managed key with imported or external key material',
  'client-side': 'client-side encryption',
};
