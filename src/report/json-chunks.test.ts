import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { demoScan } from '../../test/helpers/scans.js';
import { asffFindings, renderAsff } from './asff.js';
import { jsonChunks, LazyArray } from './json-chunks.js';
import { ocsfEvents, renderOcsf } from './ocsf.js';

const whole = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
const streamed = (value: unknown, depth?: number) => [...jsonChunks(value, depth)].join('');

describe('jsonChunks', () => {
  it('writes what JSON.stringify(value, null, 2) writes, at every depth, for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer({ min: 0, max: 5 }), (value, depth) => {
        assert.equal(streamed(value, depth), whole(value));
      }),
      { seed: 20261120, numRuns: 500 },
    );
  });

  it('leaves out what JSON.stringify leaves out, and calls toJSON', () => {
    const value = { a: undefined, b: () => 1, c: [undefined, () => 1, 2], d: new Date(0), e: {}, f: [] };
    for (const depth of [0, 1, 2, 3]) assert.equal(streamed(value, depth), whole(value));
  });

  it('streams a lazy array item by item, as the array it stands for', () => {
    const items = [{ a: 1 }, { b: [1, 2] }];
    const lazy = { list: new LazyArray(() => items), empty: new LazyArray(() => []) };
    assert.equal(streamed(lazy, 1), whole({ list: items, empty: [] }));
    assert.equal(JSON.stringify(lazy), JSON.stringify({ list: items, empty: [] }));
  });

  it('a scan result streams to the same text, one chunk per finding or smaller', () => {
    const result = demoScan();
    const chunks = [...jsonChunks(result, 2)];
    assert.equal(chunks.join(''), whole(result));
    assert.ok(chunks.length > result.findings.length);
  });

  it('streamed OCSF and ASFF are the arrays of their events, as before', () => {
    const result = demoScan();
    assert.equal(renderOcsf(result), whole(ocsfEvents(result)));
    assert.equal(renderAsff(result), whole(asffFindings(result)));
  });
});
