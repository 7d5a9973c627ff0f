import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { REPO_ROOT } from '../../test/helpers/paths.js';
import type { AnyCheck } from './check.js';
import { CHECKS } from './registry.js';

/** Every src/checks/<service>/<id>/ folder that holds a check.ts, as `<service>/<id>`. */
function checkFolders(): string[] {
  const root = join(REPO_ROOT, 'src', 'checks');
  return readdirSync(root, { withFileTypes: true })
    .filter((service) => service.isDirectory())
    .flatMap((service) =>
      readdirSync(join(root, service.name), { withFileTypes: true })
        .filter((d) => d.isDirectory() && existsSync(join(root, service.name, d.name, 'check.ts')))
        .map((d) => `${service.name}/${d.name}`),
    )
    .sort();
}

const folders = checkFolders();
const loaded = new Map<string, AnyCheck>();
for (const folder of folders) {
  const module = (await import(`./${folder}/check.js`)) as { default: AnyCheck };
  loaded.set(folder, module.default);
}

describe('the check registry and the check folders', () => {
  it('finds the check folders', () => {
    assert.ok(folders.length >= 52, `only ${folders.length} check folders`);
  });

  it('gives each check folder its three files', () => {
    const root = join(REPO_ROOT, 'src', 'checks');
    const missing = folders.flatMap((folder) =>
      ['check.test.ts', 'examples.ts']
        .filter((file) => !existsSync(join(root, folder, file)))
        .map((file) => `${folder}/${file}`),
    );
    assert.deepEqual(missing, []);
  });

  it('names each folder after its check id, inside the folder of its service', () => {
    for (const [folder, check] of loaded) {
      assert.equal(folder, `${check.service}/${check.id}`);
    }
  });

  it('registers every check folder', () => {
    const unregistered = [...loaded].filter(([, check]) => !CHECKS.includes(check)).map(([f]) => f);
    assert.deepEqual(unregistered, []);
  });

  it('has a folder for every registered check, and registers each once', () => {
    const foldered = new Set(loaded.values());
    assert.deepEqual(
      CHECKS.filter((check) => !foldered.has(check)).map((c) => c.id),
      [],
    );
    assert.equal(new Set(CHECKS).size, CHECKS.length);
    assert.equal(new Set(CHECKS.map((c) => c.id)).size, CHECKS.length, 'check ids are unique');
  });
});
