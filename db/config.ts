// Configuration, read once from the environment and validated at start-up. A bad value stops
// the program with one line naming the variable and what it should look like (no stack trace).
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const NEO4J_SCHEMES = ['bolt', 'bolt+s', 'bolt+ssc', 'neo4j', 'neo4j+s', 'neo4j+ssc'];

const port = (what: string) =>
  z.coerce
    .number({ error: `${what} must be a port number from 1 to 65535` })
    .int(`${what} must be a port number from 1 to 65535`)
    .min(1, `${what} must be a port number from 1 to 65535`)
    .max(65535, `${what} must be a port number from 1 to 65535`);

const neo4jUri = z
  .string()
  .refine(
    (value) => NEO4J_SCHEMES.some((scheme) => value.startsWith(`${scheme}://`)),
    `NEO4J_URI must be a Bolt URI such as bolt://localhost:7687, neo4j://host:7687 or neo4j+s://xxxx.databases.neo4j.io`,
  );

const memorySize = z.string().regex(/^\d+[mMgG]$/, 'must be a Java memory size such as 512m or 2g');

const EnvSchema = z.object({
  /** HTTP port of the API and explorer; default 4000. */
  PORT: port('PORT').default(4000),
  /** Interface to listen on; default 127.0.0.1 (loopback only). */
  HOST: z.string().min(1).default('127.0.0.1'),
  /** Extra Host header names the API answers to (comma-separated), e.g. a reverse proxy's. */
  ENTENTE_ALLOWED_HOSTS: z
    .string()
    .regex(
      /^\s*([A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(\s*,\s*([A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\]))*\s*$/,
      'must be host names separated by commas, such as entente.lab.example,10.0.0.5',
    )
    .optional(),
  NODE_ENV: z
    .enum(['development', 'production', 'test'], 'must be development, production or test')
    .default('production'),
  /** An existing Neo4j to use instead of the managed local one. */
  NEO4J_URI: neo4jUri.optional(),
  NEO4J_USERNAME: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9.-]{0,62}$/, 'must be a database name')
    .optional(),
  /** Where the managed Neo4j keeps its data, credentials and lock; default ./.entente/neo4j. */
  ENTENTE_DATA_DIR: z.string().min(1).optional(),
  /** Where the Neo4j jars are cached; default $XDG_CACHE_HOME/entente or ~/.cache/entente. */
  ENTENTE_CACHE_DIR: z.string().min(1).optional(),
  /** Preferred Bolt port of the managed Neo4j (the next free one is used when taken); default 7687. */
  ENTENTE_NEO4J_PORT: port('ENTENTE_NEO4J_PORT').default(7687),
  /** JVM heap of the managed Neo4j; default 2g (of this 24 GiB, 2-core machine class). */
  ENTENTE_NEO4J_HEAP: memorySize.default('2g'),
  /** Page cache of the managed Neo4j in MiB; default 1024. */
  ENTENTE_NEO4J_PAGECACHE_MB: z.coerce.number().int().min(64).max(65536).default(1024),
  /** Where `import gdelt --since/--last/--update` reads GDELT 2.0 (its master list and exports). */
  ENTENTE_GDELT_BASE_URL: z
    .url({
      protocol: /^https?$/,
      error: 'must be an http(s) URL such as http://data.gdeltproject.org/gdeltv2/',
    })
    .default('http://data.gdeltproject.org/gdeltv2/'),
  /** What `npm start` loads into an empty database besides the seed article; default all. */
  ENTENTE_STARTER: z
    .enum(['all', 'none'], 'must be all (the starter datasets) or none (the seed article alone)')
    .default('all'),
  /** How long to wait for the managed Neo4j to answer, in seconds; default 120. */
  ENTENTE_NEO4J_START_TIMEOUT: z.coerce.number().int().min(5).max(3600).default(120),
});

export interface Config {
  port: number;
  host: string;
  /** Extra Host header names to answer to, besides loopback's when bound to loopback. */
  allowedHosts: string[];
  development: boolean;
  /** 'all': an empty database gets the starter datasets (seed/starter/) after the seed; 'none': the seed alone. */
  starter: 'all' | 'none';
  /** GDELT 2.0's base URL (ends with '/'): masterfilelist.txt and the exports are below it. */
  gdeltBaseUrl: string;
  neo4j: {
    /** Set when the user points Entente at their own Neo4j. */
    uri: string | undefined;
    username: string;
    password: string | undefined;
    database: string | undefined;
  };
  managed: {
    dataDir: string;
    cacheDir: string;
    preferredPort: number;
    heap: string;
    pageCacheMb: number;
    startTimeoutMs: number;
  };
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads and validates the configuration; throws a ConfigError with a one-line message. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const variable = String(issue.path[0] ?? 'environment');
    const given = env[variable];
    const message = issue.message.startsWith(variable)
      ? issue.message
      : `${variable} ${issue.message}`;
    throw new ConfigError(`Invalid configuration: ${message} (got ${JSON.stringify(given)})`);
  }
  const e = parsed.data;
  const cacheHome = env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return {
    port: e.PORT,
    host: e.HOST,
    allowedHosts: (e.ENTENTE_ALLOWED_HOSTS ?? '')
      .split(',')
      .map((name) => name.trim().toLowerCase())
      .filter(Boolean),
    development: e.NODE_ENV === 'development',
    starter: e.ENTENTE_STARTER,
    gdeltBaseUrl: e.ENTENTE_GDELT_BASE_URL.endsWith('/')
      ? e.ENTENTE_GDELT_BASE_URL
      : `${e.ENTENTE_GDELT_BASE_URL}/`,
    neo4j: {
      uri: e.NEO4J_URI,
      username: e.NEO4J_USERNAME,
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE,
    },
    managed: {
      dataDir: path.resolve(e.ENTENTE_DATA_DIR ?? path.join(PROJECT_ROOT, '.entente', 'neo4j')),
      cacheDir: path.resolve(e.ENTENTE_CACHE_DIR ?? path.join(cacheHome, 'entente')),
      preferredPort: e.ENTENTE_NEO4J_PORT,
      heap: e.ENTENTE_NEO4J_HEAP,
      pageCacheMb: e.ENTENTE_NEO4J_PAGECACHE_MB,
      startTimeoutMs: e.ENTENTE_NEO4J_START_TIMEOUT * 1000,
    },
  };
}
