#!/usr/bin/env node
// The `kommunmodell` command: runs the TypeScript CLI through tsx's loader.
import { register } from 'tsx/esm/api';
import { fileURLToPath } from 'node:url';

register();
const { runCli } = await import(fileURLToPath(new URL('../src/cli/main.ts', import.meta.url)));
const { processIo } = await import(fileURLToPath(new URL('../src/cli/cli-io.ts', import.meta.url)));
process.exitCode = await runCli(process.argv.slice(2), processIo());
