import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { Script } from 'node:vm';
import { clientScript } from './client.js';

describe('the page script', () => {
  it('is the compiled client/page.ts, inlined as one classic script that imports nothing', () => {
    const compiled = readFileSync(new URL('./client/page.js', import.meta.url), 'utf8');
    const script = clientScript();
    // The module's filtering core is there, its module marker is not: a classic <script> parses it.
    assert.ok(script.includes('function filterFindings('));
    assert.ok(compiled.includes('export {};'));
    assert.doesNotMatch(script, /^\s*(import|export)\b/m);
    assert.doesNotThrow(() => new Script(script));
    assert.equal(clientScript(), script, 'read once');
  });
});
