#!/usr/bin/env node
// `argmap` on the PATH (npx argmap, or after npm link). In a checkout with dev dependencies it runs
// the TypeScript sources through tsx, so it never runs a stale build; in a production install
// (no tsx) it runs the output of `npm run build`.
let tsx;
try {
  tsx = await import('tsx/esm/api');
} catch {
  tsx = undefined;
}
if (tsx) {
  tsx.register();
  await import(new URL('../src/cli/main.ts', import.meta.url).href);
} else {
  await import(new URL('../dist/cli/main.js', import.meta.url).href);
}
