// Finds Java and Maven for the managed Neo4j and says plainly what to install when one is missing.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

export const MIN_JAVA_VERSION = 17;

/** A missing or unusable prerequisite; the message is meant for the user as it is. */
export class PrerequisiteError extends Error {
  override name = 'PrerequisiteError';
}

const ALTERNATIVE =
  'or point Entente at an existing Neo4j 5 with NEO4J_URI (and NEO4J_USERNAME, NEO4J_PASSWORD).';

/** The java executable: $JAVA_HOME/bin/java when JAVA_HOME is set, else `java` on PATH. */
export function findJava(env: NodeJS.ProcessEnv = process.env): string {
  const java = env.JAVA_HOME ? path.join(env.JAVA_HOME, 'bin', 'java') : 'java';
  const probe = spawnSync(java, ['-version'], { env, encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new PrerequisiteError(
      `Java ${MIN_JAVA_VERSION} or newer is needed to run the managed Neo4j, and no java was found` +
        `${env.JAVA_HOME ? ` in JAVA_HOME (${env.JAVA_HOME})` : ' on PATH'}. Install a JDK ` +
        `${MIN_JAVA_VERSION}+ (Debian/Ubuntu: apt-get install openjdk-17-jdk-headless), ${ALTERNATIVE}`,
    );
  }
  const major = parseJavaMajor(probe.stderr);
  if (major !== undefined && major < MIN_JAVA_VERSION) {
    throw new PrerequisiteError(
      `The managed Neo4j needs Java ${MIN_JAVA_VERSION} or newer, but ${java} is Java ${major}. ` +
        `Install Java ${MIN_JAVA_VERSION}+ and set JAVA_HOME to it, ${ALTERNATIVE}`,
    );
  }
  return java;
}

/** `java -version` prints e.g. `openjdk version "17.0.15"` or `java version "1.8.0_392"`. */
export function parseJavaMajor(versionOutput: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!match) return undefined;
  const first = Number(match[1]);
  return first === 1 ? Number(match[2]) : first;
}

/** The mvn executable on PATH, needed once to download Neo4j into the cache. */
export function findMaven(env: NodeJS.ProcessEnv = process.env): string {
  const probe = spawnSync('mvn', ['-v'], { env, encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new PrerequisiteError(
      'Maven is needed once, to download Neo4j from Maven Central into the cache, and no mvn was ' +
        `found on PATH. Install Maven 3.6+ (Debian/Ubuntu: apt-get install maven), ${ALTERNATIVE}`,
    );
  }
  return 'mvn';
}
