/**
 * dependentClaims asked of an entity: the claims, in the chosen maps, whose support rests on a claim
 * linked to any of the entity's actors, following support inside maps and hopping between maps
 * through same-claim links (cypher/actors/entity-dependent-claims.cypher). One Cypher round trip
 * per page, plus the count when `totalCount` is selected, plus an existence check only when a page
 * comes back empty (no dependents, or no such entity).
 *
 * The maps asked in are `maps` (all when absent) cut down to those the caller may read: a map the
 * caller may not read is treated as one that does not exist, so naming it tells nothing.
 */
import type { ActorLinkKind } from '../graphql/resolvers-types.generated.ts';
import type { ActorRecord } from '../graphql/records/actor-record.ts';
import type { ClaimRecord } from '../graphql/records/claim-record.ts';
import type { MapRecord } from '../graphql/records/map-record.ts';
import type { InferenceRecord } from '../graphql/records/inference-record.ts';
import type { DependentClaimPage } from '../graphql/records/page-record.ts';
import type { Database, QueryScope } from '../neo4j/database.ts';
import { defineQuery } from '../neo4j/query.ts';
import { BadUserInputError, NotFoundError } from '../shared/errors.ts';
import { encodeOffsetCursor, pageWindow, type CursorScope } from '../shared/offset-cursor.ts';
import { checkDepth } from '../shared/ranges.ts';

type Counted = { entityId: string; mapIds: string[] | null; via: ActorLinkKind[]; maxDepth: number };
const entityDependentClaimsQuery = defineQuery<
  Counted & { skip: number; limit: number; claimProperties: string[] },
  {
    actor: ActorRecord;
    map: MapRecord;
    link: ActorLinkKind;
    distance: number;
    chainClaims: ClaimRecord[];
    chainInferences: (InferenceRecord | null)[];
  }
>('actors/entity-dependent-claims');
const countEntityDependentClaims = defineQuery<Counted, { total: number }>('actors/count-entity-dependent-claims');
const entityExistsQuery = defineQuery<{ id: string }, { found: boolean }>('actors/entity-exists');

export interface EntityDependenceArgs {
  entityId: string;
  maps?: readonly string[] | null;
  via?: ActorLinkKind[] | null;
  maxDepth?: number | null;
  first?: number | null;
  after?: string | null;
  /** The maps the caller may read; null: every map. */
  readableMaps: readonly string[] | null;
  claimProperties: string[];
  withTotal: boolean;
}

export async function entityDependentClaims(
  db: Database,
  scope: QueryScope,
  args: EntityDependenceArgs,
): Promise<DependentClaimPage> {
  const via = [...new Set<ActorLinkKind>(args.via ?? ['ASSERTS', 'ABOUT'])].sort();
  if (via.length === 0) throw new BadUserInputError('via', 'must name at least one link kind');
  if (args.maps?.length === 0) throw new BadUserInputError('maps', 'must name at least one map (or be left out for all)');
  const counted: Counted = {
    entityId: args.entityId,
    mapIds: askedMaps(args.maps ?? null, args.readableMaps),
    via,
    maxDepth: checkDepth(args.maxDepth ?? 6, 'maxDepth', 0),
  };
  const cursorScope: CursorScope = { connection: 'dependentClaims', args: { ...counted } };
  const { offset, first } = pageWindow(cursorScope, args.first, args.after);
  const params = { ...counted, skip: offset, limit: first + 1, claimProperties: args.claimProperties };
  const { rows, totalCount } = await db.read(async (tx) => {
    const rows = await entityDependentClaimsQuery.run(params, tx);
    if (rows.length === 0 && !(await entityExistsQuery.run({ id: args.entityId }, tx))[0]?.found) {
      throw new NotFoundError('entityId', args.entityId, 'entity');
    }
    const totalCount = args.withTotal ? ((await countEntityDependentClaims.run(counted, tx))[0]?.total ?? 0) : null;
    return { rows, totalCount };
  }, scope);
  return {
    items: rows.slice(0, first).map((row) => ({
      claim: row.chainClaims.at(-1)!,
      map: row.map,
      actor: row.actor,
      link: row.link,
      distance: row.distance,
      chain: { claims: row.chainClaims, inferences: row.chainInferences, end: null },
    })),
    offset,
    hasNextPage: rows.length > first,
    totalCount,
    cursorAt: (at) => encodeOffsetCursor(cursorScope, at),
  };
}

/** The chosen maps the caller may read, sorted (the cursor digest sees the same list each time); null: all. */
function askedMaps(chosen: readonly string[] | null, readable: readonly string[] | null): string[] | null {
  if (chosen === null) return readable === null ? null : [...readable].sort();
  return [...new Set(chosen)].filter((id) => readable === null || readable.includes(id)).sort();
}
