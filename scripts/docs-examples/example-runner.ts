/**
 * Runs documented examples in-process — the service's own Apollo server, resolvers and Cypher, minus
 * HTTP — as an anonymous caller, since every example is a public read. Shared by
 * `npm run docs:examples`, which writes the answers, and tests/docs/, which checks them.
 */
import { pino } from 'pino';
import type { Database } from '../../src/neo4j/database.ts';
import { createApolloServer } from '../../src/server/apollo.ts';
import { createRequestContext } from '../../src/graphql/context.ts';

export interface ExampleRunner {
  /** The answer as a client sees it, `{ data }`; an example that errs throws with the messages. */
  answer(name: string, query: string): Promise<{ data: unknown }>;
  stop(): Promise<void>;
}

export async function startExampleRunner(db: Database): Promise<ExampleRunner> {
  const logger = pino({ level: 'silent' });
  const apollo = createApolloServer(logger);
  await apollo.start();
  return {
    async answer(name, query) {
      const contextValue = createRequestContext(db, logger, name);
      const response = await apollo.executeOperation({ query }, { contextValue });
      if (response.body.kind !== 'single') throw new Error('incremental responses are not used by argmap');
      const { data, errors } = response.body.singleResult;
      if (errors?.length) throw new Error(`example ${name} failed: ${errors.map((error) => error.message).join('; ')}`);
      return { data };
    },
    stop: () => apollo.stop(),
  };
}
