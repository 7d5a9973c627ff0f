import type { ScanResult } from '../engine/result.js';
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
};

export function formatNames(): string[] {
  return Object.keys(FORMATS);
}
