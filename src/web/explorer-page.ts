/**
 * The explorer at GET /graphql: GraphiQL with every asset inlined (@graphql-yoga/render-graphiql
 * ships the built GraphiQL, its CSS and its Monaco workers as strings), so the page makes no
 * request but to /graphql itself and works with no network. It is served through Apollo's
 * renderLandingPage hook, which answers browsers (Accept: text/html) only, so CSRF prevention and
 * every other GraphQL request are untouched. The map panel (web/explorer/panel.ts, bundled by
 * esbuild like the map page) is inlined after GraphiQL, so it too needs no other request.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { readFileSync } from 'node:fs';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { repoRoot } from '../shared/repo-root.ts';
import { explorerExamples } from './explorer-examples.ts';
import { buildExplorerPanel } from './map-bundle.ts';

export function explorerLandingPage(): ApolloServerPlugin {
  return {
    async serverWillStart() {
      // Rendered once: the page is ~9 MB of inlined GraphiQL and never changes while serving.
      let html: Promise<string> | undefined;
      return {
        async renderLandingPage() {
          html ??= renderExplorer().catch((error: unknown) => {
            html = undefined; // the next request tries again
            throw error;
          });
          return { html: await html };
        },
      };
    },
  };
}

export async function renderExplorer(): Promise<string> {
  const graphiql = renderGraphiQL({
    title: 'argmap explorer',
    endpoint: '/graphql',
    method: 'POST',
    defaultTabs: explorerExamples(),
    // Schema docs show every description, the schema's own included.
    schemaDescription: true,
    inputValueDeprecation: true,
    defaultEditorToolsVisibility: 'variables',
  });
  return withPanel(graphiql, await buildExplorerPanel());
}

/** GraphiQL's page with the map panel's style and script at the end of its body. */
function withPanel(page: string, script: string): string {
  const css = readFileSync(`${repoRoot}/web/explorer/panel.css`, 'utf8');
  const at = page.lastIndexOf('</body>');
  if (at === -1) throw new Error('the GraphiQL page has no </body> to put the map panel before');
  // A script's text must not close its own element early.
  const safe = script.replace(/<\/script/gi, '<\\/script');
  return `${page.slice(0, at)}<style>${css}</style><script>${safe}</script>${page.slice(at)}`;
}
