import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { REPO_ROOT } from '../helpers/paths.js';

/**
 * No container builder runs on the CI machine (no Docker daemon, no registry to pull a base
 * image from), so the Dockerfile is checked as text: what it copies exists and is not ignored,
 * and the image it makes runs demarc as a user other than root.
 */
describe('the Dockerfile', () => {
  const lines = readFileSync(join(REPO_ROOT, 'Dockerfile'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.trim().startsWith('#'));
  const ignored = readFileSync(join(REPO_ROOT, '.dockerignore'), 'utf8').split('\n').filter(Boolean);

  it('copies only what exists in the repository and is not in .dockerignore', () => {
    const copies = lines.filter((l) => /^COPY (?!--from)/.test(l));
    assert.ok(copies.length > 0);
    for (const line of copies) {
      const sources = line.split(/\s+/).slice(1, -1);
      for (const source of sources) {
        assert.ok(existsSync(join(REPO_ROOT, source)), `${source} does not exist`);
        assert.ok(!ignored.includes(source), `${source} is in .dockerignore`);
      }
    }
  });

  it('runs demarc as an unprivileged user in its final stage', () => {
    const final = lines.slice(lines.findLastIndex((l) => l.startsWith('FROM ')));
    assert.match(final[0] ?? '', /^FROM node:24-/);
    assert.deepEqual(
      final.filter((l) => l.startsWith('USER ')),
      ['USER node'],
    );
    assert.ok(final.includes('ENTRYPOINT ["demarc"]'));
    assert.ok(
      !final.some((l) => /^COPY (?!--from=build)/.test(l)),
      'the final stage takes only the packed tarball',
    );
  });
});
