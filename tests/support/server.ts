// The real HTTP server on a free port, on the test database reset and seeded with the article:
// what the explorer's end-to-end tests and HTTP-level tests talk to.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from '../../server/app.ts';
import { requestListener } from '../../server/http/node-listener.ts';
import { loadSeed } from '../../seed/load-seed.ts';
import { resetDatabase, useTestDatabase } from './database.ts';

export interface TestServer {
  url: string;
  close(): Promise<void>;
}

export async function startTestServer(options: { seed?: boolean } = {}): Promise<TestServer> {
  const db = await useTestDatabase();
  await resetDatabase(db);
  if (options.seed ?? true) await loadSeed(db);
  const server = http.createServer(requestListener(createApp({ db })));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await db.close();
    },
  };
}
