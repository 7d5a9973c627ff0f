/**
 * A static reading of the HTML report: does any generated string come out as markup? A small
 * tokenizer (enough for what the renderer writes) walks the page as a browser would split it
 * into tags, text, comments and raw-text elements, and every departure from the report's own
 * shape is named.
 */

export interface HtmlShape {
  /** Element names the renderer itself writes (learnt from reference reports). */
  tags: ReadonlySet<string>;
  /** The report's own script, byte for byte. */
  clientScript: string;
}

interface Tag {
  name: string;
  attrs: [string, string][];
  at: number;
}

const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea', 'xmp', 'iframe', 'noembed', 'noframes']);
const URL_ATTRS = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'xlink:href',
  'data',
  'poster',
  'background',
]);

function decodeEntities(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);?/gi, (_, h: string) => String.fromCodePoint(Number.parseInt(h, 16) % 0x110000))
    .replace(/&#(\d+);?/g, (_, d: string) => String.fromCodePoint(Number(d) % 0x110000))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&colon;/gi, ':')
    .replace(/&tab;/gi, '\t')
    .replace(/&newline;/gi, '\n')
    .replace(/&amp;/g, '&');
}

/** Reads one start tag at `i` (just after `<`); returns it and where it ends. */
function readTag(html: string, i: number): { tag: Tag; end: number } {
  const start = i - 1;
  let j = i;
  while (j < html.length && !/[\s/>]/.test(html[j] as string)) j++;
  const name = html.slice(i, j).toLowerCase();
  const attrs: [string, string][] = [];
  while (j < html.length) {
    while (j < html.length && /[\s/]/.test(html[j] as string)) j++;
    if (html[j] === '>' || j >= html.length) break;
    let k = j;
    while (k < html.length && !/[\s/>=]/.test(html[k] as string)) k++;
    // An attribute name may start with `=` in HTML; take at least one character so we move on.
    if (k === j) k++;
    const attr = html.slice(j, k).toLowerCase();
    j = k;
    while (j < html.length && /\s/.test(html[j] as string)) j++;
    let value = '';
    if (html[j] === '=') {
      j++;
      while (j < html.length && /\s/.test(html[j] as string)) j++;
      const quote = html[j];
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, j + 1);
        const stop = close < 0 ? html.length : close;
        value = html.slice(j + 1, stop);
        j = stop + 1;
      } else {
        k = j;
        while (k < html.length && !/[\s>]/.test(html[k] as string)) k++;
        value = html.slice(j, k);
        j = k;
      }
    }
    attrs.push([attr, decodeEntities(value)]);
  }
  return { tag: { name, attrs, at: start }, end: j + 1 };
}

const snippet = (html: string, at: number) => JSON.stringify(html.slice(Math.max(0, at - 40), at + 80));

/** Every way `html` departs from the report's own markup; empty when it is safe. */
export function htmlProblems(html: string, shape: HtmlShape): string[] {
  const problems: string[] = [];
  const scripts: { tag: Tag; body: string }[] = [];
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    const next = html[lt + 1] ?? '';
    if (html.startsWith('<!--', lt)) {
      problems.push(`an HTML comment at ${lt}: ${snippet(html, lt)}`);
      const close = html.indexOf('-->', lt + 4);
      i = close < 0 ? html.length : close + 3;
    } else if (next === '!' || next === '?') {
      if (!/^<!doctype html>/i.test(html.slice(lt, lt + 15)) || lt > 0) {
        problems.push(`a markup declaration at ${lt}: ${snippet(html, lt)}`);
      }
      const close = html.indexOf('>', lt);
      i = close < 0 ? html.length : close + 1;
    } else if (next === '/') {
      const close = html.indexOf('>', lt);
      i = close < 0 ? html.length : close + 1;
    } else if (/[a-z]/i.test(next)) {
      const { tag, end } = readTag(html, lt + 1);
      i = end;
      if (!shape.tags.has(tag.name))
        problems.push(`an unexpected <${tag.name}> element: ${snippet(html, lt)}`);
      for (const [name, value] of tag.attrs) {
        if (name.startsWith('on'))
          problems.push(`an event handler ${name}= on <${tag.name}>: ${snippet(html, lt)}`);
        if (name === 'srcdoc') problems.push(`a srcdoc attribute on <${tag.name}>: ${snippet(html, lt)}`);
        // Browsers drop ASCII whitespace and control characters before the scheme.
        // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping them is the point
        const url = value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
        if (URL_ATTRS.has(name) && /^(javascript|vbscript|data):/.test(url)) {
          problems.push(`a ${url.split(':')[0]}: URL in ${name}= on <${tag.name}>: ${snippet(html, lt)}`);
        }
      }
      if (RAW_TEXT.has(tag.name)) {
        const close = html.toLowerCase().indexOf(`</${tag.name}`, end);
        const stop = close < 0 ? html.length : close;
        const body = html.slice(end, stop);
        if (tag.name === 'script') scripts.push({ tag, body });
        else if (tag.name === 'title' && body.includes('<')) {
          problems.push(`an unescaped < in <title>: ${snippet(html, end)}`);
        }
        i = stop;
      }
    } else {
      i = lt + 1;
    }
  }
  problems.push(...scriptProblems(scripts, shape));
  return problems;
}

/** The page holds exactly its two scripts: the JSON data block and its own client script. */
function scriptProblems(scripts: { tag: Tag; body: string }[], shape: HtmlShape): string[] {
  const problems: string[] = [];
  const [data, client, ...extra] = scripts;
  const attr = (t: Tag, n: string) => t.attrs.find(([k]) => k === n)?.[1];
  if (!data || attr(data.tag, 'type') !== 'application/json' || attr(data.tag, 'id') !== 'report-data') {
    problems.push('the first <script> is not the report-data JSON block');
  } else {
    if (/<|>/.test(data.body))
      problems.push(`a raw < or > in the JSON data block: ${snippet(data.body, data.body.search(/<|>/))}`);
    try {
      JSON.parse(data.body);
    } catch (error) {
      problems.push(`the JSON data block does not parse: ${(error as Error).message}`);
    }
  }
  if (!client || client.tag.attrs.length > 0 || client.body !== shape.clientScript) {
    problems.push('the second <script> is not the report’s own client script');
  }
  for (const s of extra)
    problems.push(`an extra <script> element at ${s.tag.at}: ${JSON.stringify(s.body.slice(0, 80))}`);
  return problems;
}

/** The element names in a reference report. */
export function tagsOf(html: string): Set<string> {
  const markup = html.replace(/<script[^>]*>[\s\S]*?<\/script>/gi, '<script>');
  return new Set([...markup.matchAll(/<([a-z][a-z0-9-]*)/gi)].map((m) => (m[1] as string).toLowerCase()));
}
