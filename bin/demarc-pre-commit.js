#!/usr/bin/env node
// The pre-commit hook's entry (.pre-commit-hooks.yaml): the hook's args, then the changed files.
import { runPreCommit } from '../dist/src/cli/pre-commit.js';

process.exitCode = await runPreCommit(process.argv.slice(2));
