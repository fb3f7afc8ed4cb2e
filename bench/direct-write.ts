/**
 * A fallback loader for maps that importMap fails to load (it ran out of the local Neo4j's heap when
 * that was 768 MiB): the same nodes and relationships, written in batches of plain CREATEs, each batch
 * its own transaction. The benchmark uses it only when importMap fails, and says so in its results,
 * so that the read operations can still be measured at that size.
 */
import type { Driver } from 'neo4j-driver';
import type { GeneratedMap } from './generate-map.ts';

/**
 * Inferences (rows {id, premises, conclusion, scheme?}) and attacks (rows {id, attacker, kind,
 * target}) as plain CREATEs; shared with bench/evaluate.bench-test.ts.
 */
export const createInferences = `UNWIND $rows AS row
    MATCH (c:Claim {id: $mapId + ':' + row.conclusion})
    CREATE (i:Inference {id: $mapId + ':' + row.id, key: row.id, mapId: $mapId, scheme: row.scheme})-[:CONCLUDES]->(c)
    WITH i, row UNWIND row.premises AS premise
    MATCH (p:Claim {id: $mapId + ':' + premise}) CREATE (p)-[:PREMISE_OF]->(i)`;
export const createAttacks = `UNWIND $rows AS row
    MATCH (attacker:Claim {id: $mapId + ':' + row.attacker})
    OPTIONAL MATCH (claim:Claim {id: $mapId + ':' + row.target}) WHERE row.kind = 'REBUT'
    OPTIONAL MATCH (inference:Inference {id: $mapId + ':' + row.target}) WHERE row.kind = 'UNDERCUT'
    CREATE (attacker)-[:ATTACKER_OF]->(a:Attack {id: $mapId + ':' + row.id, key: row.id, mapId: $mapId, kind: row.kind})
    WITH a, coalesce(claim, inference) AS target
    CREATE (a)-[:TARGETS]->(target)`;

const writes = {
  claims: `UNWIND $rows AS row CREATE (:Claim {id: $mapId + ':' + row.id, key: row.id, mapId: $mapId, text: row.text, tags: row.tags})`,
  actors: `UNWIND $rows AS row CREATE (:Actor {id: $mapId + ':' + row.id, key: row.id, mapId: $mapId, name: row.name, kind: row.kind, aliases: [], aliasText: ''})`,
  inferences: createInferences,
  attacks: createAttacks,
  actorLinks: `UNWIND $rows AS row
    MATCH (actor:Actor {id: $mapId + ':' + row.actor}), (c:Claim {id: $mapId + ':' + row.claim})
    CALL (actor, c, row) {
      WITH actor, c, row WHERE row.kind = 'ASSERTS' CREATE (actor)-[:ASSERTS]->(c)
      UNION
      WITH actor, c, row WHERE row.kind = 'ABOUT' CREATE (actor)-[:ABOUT]->(c)
    }`,
};

export async function writeDirectly(driver: Driver, generated: GeneratedMap): Promise<void> {
  const { document } = generated;
  const mapId = document.map.id;
  await driver.executeQuery(
    `MERGE (m:Map {id: $mapId}) SET m.title = $title, m.description = $description, m.createdAt = datetime(), m.updatedAt = datetime()`,
    { mapId, title: document.map.title, description: document.map.description },
  );
  for (const part of ['claims', 'actors', 'inferences', 'attacks', 'actorLinks'] as const) {
    const rows: unknown[] = document[part].map((row) => ({ scheme: null, ...row }));
    for (let start = 0; start < rows.length; start += 10_000) {
      await driver.executeQuery(writes[part], { mapId, rows: rows.slice(start, start + 10_000) });
    }
  }
}
