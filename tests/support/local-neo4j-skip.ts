/**
 * Tests of the local Neo4j path (the Java launcher) cannot run where Java or Maven is missing.
 * Such a run says so in its output, with the reason, rather than only counting skipped tests; and
 * under CI (`CI` set) it fails instead, because a CI machine without them would never test that
 * path and nobody would notice.
 */
export function skipWithoutLocalNeo4j(suite: string, unavailable: string | undefined): boolean {
  if (unavailable === undefined) return false;
  if (process.env.CI) throw new Error(`${suite} cannot run on this CI machine: ${unavailable}`);
  console.warn(`[skipped] ${suite}: ${unavailable}`);
  return true;
}
