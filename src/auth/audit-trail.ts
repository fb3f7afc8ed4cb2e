/** Reads of the audit trail that `Database.write` keeps (cypher/auth/append-audit-entry.cypher). */
import type { Database, QueryScope } from '../neo4j/database.ts';
import { defineQuery } from '../neo4j/query.ts';
import { checkRange } from '../shared/ranges.ts';

export interface AuditEntryRecord {
  id: string;
  at: string;
  actor: string;
  role: string;
  operation: string;
  requestId: string | null;
}

const auditTrailQuery = defineQuery<{ mapId: string; first: number }, { entry: AuditEntryRecord }>('auth/audit-trail');

export async function auditTrail(db: Database, scope: QueryScope, mapId: string, first: number): Promise<AuditEntryRecord[]> {
  checkRange(first, 'first', 1, 100);
  const rows = await db.read((tx) => auditTrailQuery.run({ mapId, first }, tx), scope);
  return rows.map((row) => row.entry);
}
