/**
 * The status codes of GraphQL over HTTP (https://graphql.github.io/graphql-over-http/draft/#sec-Response)
 * for both response media types. Apollo Server 5 answers every request error with 400, whatever
 * the client accepts; the spec wants that only for `application/graphql-response+json`. For the
 * legacy `application/json` it says a well-formed request SHOULD get 200, its errors in the body
 * (§ "application/json": "independent of any GraphQL request error").
 *
 * A request is well-formed once Apollo has its source text (`didResolveSource`): a bad body, a
 * missing or non-string `query`, bad `variables`, a CSRF-suspect request or a persisted-query hash
 * that does not match are refused before that, and keep their 400. A 400 after it is a request
 * error — a parse or validation failure (our depth, alias, directive and cost limits included), a
 * variable that does not coerce, an untrusted document — and becomes 200 when the answer is
 * `application/json`. Other statuses (401, 403, 405 for a mutation over GET, 429, 503) are not
 * request errors and stay.
 *
 * The plugin also sets `Content-Type` from its own negotiation (response-media-type.ts), so the
 * status and the media type of an answer always come from the same choice.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { responseMediaType } from './response-media-type.ts';

export function graphqlOverHttpPlugin<Context extends object>(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ request }) {
      const mediaType = responseMediaType(request.http?.headers.get('accept'));
      let wellFormed = false;
      return {
        async didResolveSource() {
          wellFormed = true;
        },
        async willSendResponse({ response }) {
          // Neither type acceptable: Apollo answers 406 Not Acceptable itself.
          if (!mediaType || response.body.kind !== 'single') return;
          response.http.headers.set('content-type', `${mediaType}; charset=utf-8`);
          if (wellFormed && mediaType === 'application/json' && response.http.status === 400) response.http.status = 200;
        },
      };
    },
  };
}
