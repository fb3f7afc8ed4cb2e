/**
 * Unexpected failures leak nothing and lose nothing: the response says INTERNAL_SERVER_ERROR with
 * the request id (formatError in apollo.ts masks the message), and the log line with the same id
 * holds the error, its stack and the path — so an operator can find what a user reports.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError } from 'graphql';
import type { RequestContext } from './context.ts';
import type { Logger } from './logger.ts';

/** True for errors that are not ours to show: a bug, an outage, a driver failure. */
export function isUnexpected(error: GraphQLError): boolean {
  const cause = unwrapResolverError(error);
  if (cause instanceof GraphQLError) return !cause.extensions.code && cause.originalError !== undefined;
  return true;
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
