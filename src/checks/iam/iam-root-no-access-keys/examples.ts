import { defineExamples } from '../../example.js';

/** No IaC format can decide this check (see `iac` in check.ts), so it has no examples. */
export default defineExamples([]);
