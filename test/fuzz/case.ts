/** One fuzz case: the files it writes into a fresh temporary folder and the CLI arguments. */
export interface FuzzFile {
  /** A plain file name (no slash); may itself be hostile. */
  name: string;
  /** UTF-8 text, or raw bytes when `bytes` is set (random-bytes cases). */
  text?: string;
  bytes?: number[];
  /** A file of the repository copied as is (keeps saved cases small). */
  fixture?: string;
}

export interface FuzzCase {
  /** `@/` at the start of an argument stands for the case's temporary folder. */
  args: string[];
  files: FuzzFile[];
  /** How the case was made from its base input: the mutations, so a minimal case reads at a glance. */
  how: string;
}

/** What one run of the CLI gave back. `outputs` are the files written under `@/out/`. */
export type Outcome =
  | { kind: 'ran'; code: number; stdout: string; stderr: string; outputs: Record<string, string>; ms: number }
  | { kind: 'hang'; ms: number }
  | { kind: 'crash'; message: string };

/**
 * Nesting too deep to build as data travels as a placeholder (`@@deep50000a@@`, quoted or not)
 * that the worker expands when it writes the file; saved cases stay small.
 */
export function expandDeep(text: string): string {
  return text.replace(/["']?@@deep(\d+)([ao])@@["']?/g, (_, depth: string, kind: string) => {
    const n = Number(depth);
    return kind === 'a' ? `${'['.repeat(n)}1${']'.repeat(n)}` : `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`;
  });
}

/** The temporary folder's placeholder in arguments. */
export const DIR = '@/';
