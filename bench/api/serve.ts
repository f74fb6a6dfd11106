// The API under load, in a process of its own as in production (`npm start`), so the load
// generator does not share its event loop. Started by bench/api.ts with the bench's
// ENTENTE_DATA_DIR, it reuses the managed Neo4j the bench already runs, listens on a free
// loopback port, prints it as one JSON line ({"port": n}), and stops when its stdin closes.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from '../../server/app.ts';
import { openDatabase } from '../../db/connect.ts';

const db = await openDatabase({ log: (line) => console.error(line) });
const server = http.createServer(createApp({ db }));
server.listen(0, '127.0.0.1', () => {
  console.log(JSON.stringify({ port: (server.address() as AddressInfo).port }));
});

process.stdin.resume();
process.stdin.on('end', () => {
  server.closeAllConnections();
  server.close();
  void db.close().then(() => process.exit(0));
});
