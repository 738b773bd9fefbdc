#!/usr/bin/env node
// The `kommunmodell` command: runs the TypeScript CLI through tsx's loader, with the project's
// tsconfig (for the `@/` alias) whatever the current directory is.
import { register } from 'tsx/esm/api';
import { fileURLToPath } from 'node:url';

register({ tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) });
const { runCli } = await import(fileURLToPath(new URL('../src/cli/main.ts', import.meta.url)));
const { processIo } = await import(fileURLToPath(new URL('../src/cli/cli-io.ts', import.meta.url)));
process.exitCode = await runCli(process.argv.slice(2), processIo());
