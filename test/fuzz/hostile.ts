import fc from 'fast-check';

/**
 * Hostile values: strings that attack a terminal or a page, keys that collide with Object
 * members, numbers at the edges, wrong types and deep nesting. Every script payload sets
 * `window.__pwned`, which the browser check watches.
 */

const PWN = 'window.__pwned=1';

export const MARKUP = [
  `<script>${PWN}</script>`,
  `</script><script>${PWN}</script>`,
  `"><img src=x onerror="${PWN}">`,
  `'><svg onload=${PWN}>`,
  `javascript:${PWN}`,
  ` javascript:${PWN}`,
  `<a href="javascript:${PWN}">x</a>`,
  `<iframe srcdoc="<script>${PWN}</script>">`,
  '<!--',
  '<!-- x -->',
  `<![CDATA[</script><script>${PWN}</script>]]>`,
  `\u2028</script>\u2029`,
  `{{constructor.constructor('${PWN}')()}}`,
  '&lt;script&gt;',
] as const;

export const CONTROL = [
  '\u001b[2J\u001b[H',
  '\u001b]0;pwned\u0007',
  '\u001b]8;;https://evil.example\u001b\\link\u001b]8;;\u001b\\',
  '\u009b31m',
  '\u0085',
  '\u202eevil',
  '\u2066x\u2069',
  '\u0000',
  '\r',
  '\u0008\u0008',
  '\u007f',
  'a\u000bb\u000cc',
] as const;

export const OBJECT_KEYS = [
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'prototype',
  '__defineGetter__',
] as const;

const ODD_STRINGS = [
  '',
  ' ',
  '\ufeff',
  '\ud800',
  '%s%n%x',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a CloudFormation substitution, as text
  '${AWS::Region}',
  '../../../../etc/passwd',
  'null',
  'true',
  '0',
  '-1',
  '1e999',
  '*',
  '🦀'.repeat(3),
  'x'.repeat(5000),
] as const;

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...MARKUP) },
  { weight: 3, arbitrary: fc.constantFrom(...CONTROL) },
  { weight: 2, arbitrary: fc.constantFrom(...OBJECT_KEYS) },
  { weight: 2, arbitrary: fc.constantFrom(...ODD_STRINGS) },
  // A hostile part inside an otherwise plausible value.
  {
    weight: 2,
    arbitrary: fc
      .tuple(
        fc.constantFrom('prod-', 'arn:aws:s3:::', 'eu-west-1', ''),
        fc.constantFrom(...MARKUP, ...CONTROL),
      )
      .map(([a, b]) => a + b),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
);

/**
 * Nesting deep enough to break a recursive walk, or not. Too deep to build and clone as data in
 * this process, it travels as a placeholder string (see `expandDeep` in case.ts).
 */
const deepValue: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(20, 2_000, 12_000), fc.boolean())
  .map(([depth, arrays]) => `@@deep${depth}${arrays ? 'a' : 'o'}@@`);

const hostileNumber: fc.Arbitrary<number> = fc.constantFrom(
  0,
  -1,
  1.5,
  2 ** 53 + 2,
  -(2 ** 63),
  1e308,
  -1e308,
  Number.MIN_VALUE,
);

/** Any value that may stand where another was: wrong types, edges, hostile text, deep nesting. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: hostileString },
  { weight: 2, arbitrary: hostileNumber },
  { weight: 2, arbitrary: fc.constantFrom(null, true, false, [], {}, [null], { '': '' }) },
  {
    weight: 1,
    arbitrary: fc.dictionary(fc.oneof(hostileString, fc.constantFrom(...OBJECT_KEYS)), hostileString, {
      maxKeys: 3,
    }),
  },
  { weight: 1, arbitrary: deepValue },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);
