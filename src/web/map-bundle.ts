/**
 * Builds the map page's script (web/map/main.ts with Cytoscape.js and dagre) and the explorer's map
 * panel (web/explorer/panel.ts, which shares web/map's style, elements and layout) with esbuild, in
 * memory, on the first request: a clean clone serves the pages with no build step and nothing
 * built lands in the work tree. A build takes well under a second and is kept for the process.
 */
import { build } from 'esbuild';
import { repoRoot } from '../shared/repo-root.ts';

export type Bundler = () => Promise<string>;

export function createMapBundler(): Bundler {
  let bundle: Promise<string> | undefined;
  return () => {
    bundle ??= buildMapPage().catch((error: unknown) => {
      bundle = undefined; // let the next request try again, e.g. after a fix while serving
      throw error;
    });
    return bundle;
  };
}

export function buildMapPage(): Promise<string> {
  return buildScript('web/map/main.ts');
}

export function buildExplorerPanel(): Promise<string> {
  return buildScript('web/explorer/panel.ts');
}

async function buildScript(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [`${repoRoot}/${entry}`],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    logLevel: 'silent',
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error(`esbuild produced no output for ${entry}`);
  return output.text;
}
