/**
 * Builds the map page's script (web/map/main.ts with Cytoscape.js and dagre) with esbuild, in
 * memory, on the first request: a clean clone serves the page with no build step and nothing
 * built lands in the work tree. The build takes well under a second and is kept for the process.
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

export async function buildMapPage(): Promise<string> {
  const result = await build({
    entryPoints: [`${repoRoot}/web/map/main.ts`],
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
  if (!output) throw new Error('esbuild produced no output for web/map/main.ts');
  return output.text;
}
