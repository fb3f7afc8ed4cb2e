/**
 * Unexpected failures leak nothing and lose nothing: the response says INTERNAL_SERVER_ERROR with
 * the request id (formatError in apollo.ts masks the message), and the log line with the same id
 * holds the error, its stack and the path — so an operator can find what a user reports.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLError } from 'graphql';
import type { RequestContext } from '../graphql/context.ts';
import type { Logger } from '../shared/logger.ts';

/**
 * True for errors that are not ours to show: a bug, an outage, a driver failure. Duck-typed rather
 * than `instanceof GraphQLError`: where two copies of graphql-js are loaded, that check misleads.
 */
export function isUnexpected(error: GraphQLError): boolean {
  const cause = unwrapResolverError(error) as { extensions?: { code?: unknown }; locations?: unknown; originalError?: unknown };
  if (typeof cause.extensions?.code === 'string') return false;
  const graphQLError = typeof cause === 'object' && cause !== null && 'extensions' in cause && 'locations' in cause;
  return !graphQLError || cause.originalError !== undefined;
}

export function errorLogPlugin(logger: Logger): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            if (!isUnexpected(error)) continue;
            logger.error(
              { err: unwrapResolverError(error), path: error.path, requestId: contextValue.requestId },
              'unexpected error',
            );
          }
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          for (const error of response.body.singleResult.errors ?? []) {
            if (error.extensions?.code === 'INTERNAL_SERVER_ERROR') {
              (error.extensions as Record<string, unknown>).requestId = contextValue.requestId;
            }
          }
        },
      };
    },
  };
}
