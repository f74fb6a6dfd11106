// The peer under load: @neo4j/graphql 7.6.3 (dev dependency of the bench only) over the same
// labels of the same Neo4j, served by graphql-yoga like Entente, in a process of its own.
// Started by bench/peer.ts with the bench's ENTENTE_DATA_DIR; prints {"port": n} and stops when
// its stdin closes (as serve.ts).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga } from 'graphql-yoga';
import { openDatabase } from '../../db/connect.ts';
import { PEER_TYPE_DEFS } from './peer-questions.ts';

const db = await openDatabase({ log: (line) => console.error(line) });
const schema = await new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver: db.driver }).getSchema();
const yoga = createYoga({
  schema,
  context: () => ({ sessionConfig: { database: db.database } }),
  graphiql: false,
  landingPage: false,
});
const server = http.createServer(yoga);
server.listen(0, '127.0.0.1', () => {
  console.log(JSON.stringify({ port: (server.address() as AddressInfo).port }));
});

process.stdin.resume();
process.stdin.on('end', () => {
  server.closeAllConnections();
  server.close();
  void db.close().then(() => process.exit(0));
});
