import { describe, expect, inject, it } from 'vitest';
import { Database } from '../../src/neo4j/database.ts';
import { applyMigrations, migrationStatements } from '../../src/neo4j/migrations.ts';

describe('migrations', () => {
  it('are idempotent: applying them again changes no constraint or index', async () => {
    const db = await Database.connect(inject('neo4j'));
    try {
      const schema = () =>
        db.read(async (tx) => {
          const indexes = await tx.run('SHOW INDEXES YIELD name, type, labelsOrTypes, properties, state RETURN * ORDER BY name');
          const constraints = await tx.run('SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties RETURN * ORDER BY name');
          return [...indexes.records, ...constraints.records].map((record) => record.toObject());
        });
      const before = await schema();
      await applyMigrations(db);
      expect(await schema()).toEqual(before);
      expect(before.map((entry) => entry.name)).toEqual(
        expect.arrayContaining(['claim_id', 'claim_text', 'actor_names', 'claim_map_id']),
      );
    } finally {
      await db.close();
    }
  });

  it('are all IF NOT EXISTS statements, or data statements that touch only what they have not set yet', () => {
    for (const statement of migrationStatements()) expect(statement).toMatch(/IF NOT EXISTS|WHERE \S+ IS NULL SET/);
  });
});
