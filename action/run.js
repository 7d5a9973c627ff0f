#!/usr/bin/env node
// The GitHub Action's entry (action.yml): the workflow's inputs arrive as INPUT_* variables.
import { runAction } from '../dist/src/cli/action.js';

process.exitCode = await runAction(process.env);
