/**
 * A fallback loader for maps that importMap fails to load (it ran out of the local Neo4j's heap when
 * that was 768 MiB): the same nodes and relationships, written in batches of plain CREATEs, each batch
 * its own transaction. The benchmark uses it only when importMap fails, and says so in its results,
 * so that the read operations can still be measured at that size. write-web.ts writes the web's
 * maps by the same statements, rows of many maps in one batch (writeManyDirectly).
 */
import type { Driver } from 'neo4j-driver';
import type { GeneratedMap } from './generate-map.ts';

/**
 * The statements, for the map id an expression gives: `$mapId` (one map a call) or `row.mapId` (rows
 * of many maps in one batch, as write-web.ts writes the web). The expression is one of these two
 * literals, never input.
 */
function statementsFor(mapId: '$mapId' | 'row.mapId') {
  return {
    claims: `UNWIND $rows AS row CREATE (:Claim {id: ${mapId} + ':' + row.id, key: row.id, mapId: ${mapId}, text: row.text, tags: row.tags})`,
    actors: `UNWIND $rows AS row CREATE (:Actor {id: ${mapId} + ':' + row.id, key: row.id, mapId: ${mapId}, name: row.name, kind: row.kind, aliases: [], aliasText: ''})`,
    inferences: `UNWIND $rows AS row
    MATCH (c:Claim {id: ${mapId} + ':' + row.conclusion})
    CREATE (i:Inference {id: ${mapId} + ':' + row.id, key: row.id, mapId: ${mapId}, scheme: row.scheme})-[:CONCLUDES]->(c)
    WITH i, row UNWIND row.premises AS premise
    MATCH (p:Claim {id: ${mapId} + ':' + premise}) CREATE (p)-[:PREMISE_OF]->(i)`,
    attacks: `UNWIND $rows AS row
    MATCH (attacker:Claim {id: ${mapId} + ':' + row.attacker})
    OPTIONAL MATCH (claim:Claim {id: ${mapId} + ':' + row.target}) WHERE row.kind = 'REBUT'
    OPTIONAL MATCH (inference:Inference {id: ${mapId} + ':' + row.target}) WHERE row.kind = 'UNDERCUT'
    CREATE (attacker)-[:ATTACKER_OF]->(a:Attack {id: ${mapId} + ':' + row.id, key: row.id, mapId: ${mapId}, kind: row.kind})
    WITH a, coalesce(claim, inference) AS target
    CREATE (a)-[:TARGETS]->(target)`,
    actorLinks: `UNWIND $rows AS row
    MATCH (actor:Actor {id: ${mapId} + ':' + row.actor}), (c:Claim {id: ${mapId} + ':' + row.claim})
    CALL (actor, c, row) {
      WITH actor, c, row WHERE row.kind = 'ASSERTS' CREATE (actor)-[:ASSERTS]->(c)
      UNION
      WITH actor, c, row WHERE row.kind = 'ABOUT' CREATE (actor)-[:ABOUT]->(c)
    }`,
  };
}

const oneMap = statementsFor('$mapId');
const manyMaps = statementsFor('row.mapId');
const parts = ['claims', 'actors', 'inferences', 'attacks', 'actorLinks'] as const;
const batch = 10_000;

/**
 * Inferences (rows {id, premises, conclusion, scheme?}) and attacks (rows {id, attacker, kind,
 * target}) as plain CREATEs; shared with bench/evaluate.bench-test.ts.
 */
export const createInferences = oneMap.inferences;
export const createAttacks = oneMap.attacks;

const mergeMap = `UNWIND $maps AS map
  MERGE (m:Map {id: map.id}) SET m.title = map.title, m.description = map.description, m.createdAt = datetime(), m.updatedAt = datetime()`;

export async function writeDirectly(driver: Driver, generated: GeneratedMap): Promise<void> {
  const { document } = generated;
  const mapId = document.map.id;
  await driver.executeQuery(mergeMap, { maps: [document.map] });
  for (const part of parts) {
    const rows: unknown[] = document[part].map((row) => ({ scheme: null, ...row }));
    for (let start = 0; start < rows.length; start += batch) {
      await driver.executeQuery(oneMap[part], { mapId, rows: rows.slice(start, start + batch) });
    }
  }
}

/** Many maps at once: each part's rows of every map in the same batches (10,000 rows each). */
export async function writeManyDirectly(driver: Driver, maps: GeneratedMap[]): Promise<void> {
  await driver.executeQuery(mergeMap, { maps: maps.map(({ document }) => document.map) });
  for (const part of parts) {
    const rows: unknown[] = maps.flatMap(({ document }) =>
      document[part].map((row) => ({ scheme: null, ...row, mapId: document.map.id })),
    );
    for (let start = 0; start < rows.length; start += batch) {
      await driver.executeQuery(manyMaps[part], { rows: rows.slice(start, start + batch) });
    }
  }
}
