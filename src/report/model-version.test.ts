import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { demoScan } from '../../test/helpers/scans.js';
import { RESULT_SCHEMA_VERSION } from '../engine/result.js';
import { MODEL_VERSION } from '../model/version.js';
import { renderHtml } from './html/render.js';
import { renderMarkdown } from './markdown.js';
import { renderTerminal } from './terminal.js';

describe('model and schema versions', () => {
  const result = demoScan();

  it('are in the result', () => {
    assert.equal(result.meta.modelVersion, MODEL_VERSION);
    assert.equal(result.meta.schemaVersion, RESULT_SCHEMA_VERSION);
    assert.match(MODEL_VERSION, /^\d{4}-\d{2}-\d{2}$/);
  });

  it('the model version heads the terminal, markdown and HTML reports', () => {
    const first = renderTerminal(result, { color: false }).split('\n')[0] ?? '';
    assert.ok(first.includes(`(model ${MODEL_VERSION})`), first);
    assert.ok(renderMarkdown(result).includes(`model ${MODEL_VERSION.replaceAll('-', '\\-')}`));
    assert.match(renderHtml(result), new RegExp(`<dt>Model</dt>\\s*<dd>${MODEL_VERSION}</dd>`));
  });
});
