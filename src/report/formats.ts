import type { ScanResult } from '../engine/result.js';
import { asffChunks } from './asff.js';
import { renderCsv } from './csv.js';
import { renderHtml } from './html/render.js';
import { jsonChunks } from './json-chunks.js';
import { renderJunit } from './junit.js';
import { renderMarkdown } from './markdown.js';
import { ocsfChunks } from './ocsf.js';
import { oscalSsp } from './oscal.js';
import { sarifChunks } from './sarif.js';
import { renderTerminal } from './terminal.js';

interface FormatOptions {
  color: boolean;
  /** Repository root that file locations are made relative to (SARIF). */
  root?: string;
}

export interface ReportFormat {
  /** File extension for --output-dir. */
  extension: string;
  /**
   * The report as a sequence of chunks to write in order. The JSON-shaped formats stream theirs:
   * a large estate's report does not fit in one string.
   */
  chunks(result: ScanResult, options: FormatOptions): Iterable<string>;
  /** The whole report as one string (small results, tests). */
  render(result: ScanResult, options: FormatOptions): string;
}

type ChunksOf = ReportFormat['chunks'];

function format(extension: string, chunks: ChunksOf): ReportFormat {
  return { extension, chunks, render: (result, options) => [...chunks(result, options)].join('') };
}

const whole = (text: string): Iterable<string> => [text];

/** Every output format: each a pure view of the one ScanResult. Add a format by adding a line. */
export const FORMATS: Record<string, ReportFormat> = {
  terminal: format('txt', (result, options) => whole(renderTerminal(result, options))),
  json: format('json', (result) => jsonChunks(result, 2)),
  html: format('html', (result) => whole(renderHtml(result))),
  // Machine-readable views; compound extensions keep them apart from json in one --output-dir.
  ocsf: format('ocsf.json', (result) => ocsfChunks(result)),
  asff: format('asff.json', (result) => asffChunks(result)),
  junit: format('junit.xml', (result) => whole(renderJunit(result))),
  csv: format('csv', (result) => whole(renderCsv(result))),
  markdown: format('md', (result) => whole(renderMarkdown(result))),
  oscal: format('oscal.json', (result) => jsonChunks(oscalSsp(result), 2)),
  sarif: format('sarif', (result) => sarifChunks(result)),
};

export function formatNames(): string[] {
  return Object.keys(FORMATS);
}
