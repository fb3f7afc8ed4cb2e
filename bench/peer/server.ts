/**
 * The peer service of the benchmark: @neo4j/graphql 7 served by Apollo Server 5 over express 5,
 * on the same Neo4j as argmap. Started by bench/run.ts as its own process (so its RSS is its own):
 * `NEO4J_URI=… NEO4J_PASSWORD=… PEER_PORT=4100 node --import tsx bench/peer/server.ts`.
 * For the benchmark's profiling phase only, it records the Cypher it sends: POST /bench/record starts,
 * GET /bench/cypher returns what was sent and stops (never on while timing).
 */
import { createServer } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { Neo4jGraphQL } from '@neo4j/graphql';
import express from 'express';
import neo4j from 'neo4j-driver';
import { recordStatements, type Statement } from '../recording.ts';
import { peerTypeDefs } from './type-defs.ts';

const uri = process.env.NEO4J_URI;
const password = process.env.NEO4J_PASSWORD;
if (!uri || password === undefined) throw new Error('NEO4J_URI and NEO4J_PASSWORD must be set');
const port = Number(process.env.PEER_PORT ?? 4100);

const driver = neo4j.driver(uri, neo4j.auth.basic(process.env.NEO4J_USERNAME ?? 'neo4j', password));
const sent: Statement[] = [];
let recording = false;
recordStatements(driver, sent, () => recording);

const schema = await new Neo4jGraphQL({ typeDefs: peerTypeDefs, driver }).getSchema();
const apollo = new ApolloServer({ schema, stopOnTerminationSignals: false });
await apollo.start();

const app = express();
app.post('/bench/record', (_req, res) => {
  sent.splice(0);
  recording = true;
  res.json({ recording });
});
app.get('/bench/cypher', (_req, res) => {
  recording = false;
  res.json(sent.splice(0));
});
app.use('/graphql', express.json({ limit: '10mb' }), expressMiddleware(apollo));
const server = createServer(app);
server.listen(port, '127.0.0.1', () => console.log(`peer listening on http://127.0.0.1:${port}/graphql`));

const stop = () => {
  server.close();
  void apollo.stop().then(() => driver.close().then(() => process.exit(0)));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
