import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parseRequestTimeout } from './live.js';

const PACKAGE_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

describe('--request-timeout', () => {
  it('takes a positive number of seconds', () => {
    assert.equal(parseRequestTimeout(undefined), undefined);
    assert.equal(parseRequestTimeout('2'), 2);
    assert.equal(parseRequestTimeout('0.5'), 0.5);
  });

  for (const bad of ['0', '-3', 'abc', '', '1e3', 'Infinity', '2s']) {
    it(`refuses '${bad}' with one usage line and exit 2 (real process)`, () => {
      const child = spawnSync(
        process.execPath,
        [`${PACKAGE_ROOT}bin/demarc.js`, 'scan', '--region', 'eu-west-1', `--request-timeout=${bad}`],
        // No credentials are reached: the flag is refused before any request.
        { encoding: 'utf8', env: { ...process.env, AWS_ENDPOINT_URL: 'http://127.0.0.1:9' } },
      );
      assert.equal(child.status, 2, child.stderr);
      // An empty value is refused by the one check every string flag has; the others by this flag's own.
      assert.match(
        child.stderr,
        bad === ''
          ? /^demarc: --request-timeout: .*\n$/
          : /^demarc: --request-timeout must be a positive number of seconds, got '.*'\n$/,
      );
    });
  }
});
