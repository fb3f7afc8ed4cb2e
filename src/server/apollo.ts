/** The Apollo Server for argmap's schema: used by the HTTP app and, in-process, by the tests. */
import { ApolloServer } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { GraphQLError } from 'graphql';
import { resolvers } from '../graphql/resolvers.ts';
import { typeDefs } from '../graphql/type-defs.ts';
import { explorerLandingPage } from '../web/explorer-page.ts';
import type { RequestContext } from './context.ts';
import type { Logger } from './logger.ts';

export interface ApolloOptions {
  /** GET /graphql from a browser answers the offline GraphiQL explorer; off: no landing page at all. */
  explorer: boolean;
  introspection: boolean;
}

export function createApolloServer(
  logger: Logger,
  options: ApolloOptions = { explorer: true, introspection: true },
): ApolloServer<RequestContext> {
  return new ApolloServer<RequestContext>({
    typeDefs,
    resolvers,
    introspection: options.introspection,
    // Apollo's default landing page loads Apollo Sandbox from a CDN and is blank offline; ours
    // inlines GraphiQL. csrfPrevention is left at its default (on).
    plugins: [options.explorer ? explorerLandingPage() : ApolloServerPluginLandingPageDisabled()],
    includeStacktraceInErrorResponses: false,
    // The CLI owns SIGINT/SIGTERM and stops Apollo, the driver and Neo4j in order; Apollo's own
    // handlers would race it (and are off anyway under NODE_ENV=test, which hid this in tests).
    stopOnTerminationSignals: false,
    formatError: (formatted, error) => {
      // Our own errors and GraphQL's validation errors are meant for the client; anything else
      // is a bug or an outage whose detail belongs in the log, not in the response.
      if (formatted.extensions?.code !== 'INTERNAL_SERVER_ERROR') return formatted;
      const cause = unwrapResolverError(error);
      if (cause instanceof GraphQLError && cause.extensions.code) return formatted;
      logger.error({ err: cause, path: formatted.path }, 'unexpected error in a resolver');
      return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    },
  });
}
