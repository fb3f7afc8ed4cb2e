/**
 * Refuses an operation whose estimated cost (operation-cost.ts) is above `maxCost`, before any
 * resolver runs. It is a plugin rather than a validation rule because the cost depends on the
 * variables (`first: $n`), which validation does not see. Answered as GRAPHQL_VALIDATION_FAILED
 * with HTTP 400, like the other limits.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { buildASTSchema, concatAST, GraphQLError, type DocumentNode } from 'graphql';
import { requestCost } from './operation-cost.ts';

export function costLimitPlugin<Context extends object>(maxCost: number, typeDefs: DocumentNode[]): ApolloServerPlugin<Context> {
  // Our own schema object rather than Apollo's: where two copies of graphql-js are loaded (vitest
  // loads Apollo's through another module format), the type checks of one reject the other's types.
  const schema = buildASTSchema(concatAST(typeDefs));
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request }) {
          if (!operation) return;
          const cost = requestCost(schema, document, operation, request.variables ?? {});
          if (cost === undefined) return; // bad variable values: execution reports them as BAD_USER_INPUT
          if (cost > maxCost) {
            throw new GraphQLError(
              `the operation would cost about ${Math.round(cost)}; at most ${maxCost} is allowed (ask for smaller pages or a smaller maxDepth)`,
              { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', cost, maxCost, http: { status: 400 } } },
            );
          }
        },
      };
    },
  };
}
