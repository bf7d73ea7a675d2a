#!/usr/bin/env node
// The polyfills must run before any dependency is evaluated, so the CLI is loaded dynamically after them.
import '../dist/polyfills.js';

const { main } = await import('../dist/cli/main.js');
process.exitCode = await main(process.argv);
