#!/usr/bin/env node
// The polyfills must run before any dependency is evaluated, so the CLI is loaded dynamically after them.
import '../dist/polyfills.js';
import { readFileSync } from 'node:fs';

// Inside a checkout of the repository the CLI finds models as `npm start` does: in the checkout's models/ folder and in
// ../shared/models beside it, unless DEMOCRITUS_MODELS_PATH says where to look (an empty value: nowhere else). An
// installed package is not in a checkout and leaves the search path alone.
if (process.env.DEMOCRITUS_MODELS_PATH === undefined && inCheckout()) {
  const { withSharedModelsPath } = await import(new URL('../../../scripts/models-path.js', import.meta.url).href);
  withSharedModelsPath();
}

const { main } = await import('../dist/cli/main.js');
process.exitCode = await main(process.argv);

function inCheckout() {
  try {
    return JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')).name === 'democritus-workspace';
  } catch {
    return false;
  }
}
