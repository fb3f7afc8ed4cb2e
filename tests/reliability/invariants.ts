/** The graph's invariants (invariants.cypher) as one call: every list empty means the map is sound. */
import type { Database } from '../../src/neo4j/database.ts';
import { defineQuery } from '../../src/neo4j/query.ts';

export interface Violations {
  danglingInferences: string[];
  danglingAttacks: string[];
  duplicateIds: string[];
  foreignIds: string[];
}

export const sound: Violations = { danglingInferences: [], danglingAttacks: [], duplicateIds: [], foreignIds: [] };

const invariantsQuery = defineQuery<{ mapId: string }, Violations>('../tests/reliability/invariants');

export async function violations(db: Database, mapId: string): Promise<Violations> {
  const [row] = await db.read((tx) => invariantsQuery.run({ mapId }, tx));
  return row!;
}
