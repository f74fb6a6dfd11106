// A command that uses the managed Neo4j of ENTENTE_DATA_DIR until its stdin closes, as an
// import does while it runs: prints "HOLDING <java pid> <owned>" once connected.
import { loadConfig } from '../../db/config.ts';
import { ensureManagedNeo4j } from '../../db/managed/managed-neo4j.ts';

const managed = await ensureManagedNeo4j({ ...loadConfig().managed, log: () => {} });
console.log(`HOLDING ${managed.pid} ${managed.owned}`);
process.stdin.resume();
process.stdin.on('end', () => {
  void managed.stop().then(() => process.exit(0));
});
