import { type ParseArgsConfig, parseArgs } from 'node:util';
import { InputError } from '../errors.js';

/**
 * parseArgs, refusing a string flag given an empty value. `--config "$UNSET"` in CI must not
 * quietly fall back to the built-in policy, nor `--output ""` to standard output.
 */
export function parseFlags<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  const parsed = parseArgs(config);
  for (const [name, value] of Object.entries(parsed.values as Record<string, unknown>)) {
    const values = Array.isArray(value) ? value : [value];
    if (values.some((v) => typeof v === 'string' && v.trim() === '')) {
      throw new InputError(`--${name}: expected a value, got an empty string`);
    }
  }
  if ((parsed.positionals as string[] | undefined)?.some((p) => p.trim() === '')) {
    throw new InputError('an empty argument where a path was expected (an unset variable?)');
  }
  return parsed;
}
