/**
 * GraphQL subscriptions over WebSocket (the graphql-ws protocol) on the service's own HTTP server
 * and GraphQL path (docs/live.md). The token is checked once, on connect, by the same rules as
 * HTTP (`connectionParams.authorization: "Bearer …"`; a bad one closes the socket with 4401); each
 * subscription passes the same parse, depth, alias, directive and cost limits as an HTTP query, and
 * counts against a cap per connection and per token (per address for anonymous callers). Only
 * subscriptions run here: queries and mutations go over HTTP, through its rate limits.
 */
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import {
  buildASTSchema,
  concatAST,
  type ExecutionArgs,
  type GraphQLFieldResolver,
  getOperationAST,
  GraphQLError,
  type GraphQLFormattedError,
  parse,
  specifiedRules,
  validate,
} from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { Authenticator } from '../auth/authenticate.ts';
import type { Caller } from '../graphql/caller.ts';
import { createRequestContext, type RequestContext } from '../graphql/context.ts';
import type { ChangeFollower } from '../graphql/records/map-change-record.ts';
import { typeDefs } from '../graphql/type-defs.ts';
import type { Limits } from '../limits/limits.ts';
import { maxAliasesRule } from '../limits/max-aliases-rule.ts';
import { maxDepthRule } from '../limits/max-depth-rule.ts';
import { maxDirectivesRule } from '../limits/max-directives-rule.ts';
import { requestCost } from '../limits/operation-cost.ts';
import type { Database } from '../neo4j/database.ts';
import { TooManySubscriptionsError, UnauthenticatedError } from '../shared/errors.ts';
import type { Logger } from '../shared/logger.ts';
import { liveSubscriptions } from '../live/resolvers/Subscription.ts';

export interface SubscriptionOptions {
  reads: 'public' | 'token';
  limits: Limits;
  tokenCacheMs: number;
  /** ARGMAP_SUBSCRIPTIONS_PER_CONNECTION */
  perConnection: number;
  /** ARGMAP_SUBSCRIPTIONS_PER_TOKEN */
  perToken: number;
}

interface Connection {
  caller: Caller;
  /** What the per-token cap counts by: the token id, or the address of an anonymous caller. */
  holder: string;
  address: string | undefined;
  active: Set<string>;
}

/** Serves subscriptions on `server`'s GraphQL path; `close` ends every socket (service shutdown). */
export function serveSubscriptions(
  server: Server,
  db: Database,
  logger: Logger,
  changes: ChangeFollower,
  options: SubscriptionOptions,
): { close(): Promise<void> } {
  // graphql-js's own schema object, not @graphql-tools': where two copies of graphql-js are loaded
  // (vitest), one rejects the other's schema. Only subscriptions run here, so the one resolver
  // needed is given to execution as its subscribeFieldResolver; every MapChange field is a property.
  const schema = buildASTSchema(concatAST(typeDefs));
  const subscribeFieldResolver: GraphQLFieldResolver<unknown, RequestContext> = (parent, args, context, info) => {
    const field = liveSubscriptions[info.fieldName as keyof typeof liveSubscriptions] as unknown as {
      subscribe: GraphQLFieldResolver<unknown, RequestContext>;
    };
    return field.subscribe(parent, args, context, info);
  };
  const authenticator = new Authenticator(db, options.tokenCacheMs);
  // Keyed by graphql-ws's per-socket context object.
  const connections = new WeakMap<object, Connection>();
  const perHolder = new Map<string, number>();
  const rules = [
    ...specifiedRules,
    maxDepthRule(options.limits.maxDepth),
    maxAliasesRule(options.limits.maxAliases),
    maxDirectivesRule(options.limits.maxDirectives),
  ];
  const release = (connection: Connection, id: string) => {
    if (!connection.active.delete(id)) return;
    const left = (perHolder.get(connection.holder) ?? 1) - 1;
    if (left > 0) perHolder.set(connection.holder, left);
    else perHolder.delete(connection.holder);
  };

  // noServer, with the upgrade handled here: a WebSocketServer given the HTTP server re-emits that
  // server's own errors (a port already in use), which graphql-ws then logs as its internal error
  // beside the service's one clear line.
  const wss = new WebSocketServer({ noServer: true, maxPayload: options.limits.maxBodyBytes });
  const upgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (new URL(request.url ?? '/', 'http://localhost').pathname !== '/graphql') {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
  };
  server.on('upgrade', upgrade);
  const cleanup = useServer(
    {
      onConnect: async (ctx) => {
        const header = ctx.connectionParams?.authorization ?? ctx.connectionParams?.Authorization;
        try {
          const caller = await authenticator.authenticate(typeof header === 'string' ? header : undefined);
          if (options.reads === 'token' && caller.role === null) {
            throw new UnauthenticatedError('this server answers only requests with a bearer token');
          }
          const address = ctx.extra.request.socket.remoteAddress;
          connections.set(ctx, { caller, holder: caller.tokenId ?? `address ${address}`, address, active: new Set() });
          return true;
        } catch (error) {
          if (!(error instanceof UnauthenticatedError)) throw error;
          // 4401, as graphql-ws itself closes an unauthorised socket; the reason says why.
          ctx.extra.socket.close(4401, error.message.slice(0, 120));
          return false;
        }
      },
      onSubscribe: (ctx, id, payload): ExecutionArgs | readonly GraphQLError[] => {
        const connection = connections.get(ctx)!;
        let document;
        try {
          document = parse(payload.query, { maxTokens: options.limits.maxTokens });
        } catch (error) {
          return [error as GraphQLError];
        }
        const errors = validate(schema, document, rules);
        if (errors.length > 0) return errors;
        const operation = getOperationAST(document, payload.operationName);
        if (operation?.operation !== 'subscription') {
          return [refusal('only subscriptions run over WebSocket; send queries and mutations over HTTP', 'BAD_REQUEST')];
        }
        const variables = payload.variables ?? {};
        const cost = requestCost(schema, document, operation, variables);
        if (cost !== undefined && cost > options.limits.maxCost) {
          return [refusal(`the operation would cost about ${Math.round(cost)}; at most ${options.limits.maxCost} is allowed`)];
        }
        if (connection.active.size >= options.perConnection)
          return [new TooManySubscriptionsError('connection', options.perConnection)];
        if ((perHolder.get(connection.holder) ?? 0) >= options.perToken)
          return [new TooManySubscriptionsError('token', options.perToken)];
        connection.active.add(id);
        perHolder.set(connection.holder, (perHolder.get(connection.holder) ?? 0) + 1);
        const contextValue = createRequestContext(db, logger, payload.operationName, {
          caller: connection.caller,
          clientAddress: connection.address,
          changes,
        });
        return {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: variables,
          contextValue,
          subscribeFieldResolver,
        };
      },
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors ? { ...result, errors: result.errors.map((error) => masked(error, logger)) } : undefined,
      onError: (_ctx, _id, _payload, errors) => errors.map((error) => masked(error, logger)),
      onComplete: (ctx, id) => {
        const connection = connections.get(ctx);
        if (connection) release(connection, id);
      },
      onClose: (ctx) => {
        const connection = connections.get(ctx);
        if (connection) for (const id of [...connection.active]) release(connection, id);
      },
    },
    wss,
  );
  return {
    close: async () => {
      server.off('upgrade', upgrade);
      await cleanup.dispose();
    },
  };
}

function refusal(message: string, code = 'GRAPHQL_VALIDATION_FAILED'): GraphQLError {
  return new GraphQLError(message, { extensions: { code } });
}

/** As apollo.ts's formatError: argmap's own errors go to the client, anything else only to the log. */
function masked(error: GraphQLError, logger: Logger): GraphQLFormattedError {
  const cause = error.originalError;
  if (!cause || (cause instanceof GraphQLError && cause.extensions.code)) return error.toJSON();
  logger.error({ err: cause }, 'unexpected error in a subscription');
  return { message: 'Internal server error', path: error.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
