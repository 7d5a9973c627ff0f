import type { ResourceOf } from '../../../inventory/resources.js';
import { defaultKeyPolicy } from '../../shared/kms-default-policy.js';
import { pointerIndex } from '../pointer-index.js';
import type { ResourceDecl } from '../resolver.js';
import { text } from '../values.js';
import { Defaults, type Mapper, policyDocument } from './common.js';

type KmsKey = ResourceOf<'KmsKey'>;

const ORIGINS = ['AWS_KMS', 'EXTERNAL', 'AWS_CLOUDHSM', 'EXTERNAL_KEY_STORE'] as const;

/** AWS::KMS::Key and AWS::KMS::ReplicaKey, with the names AWS::KMS::Alias gives them. */
export const mapKms: Mapper = (ctx) => {
  const aliases = ctx.ofType('AWS::KMS::Alias').map((decl) => ({
    name: ctx.props(decl).text('AliasName'),
    target: ctx.target(decl, 'TargetKeyId'),
  }));
  const aliasesAt = pointerIndex(ctx, aliases, (a) => [a.target]);
  const aliasesOf = (decl: ResourceDecl): string[] =>
    aliasesAt(decl).flatMap((a) => (a.name !== undefined ? [a.name] : []));
  const keys = ctx.ofType('AWS::KMS::Key').map((decl): KmsKey => {
    const p = ctx.props(decl);
    const d = new Defaults();
    const origin = p.has('Origin')
      ? ORIGINS.find((o) => o === p.literal('Origin'))
      : d.take('origin', 'AWS_KMS');
    const enabled = p.has('Enabled') ? p.bool('Enabled') : d.take('keyState', true);
    const fields = {
      keyId: ctx.idOf(decl.logicalId),
      aliases: aliasesOf(decl),
      manager: 'CUSTOMER' as const,
      origin,
      keyState: enabled === undefined ? undefined : enabled ? 'Enabled' : 'Disabled',
      keySpec: p.has('KeySpec') ? p.literal('KeySpec') : d.take('keySpec', 'SYMMETRIC_DEFAULT'),
      keyUsage: p.has('KeyUsage') ? p.literal('KeyUsage') : d.take('keyUsage', 'ENCRYPT_DECRYPT'),
      rotationEnabled: p.has('EnableKeyRotation')
        ? p.bool('EnableKeyRotation')
        : d.take('rotationEnabled', false),
      policy: p.has('KeyPolicy')
        ? policyDocument(p.get('KeyPolicy'))
        : d.take(
            'policy',
            // The account id as given, else the symbolic `${AWS::AccountId}`: the same account either way.
            defaultKeyPolicy(
              String(ctx.resolver.ref('AWS::Partition')),
              text(ctx.resolver.ref('AWS::AccountId')) ?? 'unknown',
            ),
          ),
    };
    return { type: 'KmsKey', ...ctx.base(decl, 'KmsKey', decl.logicalId, d.names, p), ...fields };
  });
  const replicas = ctx.ofType('AWS::KMS::ReplicaKey').map((decl): KmsKey => {
    const p = ctx.props(decl);
    const d = new Defaults();
    const enabled = p.has('Enabled') ? p.bool('Enabled') : d.take('keyState', true);
    const fields = {
      keyId: ctx.idOf(decl.logicalId),
      aliases: aliasesOf(decl),
      manager: 'CUSTOMER' as const,
      // Origin, key spec and rotation follow the primary key, which may live in another stack.
      keyState: enabled === undefined ? undefined : enabled ? 'Enabled' : 'Disabled',
      policy: policyDocument(p.get('KeyPolicy')),
    };
    return { type: 'KmsKey', ...ctx.base(decl, 'KmsKey', decl.logicalId, d.names, p), ...fields };
  });
  return [...keys, ...replicas];
};
