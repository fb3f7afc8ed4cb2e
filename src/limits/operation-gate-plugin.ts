/**
 * The gate every operation passes once it is parsed and validated, before any resolver runs: it
 * takes the operation's points from the caller's rate-limit bucket (rate-limit.ts), then waits for
 * room under admission control (admission.ts), both by the operation's estimated cost
 * (operation-cost.ts). The room is given back when the response is sent, whatever it holds (data,
 * errors, or nothing because the request deadline answered first).
 *
 * It computes the cost itself rather than share the cost limit's: Apollo runs the plugins'
 * didResolveOperation hooks concurrently. An operation over the cost limit is left to that limit.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { buildASTSchema, concatAST, type DocumentNode } from 'graphql';
import type { Admission } from './admission.ts';
import { requestCost } from './operation-cost.ts';
import { ratePoints, type RateLimits } from './rate-limit.ts';

/** Who is asking, from the request's context: its token (null without one) and its address. */
export type Requester<Context> = (context: Context) => { tokenId: string | null; address: string | undefined };

export function operationGatePlugin<Context extends object>(
  typeDefs: DocumentNode[],
  maxCost: number,
  gates: { admission: Admission; rateLimits: RateLimits; requester: Requester<Context> },
): ApolloServerPlugin<Context> {
  // Our own schema object, as in cost-limit-plugin.ts (two copies of graphql-js under vitest).
  const schema = buildASTSchema(concatAST(typeDefs));
  return {
    async requestDidStart() {
      let release: (() => void) | undefined;
      let sent = false;
      return {
        async didResolveOperation({ document, operation, request, contextValue }) {
          if (!operation) return;
          const cost = requestCost(schema, document, operation, request.variables ?? {});
          if (cost === undefined) return; // bad variable values: execution reports them as BAD_USER_INPUT, touching nothing
          if (cost > maxCost) return; // the cost limit refuses it
          await gates.rateLimits.consume(gates.requester(contextValue), ratePoints(operation.operation, cost));
          const granted = await gates.admission.enter(cost);
          // Another plugin's refusal may have sent the response while this one waited.
          if (sent) granted();
          else release = granted;
        },
        async willSendResponse() {
          sent = true;
          release?.();
        },
      };
    },
  };
}
