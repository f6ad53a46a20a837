#!/usr/bin/env node
// The `musaeid` command. A bin rather than a root script so `pnpm musaeid ... --json > out.jsonl`
// writes only our output: pnpm prints a header before run-scripts, but not before bins.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/index.ts');
