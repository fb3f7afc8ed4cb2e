/** The Apollo Server for argmap's schema: used by the HTTP app and, in-process, by the tests. */
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { GraphQLError } from 'graphql';
import { guardMutations } from '../auth/guard-mutations.ts';
import { guardReads } from '../auth/guard-reads.ts';
import { guardArguments } from '../graphql/guard-arguments.ts';
import { resolvers } from './resolvers.ts';
import { typeDefs } from '../graphql/type-defs.ts';
import { explorerLandingPage } from '../web/explorer-page.ts';
import { Admission } from '../limits/admission.ts';
import { costLimitPlugin } from '../limits/cost-limit-plugin.ts';
import { operationGatePlugin } from '../limits/operation-gate-plugin.ts';
import { RateLimits } from '../limits/rate-limit.ts';
import { defaultLimits, type Limits } from '../limits/limits.ts';
import { maxAliasesRule } from '../limits/max-aliases-rule.ts';
import { maxDepthRule } from '../limits/max-depth-rule.ts';
import { maxDirectivesRule } from '../limits/max-directives-rule.ts';
import { readTrustedDocuments, trustedDocumentsPlugin } from '../limits/trusted-documents-plugin.ts';
import type { RequestContext } from '../graphql/context.ts';
import type { Resolvers } from '../graphql/resolvers-types.generated.ts';
import { errorLogPlugin } from './error-log-plugin.ts';
import { graphqlOverHttpPlugin } from './graphql-over-http-plugin.ts';
import type { Logger } from '../shared/logger.ts';

export interface ApolloOptions {
  /** GET /graphql from a browser answers the offline GraphiQL explorer; off: no landing page at all. */
  explorer?: boolean;
  introspection?: boolean;
  limits?: Limits;
  /** Extra plugins (tests add their own). */
  plugins?: ApolloServerPlugin<RequestContext>[];
  /** The admission control to use (tests pass their own to watch it); one per server otherwise. */
  admission?: Admission;
}

/**
 * The resolver map with its guards: every mutation passes the one access check and is recorded
 * (src/auth/guard-mutations.ts); every query, the one check of a map-limited token's reads
 * (src/auth/guard-reads.ts); every root field's string arguments, the one text check
 * (src/graphql/guard-arguments.ts). Subscriptions check their map themselves (src/live).
 */
export function guardedResolvers(): Resolvers {
  return {
    ...resolvers,
    Query: guardReads(guardArguments(resolvers.Query ?? {})),
    Mutation: guardMutations(guardArguments(resolvers.Mutation ?? {})),
  };
}

export function createApolloServer(logger: Logger, options: ApolloOptions = {}): ApolloServer<RequestContext> {
  const limits = options.limits ?? defaultLimits;
  const plugins: ApolloServerPlugin<RequestContext>[] = [
    errorLogPlugin(logger),
    // Status codes per response media type, as GraphQL over HTTP asks (docs/api.md, "Over HTTP").
    graphqlOverHttpPlugin(),
    // argmap sets no cache hints; Apollo's default cache-control plugin would still wrap every
    // resolved field in hooks (a sixth of the CPU of a large answer, bench/README.md).
    ApolloServerPluginCacheControlDisabled(),
    costLimitPlugin(limits.maxCost, typeDefs),
    operationGatePlugin<RequestContext>(typeDefs, limits.maxCost, {
      admission: options.admission ?? new Admission(limits.admission),
      rateLimits: new RateLimits(limits.rate),
      requester: (context) => ({ tokenId: context.caller.tokenId, address: context.clientAddress }),
    }),
    ...(limits.trustedDocumentsFile
      ? [trustedDocumentsPlugin<RequestContext>(readTrustedDocuments(limits.trustedDocumentsFile))]
      : []),
    // Apollo's default landing page loads Apollo Sandbox from a CDN and is blank offline; ours
    // inlines GraphiQL. csrfPrevention is left at its default (on).
    (options.explorer ?? true) ? explorerLandingPage() : ApolloServerPluginLandingPageDisabled(),
    ...(options.plugins ?? []),
  ];
  return new ApolloServer<RequestContext>({
    typeDefs,
    resolvers: guardedResolvers(),
    introspection: options.introspection ?? true,
    includeStacktraceInErrorResponses: false,
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: [maxDepthRule(limits.maxDepth), maxAliasesRule(limits.maxAliases), maxDirectivesRule(limits.maxDirectives)],
    persistedQueries: limits.persistedQueries ? {} : false,
    // One operation per request: a batch would multiply every limit above by its length.
    allowBatchedHttpRequests: false,
    plugins,
    // The CLI owns SIGINT/SIGTERM and stops Apollo, the driver and Neo4j in order; Apollo's own
    // handlers would race it (and are off anyway under NODE_ENV=test, which hid this in tests).
    stopOnTerminationSignals: false,
    formatError: (formatted, error) => {
      // Our own errors and GraphQL's validation errors are meant for the client; anything else
      // is a bug or an outage whose detail belongs in the log (errorLogPlugin), not in the response.
      if (formatted.extensions?.code !== 'INTERNAL_SERVER_ERROR') return formatted;
      const cause = unwrapResolverError(error);
      if (cause instanceof GraphQLError && cause.extensions.code) return formatted;
      return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    },
  });
}
