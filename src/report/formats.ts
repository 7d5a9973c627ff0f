import type { ScanResult } from '../engine/result.js';
import { renderAsff } from './asff.js';
import { renderCsv } from './csv.js';
import { renderHtml } from './html/render.js';
import { renderJunit } from './junit.js';
import { renderMarkdown } from './markdown.js';
import { renderOcsf } from './ocsf.js';
import { renderOscal } from './oscal.js';
import { renderSarif } from './sarif.js';
import { renderTerminal } from './terminal.js';

export interface FormatOptions {
  color: boolean;
  /** Repository root that file locations are made relative to (SARIF). */
  root?: string;
}

export interface ReportFormat {
  /** File extension for --output-dir. */
  extension: string;
  render(result: ScanResult, options: FormatOptions): string;
}

/** Every output format: each a pure view of the one ScanResult. Add a format by adding a line. */
export const FORMATS: Record<string, ReportFormat> = {
  terminal: { extension: 'txt', render: (result, options) => renderTerminal(result, options) },
  json: { extension: 'json', render: (result) => `${JSON.stringify(result, null, 2)}\n` },
  html: { extension: 'html', render: (result) => renderHtml(result) },
  // Machine-readable views; compound extensions keep them apart from json in one --output-dir.
  ocsf: { extension: 'ocsf.json', render: (result) => renderOcsf(result) },
  asff: { extension: 'asff.json', render: (result) => renderAsff(result) },
  junit: { extension: 'junit.xml', render: (result) => renderJunit(result) },
  csv: { extension: 'csv', render: (result) => renderCsv(result) },
  markdown: { extension: 'md', render: (result) => renderMarkdown(result) },
  oscal: { extension: 'oscal.json', render: (result) => renderOscal(result) },
  sarif: { extension: 'sarif', render: (result) => renderSarif(result) },
};

export function formatNames(): string[] {
  return Object.keys(FORMATS);
}
