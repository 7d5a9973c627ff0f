import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Responsibility } from './responsibility.js';
import { SERVICES } from './services.js';

/** Every cell of the model, tenancy variants included, with where it sits. */
function allCells(): { where: string; cell: Responsibility }[] {
  return SERVICES.flatMap((service) => [
    ...Object.entries(service.responsibilities).map(([domain, cell]) => ({
      where: `${service.id}/${domain}`,
      cell,
    })),
    ...Object.entries(service.tenancy ?? {}).flatMap(([tenancy, variant]) =>
      Object.entries(variant.responsibilities).map(([domain, cell]) => ({
        where: `${service.id}(${tenancy})/${domain}`,
        cell: cell as Responsibility,
      })),
    ),
  ]);
}

describe('responsibility model: shared cells name both sides', () => {
  const cells = allCells();

  it('every shared cell says, in one line each, what AWS provides and what the customer configures', () => {
    const shared = cells.filter(({ cell }) => cell.owner === 'shared');
    assert.ok(shared.length >= 80, `expected the model's ~89 shared cells, found ${shared.length}`);
    for (const { where, cell } of shared) {
      const split = cell.split;
      assert.ok(split, `${where} has no split`);
      for (const side of ['aws', 'customer'] as const) {
        const text = split[side];
        assert.ok(text.trim().length >= 15, `${where}: ${side} side is too thin: '${text}'`);
        assert.ok(!text.includes('\n'), `${where}: ${side} side must be one line`);
        assert.ok(!text.endsWith('.'), `${where}: ${side} side is a phrase, not a sentence`);
      }
      assert.notEqual(split.aws, split.customer, `${where}: both sides say the same`);
    }
  });

  it('covers the dedicated-host cells that become shared', () => {
    const host = cells.filter(({ where }) => where.startsWith('ec2(dedicated-host)/'));
    const sharedHost = host.filter(({ cell }) => cell.owner === 'shared').map(({ where }) => where);
    assert.deepEqual(sharedHost.sort(), [
      'ec2(dedicated-host)/hardware-virtualization',
      'ec2(dedicated-host)/tenant-isolation',
    ]);
  });

  it('only shared cells carry a split', () => {
    for (const { where, cell } of cells) {
      if (cell.owner !== 'shared') assert.equal(cell.split, undefined, where);
    }
  });
});
