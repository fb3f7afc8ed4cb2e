/**
 * The explorer at GET /graphql: GraphiQL with every asset inlined (@graphql-yoga/render-graphiql
 * ships the built GraphiQL, its CSS and its Monaco workers as strings), so the page makes no
 * request but to /graphql itself and works with no network. It is served through Apollo's
 * renderLandingPage hook, which answers browsers (Accept: text/html) only, so CSRF prevention and
 * every other GraphQL request are untouched.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { explorerExamples } from './explorer-examples.ts';

export function explorerLandingPage(): ApolloServerPlugin {
  return {
    async serverWillStart() {
      // Rendered once: the page is ~9 MB of inlined GraphiQL and never changes while serving.
      let html: string | undefined;
      return {
        async renderLandingPage() {
          html ??= renderExplorer();
          return { html };
        },
      };
    },
  };
}

export function renderExplorer(): string {
  return renderGraphiQL({
    title: 'argmap explorer',
    endpoint: '/graphql',
    method: 'POST',
    defaultTabs: explorerExamples(),
    // Schema docs show every description, the schema's own included.
    schemaDescription: true,
    inputValueDeprecation: true,
    defaultEditorToolsVisibility: 'variables',
  });
}
