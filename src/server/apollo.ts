/** The Apollo Server for argmap's schema: used by the HTTP app and, in-process, by the tests. */
import { ApolloServer } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError } from 'graphql';
import { resolvers } from '../graphql/resolvers.ts';
import { typeDefs } from '../graphql/type-defs.ts';
import type { RequestContext } from './context.ts';
import type { Logger } from './logger.ts';

export function createApolloServer(logger: Logger): ApolloServer<RequestContext> {
  return new ApolloServer<RequestContext>({
    typeDefs,
    resolvers,
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
