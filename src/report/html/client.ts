import { readFileSync } from 'node:fs';

/** Where `npm run build` (tsconfig.client.json) writes the page script, beside this module in dist/. */
const COMPILED = new URL('./client/page.js', import.meta.url);

let script: string | undefined;

/**
 * The HTML report's page script (client/page.ts, compiled), as the one classic inline script the
 * page runs: read once, its module marker dropped, wrapped so nothing leaks into the page's globals.
 */
export function clientScript(): string {
  script ??= inline(readCompiled());
  return script;
}

function readCompiled(): string {
  try {
    return readFileSync(COMPILED, 'utf8');
  } catch {
    throw new Error(`the HTML report's page script is not built (${COMPILED.pathname}): run npm run build`);
  }
}

/** A module that imports only types compiles to plain statements and an empty `export {};`. */
function inline(compiled: string): string {
  const body = compiled.replace(/^export \{\};\s*$/m, '');
  if (/^\s*(import|export)\b/m.test(body))
    throw new Error('the HTML report page script must not import or export at run time');
  // The script sits inside <script>…</script>: it must not end the element early.
  if (/<\/script|<!--/i.test(body)) throw new Error('the HTML report page script contains </script or <!--');
  return `(function () {\n'use strict';\n${body}})();\n`;
}
