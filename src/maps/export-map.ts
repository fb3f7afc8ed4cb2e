/**
 * A stored map as an `argmap/map@1` document: what importMap takes, so exporting then importing
 * gives the same map. Every other export format is converted from this document.
 */
import type { Database, QueryScope } from '../neo4j/database.ts';
import { defineQuery } from '../neo4j/query.ts';
import { NotFoundError } from '../shared/errors.ts';
import type { MapDocument } from './map-document.ts';
import { readSameClaimsOfMap } from '../same-claims/document-same-claims.ts';

type StoredClaim = {
  id: string;
  text: string;
  tags: string[] | null;
  quoteText: string | null;
  quoteStart: number | null;
  quoteEnd: number | null;
};
type ExportRow = Omit<Required<MapDocument>, 'format' | 'claims' | 'map'> & {
  map: { id: string; title: string; description: string | null };
  source: NonNullable<MapDocument['map']['source']> | null;
  claims: StoredClaim[];
};

const exportMapQuery = defineQuery<{ mapId: string }, ExportRow>('maps/export-map');

/** `readableMaps`: the maps whose claims `claims[].sameAs` may name (the caller's; null: all). */
export async function exportMapDocument(
  db: Database,
  scope: QueryScope,
  mapId: string,
  readableMaps: readonly string[] | null = null,
): Promise<MapDocument> {
  const [row, sameAs] = await db.read(
    async (tx) => [(await exportMapQuery.run({ mapId }, tx))[0], await readSameClaimsOfMap(tx, mapId, readableMaps)] as const,
    scope,
  );
  if (!row) throw new NotFoundError('mapId', mapId, 'map');
  return {
    format: 'argmap/map@1',
    map: { ...row.map, source: row.source },
    // An actor's entity: left out when it has none, its empty lists left out, so older documents export as before.
    actors: row.actors.map(({ entity, ...actor }) => ({ ...actor, ...(entity ? { entity: withoutEmpty(entity) } : {}) })),
    claims: row.claims.map(({ quoteText, quoteStart, quoteEnd, tags, ...claim }) => ({
      ...claim,
      tags: tags ?? [],
      ...(quoteText != null && quoteStart != null && quoteEnd != null
        ? { quote: { text: quoteText, start: quoteStart, end: quoteEnd } }
        : {}),
      // Same-claim links: left out when there are none, so older documents export as before.
      ...(sameAs.has(claim.id) ? { sameAs: sameAs.get(claim.id) } : {}),
    })),
    // Answers to critical questions: left out when there are none, so older documents export as before.
    inferences: row.inferences.map(({ answers, ...inference }) => ({
      ...withoutNulls(inference),
      ...(answers?.length ? { answers } : {}),
    })),
    attacks: row.attacks.map(withoutNulls),
    actorLinks: row.actorLinks,
    // Optional parts added within argmap/map@1: left out when empty, so older documents export as before.
    ...(row.rephrases.length ? { rephrases: row.rephrases.map(withoutNulls) } : {}),
    ...(row.preferences.length ? { preferences: row.preferences.map(withoutNulls) } : {}),
  };
}

/** Leaves out empty lists (an entity without aliases or sameAs IRIs). */
function withoutEmpty<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => !(Array.isArray(field) && field.length === 0))) as T;
}

/** Leaves out absent optional fields (a null scheme, say) rather than writing them as null. */
function withoutNulls<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== null)) as T;
}
