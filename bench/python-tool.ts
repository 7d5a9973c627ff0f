import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * A peer tool from PyPI in its own virtualenv under bench/ (installed on first use), so its
 * dependencies never meet demarc's. Undefined when it cannot be installed here.
 */
export function pythonTool(pypiPackage: string, command = pypiPackage): string | undefined {
  const venv = `${ROOT}bench/.venv-${pypiPackage}`;
  const bin = `${venv}/bin/${command}`;
  if (!existsSync(bin)) {
    console.log(`installing ${pypiPackage} into bench/.venv-${pypiPackage} …`);
    spawnSync('python3', ['-m', 'venv', venv], { stdio: 'inherit' });
    const pip = spawnSync(`${venv}/bin/pip`, ['install', '--quiet', pypiPackage], { stdio: 'inherit' });
    if (pip.status !== 0 || !existsSync(bin)) return undefined;
  }
  return bin;
}
