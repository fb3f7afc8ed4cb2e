/**
 * Storage the fact-check tests need that other branches' mutations will write (entities, same-claim
 * classes; see /work/notes/web-model.md), written here directly as that contract stores it, with
 * parameterised Cypher through the driver. Also a map of claims with chosen texts, made through
 * the API (importMap) as other tests make theirs. Replace the direct writes with the mutations
 * (linkActorToEntity, linkSameClaim) once they are merged.
 */
import { randomBytes } from 'node:crypto';
import { type TestApi, uniqueMapId } from './api.ts';

export interface TextMap {
  mapId: string;
  id: (key: string) => string;
}

/**
 * A map whose claims have the texts given (`{ key: text }`), with `lines` as in map-builder
 * (`a > c`, `ann asserts a`; actors are named by their key, e.g. `putin`, or by `names`).
 */
export async function textMap(
  api: TestApi,
  purpose: string,
  texts: Record<string, string>,
  lines: readonly string[] = [],
  names: Record<string, string> = {},
): Promise<TextMap> {
  const mapId = uniqueMapId(purpose);
  const inferences: { id: string; premises: string[]; conclusion: string }[] = [];
  const actorLinks: { actor: string; claim: string; kind: string }[] = [];
  const actors = new Set<string>();
  for (const line of lines) {
    const [left, verb, right] = line.split(/\s+/) as [string, string, string];
    if (verb === '>')
      inferences.push({ id: `${left.replaceAll('+', '.')}-${right}`, premises: left.split('+'), conclusion: right });
    else if (verb === 'asserts' || verb === 'about') {
      const [actor, claim] = verb === 'asserts' ? [left, right] : [right, left];
      actors.add(actor);
      actorLinks.push({ actor, claim, kind: verb === 'asserts' ? 'ASSERTS' : 'ABOUT' });
    } else throw new Error(`textMap: cannot read "${line}"`);
  }
  await api.ok(`mutation($document: JSONObject!) { importMap(document: $document) { created } }`, {
    document: {
      format: 'argmap/map@1',
      map: { id: mapId, title: `Test map ${mapId}` },
      actors: [...actors].map((id) => ({ id, name: names[id] ?? id, kind: 'PERSON' })),
      claims: Object.entries(texts).map(([id, text]) => ({ id, text })),
      inferences,
      attacks: [],
      actorLinks,
    },
  });
  return { mapId, id: (key) => `${mapId}:${key}` };
}

/** Links actors to one new entity, as linkActorToEntity will: `(:Actor)-[:REFERS_TO]->(:Entity)`. */
export async function linkToNewEntity(api: TestApi, actorIds: readonly string[]): Promise<string> {
  const entityId = `t-entity-${randomBytes(4).toString('hex')}`;
  await api.db.write(async (tx) => {
    await tx.run(
      `CREATE (e:Entity {id: $entityId, name: $entityId, aliases: [], aliasText: '', kind: 'PERSON', sameAs: [], names: [$entityId]})
       WITH e UNWIND $actorIds AS actorId MATCH (a:Actor {id: actorId}) CREATE (a)-[:REFERS_TO]->(e)`,
      { entityId, actorIds },
    );
  });
  return entityId;
}

/** Makes claims of different maps one same-claim class, as linkSameClaim will: SAME_AS links and a Proposition. */
export async function sameClaims(api: TestApi, claimIds: readonly string[]): Promise<string> {
  const propositionId = `t-proposition-${randomBytes(4).toString('hex')}`;
  await api.db.write(async (tx) => {
    await tx.run(
      `CREATE (p:Proposition {id: $propositionId})
       WITH p UNWIND range(0, size($claimIds) - 1) AS i
       MATCH (c:Claim {id: $claimIds[i]}) CREATE (c)-[:STATES]->(p)
       WITH p, c, i WHERE i > 0
       MATCH (first:Claim {id: $claimIds[0]}) CREATE (first)-[:SAME_AS {note: 'test', at: datetime()}]->(c)`,
      { propositionId, claimIds },
    );
  });
  return propositionId;
}
