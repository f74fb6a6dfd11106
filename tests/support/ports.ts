// Ports for the managed Neo4j servers that tests start themselves.
/**
 * A Bolt port for a managed Neo4j that a test starts itself: ENTENTE_TEST_PORT_BASE (default
 * 17687) plus an offset per use, so that test runs in two checkouts at once do not race for
 * the same ports.
 */
export function testPort(offset: number): number {
  return Number(process.env.ENTENTE_TEST_PORT_BASE ?? 17687) + offset;
}
