import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { REPO_ROOT } from '../helpers/paths.js';

interface Lock {
  packages: Record<string, { dev?: boolean; link?: boolean }>;
}
interface Manifest {
  version: string;
  dependencies: Record<string, string>;
  bin: Record<string, string>;
  engines: Record<string, string>;
}

/** npm as the user runs it (the Node builds CI installs carry none, so the machine's). */
const npm = (args: string[], cwd: string) =>
  execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/**
 * The package as a user gets it: `npm pack`, then the tarball installed into an empty folder. The
 * install is pinned by a lockfile written from this repository's: the same versions CI installed,
 * read from npm's local cache where `npm ci` left them (--prefer-offline), from the registry
 * otherwise (a cache emptied or populated by another project's install).
 */
describe('the npm package', () => {
  const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as Manifest;
  const dir = mkdtempSync(join(tmpdir(), 'demarc-package-'));
  const tarball = `demarc-${manifest.version}.tgz`;

  it('holds the built code, docs and examples, and no tests, benches or fixtures', () => {
    // dist/ is already built by `npm test`, so the pack skips `prepare`.
    const [packed] = JSON.parse(
      npm(['pack', '--ignore-scripts', '--json', '--pack-destination', dir], REPO_ROOT),
    ) as {
      files: { path: string }[];
    }[];
    const files = (packed?.files ?? []).map((f) => f.path);
    for (const needed of [
      'bin/demarc.js',
      'dist/src/cli/main.js',
      'examples/demo-account.json',
      'docs/checks/README.md',
    ]) {
      assert.ok(files.includes(needed), needed);
    }
    // A check's examples.js holds its IaC snippets: test data (the docs pages show them), not code.
    const unwanted = files.filter((f) =>
      /\.test\.js$|^dist\/(test|bench|scripts)\/|^test\/|^bench\/|fixtures?\/|\/examples\.js$/.test(f),
    );
    assert.deepEqual(unwanted, []);
  });

  it('installs into an empty folder and runs there: --version, scan --demo, scan a template', () => {
    const app = join(dir, 'app');
    mkdirSync(app);
    const lock = JSON.parse(readFileSync(join(REPO_ROOT, 'package-lock.json'), 'utf8')) as Lock;
    const packages: Record<string, unknown> = {
      '': { name: 'app', dependencies: { demarc: `file:../${tarball}` } },
      'node_modules/demarc': {
        version: manifest.version,
        resolved: `file:../${tarball}`,
        integrity: `sha512-${createHash('sha512')
          .update(readFileSync(join(dir, tarball)))
          .digest('base64')}`,
        dependencies: manifest.dependencies,
        bin: manifest.bin,
        engines: manifest.engines,
      },
    };
    for (const [key, entry] of Object.entries(lock.packages)) {
      if (key !== '' && !entry.dev && !entry.link) packages[key] = entry;
    }
    writeFileSync(
      join(app, 'package.json'),
      JSON.stringify({ name: 'app', private: true, dependencies: { demarc: `file:../${tarball}` } }),
    );
    writeFileSync(
      join(app, 'package-lock.json'),
      JSON.stringify({ name: 'app', lockfileVersion: 3, requires: true, packages }),
    );
    npm(['ci', '--prefer-offline', '--no-audit', '--no-fund'], app);

    const demarc = (...args: string[]) =>
      spawnSync(process.execPath, [join(app, 'node_modules/demarc/bin/demarc.js'), ...args], {
        cwd: app,
        encoding: 'utf8',
      });
    const version = demarc('--version');
    assert.equal(version.stdout, `${manifest.version}\n`, version.stderr);
    const demo = demarc('scan', '--demo');
    assert.equal(demo.status, 0, demo.stderr);
    const demoResources = (
      JSON.parse(readFileSync(join(REPO_ROOT, 'examples/demo-account.json'), 'utf8')) as {
        resources: unknown[];
      }
    ).resources.length;
    assert.match(demo.stdout, new RegExp(`${demoResources} resources, \\d+ results`));
    writeFileSync(
      join(app, 'bucket.tf'),
      'resource "aws_s3_bucket" "logs" {\n  bucket = "kestrel-logs"\n}\n',
    );
    writeFileSync(join(app, 'stack.yaml'), 'Resources:\n  Logs:\n    Type: AWS::S3::Bucket\n');
    for (const target of ['stack.yaml', 'bucket.tf']) {
      const scan = demarc('scan', target, '--format', 'json');
      assert.equal(scan.status, 0, `${target}: ${scan.stderr}`);
      const result = JSON.parse(scan.stdout) as { findings: { checkId: string }[] };
      assert.ok(
        result.findings.some((f) => f.checkId === 's3-bucket-versioning'),
        target,
      );
    }
  });
});
