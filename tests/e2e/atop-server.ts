// The test server on the seed article's graph with ATOP alliances imported from the fixtures
// (tests/fixtures/atop: 1815–1883, the 1930s, US–Japan since 1951), so the explorer's views
// span two centuries as they do with the real data.
import { importAtop } from '../../seed/import/atop/import-atop.ts';
import { ImportReport } from '../../seed/import/report.ts';
import { useTestDatabase } from '../support/database.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

const fixture = (name: string) => new URL(`../fixtures/atop/${name}`, import.meta.url).pathname;

export const ATOP_FIXTURES = [
  ['alliances.csv', 'members.csv'],
  ['alliances-1930s.csv', 'members-1930s.csv'],
] as const;

export async function startAtopServer(): Promise<TestServer> {
  const server = await startTestServer();
  const db = await useTestDatabase();
  try {
    for (const [alliances, members] of ATOP_FIXTURES) {
      await importAtop({
        alliancesFile: fixture(alliances),
        membersFile: fixture(members),
        batchSize: 50,
        db,
        report: new ImportReport('ATOP', false),
      });
    }
  } finally {
    await db.close();
  }
  return server;
}
