// API tokens: a token is shown once, when it is made; Neo4j keeps only its scrypt hash (with a
// random salt) beside a public lookup id, so a stolen database dump yields no usable token.
//
// A token reads `ent_<id>_<secret>`: the id (12 hex digits) finds the one Token node to check
// without hashing against every stored token, the secret is 32 random bytes (base64url). The
// secret carries 256 bits of entropy, so the hash need not resist guessing the way a password
// hash must; scrypt (node:crypto, no native add-on) with N=2^14 costs a few milliseconds per
// check, which is plenty, and failed checks are rate-limited by the server besides.
import { randomBytes, scrypt as scryptCallback, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { TOKEN_SCOPES, type TokenScope } from '../../schema/model.ts';
import { writeAudit } from './audit.ts';

const scrypt = promisify(scryptCallback) as (
  password: string,
  salt: Buffer,
  keylen: number,
  options: { N: number; r: number; p: number },
) => Promise<Buffer>;

const SCRYPT = { N: 2 ** 14, r: 8, p: 1 };
const KEY_LENGTH = 32;
const TOKEN_FORMAT = /^ent_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;
const NAME_FORMAT = /^[\p{L}\p{N}][\p{L}\p{N} ._@-]{0,79}$/u;

export interface TokenInfo {
  id: string;
  name: string;
  scope: TokenScope;
  createdAt: string;
  revokedAt: string | null;
}

/** Who a verified token speaks for. */
export interface Principal {
  tokenId: string;
  name: string;
  scope: TokenScope;
}

export class TokenError extends Error {
  override name = 'TokenError';
}

export function isScope(value: string): value is TokenScope {
  return (TOKEN_SCOPES as readonly string[]).includes(value);
}

/** `admin` may do everything `curate` may. */
export function scopeAllows(held: TokenScope, needed: TokenScope): boolean {
  return held === 'admin' || held === needed;
}

async function hash(secret: string, salt: Buffer): Promise<Buffer> {
  return scrypt(secret, salt, KEY_LENGTH, SCRYPT);
}

interface Db {
  driver: Driver;
  database: string | undefined;
}

async function write<T>(db: Db, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  const session = db.driver.session({ database: db.database });
  try {
    return await session.executeWrite(work);
  } finally {
    await session.close();
  }
}

/** Makes a token; returns it (the only time it exists outside the caller) and its record. */
export async function createToken(
  db: Db,
  options: { name: string; scope: string; actor: string },
): Promise<{ token: string; info: TokenInfo }> {
  if (!NAME_FORMAT.test(options.name)) {
    throw new TokenError(
      `--name ${JSON.stringify(options.name)}: use 1–80 letters, digits, spaces or . _ @ -, starting with a letter or digit`,
    );
  }
  if (!isScope(options.scope)) {
    throw new TokenError(
      `--scope ${JSON.stringify(options.scope)}: must be one of ${TOKEN_SCOPES.join(', ')}`,
    );
  }
  const lookup = randomBytes(6).toString('hex');
  const secret = randomBytes(32).toString('base64url');
  const salt = randomBytes(16);
  const digest = await hash(secret, salt);
  const createdAt = new Date().toISOString();
  const info: TokenInfo = {
    id: `token:${lookup}`,
    name: options.name,
    scope: options.scope,
    createdAt,
    revokedAt: null,
  };
  await write(db, async (tx) => {
    await tx.run(
      `CREATE (t:Token {id: $id, name: $name, scope: $scope, salt: $salt, hash: $hash,
         createdAt: datetime($createdAt), revokedAt: null})`,
      { ...info, salt: salt.toString('hex'), hash: digest.toString('hex') },
    );
    await writeAudit(
      tx,
      {
        actor: options.actor,
        tokenId: null,
        action: 'TOKEN_CREATED',
        target: info.id,
        before: null,
        after: { name: info.name, scope: info.scope },
      },
      createdAt,
    );
  });
  return { token: `ent_${lookup}_${secret}`, info };
}

const TOKEN_FIELDS = `t {.id, .name, .scope, createdAt: toString(t.createdAt), revokedAt: toString(t.revokedAt)}`;

export async function listTokens(db: Db): Promise<TokenInfo[]> {
  const { records } = await db.driver.executeQuery(
    `MATCH (t:Token) RETURN ${TOKEN_FIELDS} AS token ORDER BY t.createdAt`,
    {},
    { database: db.database, routing: 'READ' },
  );
  return records.map((r) => r.get('token') as TokenInfo);
}

/** Revokes by id (`token:…`) or, unless `byName` is false, by name; returns what it revoked. */
export async function revokeToken(
  db: Db,
  key: string,
  who: { actor: string; tokenId?: string | null; byName?: boolean },
): Promise<TokenInfo[]> {
  const at = new Date().toISOString();
  return write(db, async (tx) => {
    const result = await tx.run(
      `MATCH (t:Token) WHERE (t.id = $key OR ($byName AND t.name = $key)) AND t.revokedAt IS NULL
       SET t.revokedAt = datetime($at)
       RETURN ${TOKEN_FIELDS} AS token`,
      { key, at, byName: who.byName ?? true },
    );
    const revoked = result.records.map((r) => r.get('token') as TokenInfo);
    for (const token of revoked) {
      await writeAudit(
        tx,
        {
          actor: who.actor,
          tokenId: who.tokenId ?? null,
          action: 'TOKEN_REVOKED',
          target: token.id,
          before: { revokedAt: null },
          after: { revokedAt: token.revokedAt },
        },
        at,
      );
    }
    return revoked;
  });
}

/** The token's principal; null when it is malformed, unknown, revoked or does not match. */
export async function verifyToken(db: Db, token: string): Promise<Principal | null> {
  const match = TOKEN_FORMAT.exec(token);
  if (!match) return null;
  const [, lookup, secret] = match as unknown as [string, string, string];
  const { records } = await db.driver.executeQuery(
    `MATCH (t:Token {id: $id}) WHERE t.revokedAt IS NULL RETURN t.name AS name, t.scope AS scope, t.salt AS salt, t.hash AS hash`,
    { id: `token:${lookup}` },
    { database: db.database, routing: 'READ' },
  );
  const row = records[0];
  if (!row) return null;
  const stored = Buffer.from(row.get('hash') as string, 'hex');
  const digest = await hash(secret, Buffer.from(row.get('salt') as string, 'hex'));
  if (stored.length !== digest.length || !timingSafeEqual(stored, digest)) return null;
  const scope = row.get('scope') as string;
  if (!isScope(scope)) return null;
  return { tokenId: `token:${lookup}`, name: row.get('name') as string, scope };
}
