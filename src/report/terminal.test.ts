import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { demoScan } from '../../test/helpers/scans.js';
import { renderTerminal } from './terminal.js';

describe('terminal report', () => {
  it('a space between every severity label and its mark, CRITICAL included', () => {
    const text = renderTerminal(demoScan(), { color: false });
    assert.match(text, /^ {2}CRITICAL ✗ /m, 'the demo has critical failures');
    for (const label of ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'])
      assert.doesNotMatch(text, new RegExp(`${label}[✗?~]`));
  });
});
