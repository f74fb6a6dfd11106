// Obtains Neo4j Community through Maven (once, cached outside the repository) and compiles the
// launcher class beside it. Every later start reuses the cache and needs neither Maven nor a
// network.
import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findMaven, PrerequisiteError } from './prerequisites.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const POM = path.join(HERE, 'pom.xml');
const LAUNCHER_SOURCE = path.join(HERE, 'Launcher.java');

/** The Neo4j version pinned in pom.xml (the newest 5.26 LTS release). */
export const NEO4J_VERSION = /<neo4j\.version>([^<]+)</.exec(fs.readFileSync(POM, 'utf8'))![1]!;

export interface Distribution {
  /** Classpath for `java -cp`: the compiled launcher and every Neo4j jar. */
  classpath: string;
  /** True when this call downloaded the jars (first run). */
  downloaded: boolean;
}

export function ensureDistribution(
  cacheDir: string,
  java: string,
  log: (line: string) => void,
): Distribution {
  const home = path.join(cacheDir, `neo4j-${NEO4J_VERSION}`);
  const jars = path.join(home, 'jars');
  let downloaded = false;
  if (!fs.existsSync(path.join(jars, '.complete'))) {
    downloadJars(home, jars, log);
    downloaded = true;
  }
  const classes = compileLauncher(home, java, jars);
  return { classpath: `${classes}${path.delimiter}${path.join(jars, '*')}`, downloaded };
}

function downloadJars(home: string, jars: string, log: (line: string) => void): void {
  const mvn = findMaven();
  fs.mkdirSync(home, { recursive: true });
  // Download into a private folder and rename it into place, so a concurrent or interrupted
  // download never leaves a half-filled jars folder behind.
  const work = path.join(home, `download-${process.pid}-${randomBytes(4).toString('hex')}`);
  fs.mkdirSync(work);
  fs.copyFileSync(POM, path.join(work, 'pom.xml'));
  log(`Downloading Neo4j ${NEO4J_VERSION} from Maven Central (about 125 MB, once) into ${home}`);
  const started = Date.now();
  const result = spawnSync(
    mvn,
    ['-q', '-B', 'dependency:copy-dependencies', `-DoutputDirectory=${path.join(work, 'jars')}`],
    { cwd: work, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
  if (result.status !== 0) {
    fs.rmSync(work, { recursive: true, force: true });
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`
      .trim()
      .split('\n')
      .slice(-15)
      .join('\n');
    throw new PrerequisiteError(
      `Maven could not download Neo4j ${NEO4J_VERSION} (exit ${result.status}). Check access to ` +
        `Maven Central, or set NEO4J_URI to use an existing Neo4j.\n${output}`,
    );
  }
  fs.writeFileSync(path.join(work, 'jars', '.complete'), `${new Date().toISOString()}\n`);
  try {
    fs.renameSync(path.join(work, 'jars'), jars);
  } catch (error) {
    // Another process finished the same download first; its copy is as good as ours.
    if (!fs.existsSync(path.join(jars, '.complete'))) throw error;
  }
  fs.rmSync(work, { recursive: true, force: true });
  log(`Downloaded Neo4j ${NEO4J_VERSION} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** Compiles Launcher.java once per version of its source (keyed by hash). */
function compileLauncher(home: string, java: string, jars: string): string {
  const source = fs.readFileSync(LAUNCHER_SOURCE);
  const hash = createHash('sha256').update(source).digest('hex').slice(0, 12);
  const classes = path.join(home, `launcher-${hash}`);
  if (fs.existsSync(path.join(classes, 'Launcher.class'))) return classes;
  // javac sits beside java in a JDK; a bare `java` from PATH pairs with `javac` from PATH.
  const javac = java === 'java' ? 'javac' : path.join(path.dirname(java), 'javac');
  const work = `${classes}.tmp-${process.pid}`;
  fs.mkdirSync(work, { recursive: true });
  const result = spawnSync(
    javac,
    ['-nowarn', '-cp', path.join(jars, '*'), '-d', work, LAUNCHER_SOURCE],
    { encoding: 'utf8' },
  );
  if (result.status !== 0) {
    fs.rmSync(work, { recursive: true, force: true });
    throw new PrerequisiteError(
      result.error
        ? `Could not run ${javac}: the managed Neo4j needs a JDK 17+ (with javac), not only a JRE ` +
            `(Debian/Ubuntu: apt-get install openjdk-17-jdk-headless), or set NEO4J_URI.`
        : `Could not compile the Neo4j launcher:\n${result.stderr}`,
    );
  }
  try {
    fs.renameSync(work, classes);
  } catch {
    fs.rmSync(work, { recursive: true, force: true });
  }
  return classes;
}
