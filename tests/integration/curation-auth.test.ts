// Writes need a token, reads do not: the token command, the scopes, revocation, rate limiting
// of failed sign-ins, and the audit trail of token writes.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/connect.ts';
import { revokeToken, verifyToken } from '../../db/curation/tokens.ts';
import { createApp } from '../../server/app.ts';
import { graphql } from '../support/api.ts';
import { codeOf, graphqlAs, makeToken } from '../support/auth.ts';
import { resetDatabase, testConnectionEnv, useTestDatabase } from '../support/database.ts';

const run = promisify(execFile);
const cli = new URL('../../scripts/token.ts', import.meta.url).pathname;

async function tokenCli(...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', cli, ...args], {
      env: { ...process.env, ...testConnectionEnv() },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const REVOKE = 'mutation ($id: ID!) { revokeToken(id: $id) { id revokedAt } }';
const AUDIT = '{ auditRecords { records { action actor target before after } } }';

let db: Database;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  db = await useTestDatabase();
  await resetDatabase(db);
  app = createApp({ db, authFailures: { max: 3 } });
});
afterAll(() => db.close());

describe('npm run token', () => {
  it('create prints the token alone on stdout, stores only its hash; list and revoke', async () => {
    const made = await tokenCli('create', '--name', 'cli reviewer', '--scope', 'curate');
    expect(made.code).toBe(0);
    const token = made.stdout.trim();
    expect(made.stdout).toBe(`${token}\n`);
    expect(token).toMatch(/^ent_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
    expect((await verifyToken(db, token))?.scope).toBe('curate');

    const { records } = await db.driver.executeQuery(
      'MATCH (t:Token {name: "cli reviewer"}) RETURN properties(t) AS t',
    );
    const stored = JSON.stringify(records[0]!.get('t'));
    expect(stored).not.toContain(token.slice(17));
    expect(stored).toMatch(/"hash":"[0-9a-f]{64}"/);

    const listed = await tokenCli('list');
    expect(listed.stdout).toMatch(/token:[0-9a-f]{12} {2}curate {3}\S+ {2}live {2}cli reviewer/);
    const revoked = await tokenCli('revoke', 'cli reviewer');
    expect(revoked.code).toBe(0);
    expect(await verifyToken(db, token)).toBeNull();
    expect((await tokenCli('revoke', 'cli reviewer')).code).toBe(1);
  });

  it('refuses a bad scope with a clear message and exit code 1', async () => {
    const bad = await tokenCli('create', '--name', 'x', '--scope', 'root');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('--scope "root": must be one of curate, admin');
    expect(bad.stdout).toBe('');
  });
});

describe('mutations and the audit trail need a token of the right scope', () => {
  it('no token → UNAUTHENTICATED; reads stay open', async () => {
    expect(codeOf(await graphql(app, REVOKE, { id: 'token:000000000000' }))).toEqual([
      'UNAUTHENTICATED',
    ]);
    expect(codeOf(await graphql(app, AUDIT))).toEqual(['UNAUTHENTICATED']);
    const read = await graphql(app, '{ health { ok } }');
    expect(read.errors).toBeUndefined();
  });

  it('a curate token is FORBIDDEN where admin is needed; an admin token passes', async () => {
    const curate = await makeToken(db, 'curate');
    const admin = await makeToken(db, 'admin', 'the admin');
    expect(codeOf(await graphqlAs(app, { token: curate }, AUDIT))).toEqual(['FORBIDDEN']);
    expect(codeOf(await graphqlAs(app, { token: curate }, '{ tokens { id } }'))).toEqual([
      'FORBIDDEN',
    ]);
    // Aliases and fragments do not hide a root field from the check.
    const hidden =
      'mutation ($id: ID!) { ...F } fragment F on Mutation { x: revokeToken(id: $id) { id } }';
    expect(codeOf(await graphqlAs(app, { token: curate }, hidden, { id: 'token:1' }))).toEqual([
      'FORBIDDEN',
    ]);
    const audit = await graphqlAs<{ auditRecords: { records: { action: string }[] } }>(
      app,
      { token: admin },
      AUDIT,
    );
    expect(audit.errors).toBeUndefined();
    expect(audit.data!.auditRecords.records.map((r) => r.action)).toContain('TOKEN_CREATED');
  });

  it('viewer names the holder of any live token (the sign-in check); none or an unknown one is UNAUTHENTICATED', async () => {
    const curate = await makeToken(db, 'curate', 'Ana Reviewer');
    const viewer = await graphqlAs<{ viewer: { name: string; scope: string } }>(
      app,
      { token: curate },
      '{ viewer { name scope } }',
    );
    expect(viewer.data).toEqual({ viewer: { name: 'Ana Reviewer', scope: 'curate' } });
    expect(codeOf(await graphql(app, '{ viewer { name } }'))).toEqual(['UNAUTHENTICATED']);
    const unknown = 'ent_000000000000_' + 'B'.repeat(43);
    expect(
      codeOf(
        await graphqlAs(app, { token: unknown, address: '203.0.113.9' }, '{ viewer { name } }'),
      ),
    ).toEqual(['UNAUTHENTICATED']);
  });

  it('a revoked token is UNAUTHENTICATED, and the revocation is audited with its author', async () => {
    const admin = await makeToken(db, 'admin', 'revoker');
    const victim = await makeToken(db, 'admin', 'victim');
    const victimId = `token:${victim.slice(4, 16)}`;
    const revoked = await graphqlAs<{ revokeToken: { id: string; revokedAt: string } }>(
      app,
      { token: admin },
      REVOKE,
      { id: victimId },
    );
    expect(revoked.errors).toBeUndefined();
    expect(revoked.data!.revokeToken.revokedAt).toBeTruthy();
    expect(codeOf(await graphqlAs(app, { token: victim }, AUDIT))).toEqual(['UNAUTHENTICATED']);
    const audit = await graphqlAs<{
      auditRecords: { records: { action: string; actor: string; target: string }[] };
    }>(
      app,
      { token: admin },
      `{ auditRecords(target: "${victimId}") { records { action actor target } } }`,
    );
    expect(audit.data!.auditRecords.records[0]).toEqual({
      action: 'TOKEN_REVOKED',
      actor: 'revoker',
      target: victimId,
    });
    await revokeToken(db, 'revoker', { actor: 'test' });
  });

  it('failed attempts are rate-limited per address with a coded error', async () => {
    const attacker = { address: '198.51.100.7' };
    const wrong = 'ent_000000000000_' + 'A'.repeat(43);
    for (let i = 0; i < 3; i += 1) {
      expect(codeOf(await graphqlAs(app, { ...attacker, token: wrong }, AUDIT))).toEqual([
        'UNAUTHENTICATED',
      ]);
    }
    const limited = await graphqlAs(app, { ...attacker, header: 'Basic abc' }, AUDIT);
    expect(codeOf(limited)).toEqual(['RATE_LIMITED']);
    expect(limited.errors![0]!.message).toMatch(/try again in \d+ s/);
    // Even the right token waits out the window from that address; another address is unaffected.
    const admin = await makeToken(db, 'admin', 'patient');
    expect(codeOf(await graphqlAs(app, { ...attacker, token: admin }, AUDIT))).toEqual([
      'RATE_LIMITED',
    ]);
    expect((await graphqlAs(app, { token: admin }, AUDIT)).errors).toBeUndefined();
  });

  it('CSRF prevention still refuses a GET mutation attempt without its header', async () => {
    const response = await app.fetch(
      `http://entente.test/graphql?query=${encodeURIComponent('{ tokens { id } }')}`,
    );
    expect(response.status).toBe(403);
  });
});
