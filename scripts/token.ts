// `npm run -s token -- create --name NAME --scope curate|admin | list | revoke ID|NAME`: the API
// tokens that writes need. `create` prints the token alone on stdout (so `$(npm run -s token --
// create ...)` captures it) and everything else on stderr; the token is never shown again.
// Exit codes: 0 done, 1 bad arguments or nothing to revoke.
import os from 'node:os';
import { Command } from 'commander';
import { openDatabase } from '../db/connect.ts';
import { createToken, listTokens, revokeToken, TokenError } from '../db/curation/tokens.ts';
import { applySchema } from '../schema/constraints.ts';

const actor = () => `cli:${os.userInfo().username}`;

async function withDatabase<T>(
  work: (db: Awaited<ReturnType<typeof openDatabase>>) => Promise<T>,
): Promise<T> {
  const db = await openDatabase();
  try {
    await applySchema((cypher) => db.driver.executeQuery(cypher, {}, { database: db.database }));
    return await work(db);
  } finally {
    await db.close();
  }
}

async function main(argv: string[]): Promise<number> {
  let code = 0;
  const program = new Command().name('npm run token --').exitOverride();
  program
    .command('create')
    .description('make a token; prints it once, on stdout')
    .requiredOption('--name <name>', 'who or what uses it (shown in audit records)')
    .requiredOption('--scope <scope>', 'curate (sources, review) or admin (also audit records)')
    .action(async (options: { name: string; scope: string }) => {
      const { token, info } = await withDatabase((db) =>
        createToken(db, { ...options, actor: actor() }),
      );
      console.log(token);
      console.error(
        `Made ${info.id} "${info.name}" (scope ${info.scope}). Keep it: it is shown only once.`,
      );
    });
  program
    .command('list')
    .description('every token: id, name, scope, created, revoked')
    .action(async () => {
      const tokens = await withDatabase(listTokens);
      for (const t of tokens) {
        console.log(
          [
            t.id,
            t.scope.padEnd(7),
            t.createdAt,
            t.revokedAt ? `revoked ${t.revokedAt}` : 'live',
            t.name,
          ].join('  '),
        );
      }
      if (tokens.length === 0) console.error('No tokens yet.');
    });
  program
    .command('revoke <idOrName>')
    .description('revoke a live token by its id (token:…) or name')
    .action(async (idOrName: string) => {
      const revoked = await withDatabase((db) => revokeToken(db, idOrName, { actor: actor() }));
      for (const t of revoked) console.log(`Revoked ${t.id} "${t.name}".`);
      if (revoked.length === 0) {
        console.error(`No live token has the id or name ${JSON.stringify(idOrName)}.`);
        code = 1;
      }
    });
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof TokenError) {
      console.error(error.message);
      return 1;
    }
    const exit = (error as { exitCode?: number }).exitCode;
    if (exit !== undefined) return exit === 0 ? 0 : 1;
    throw error;
  }
  return code;
}

process.exitCode = await main(process.argv);
