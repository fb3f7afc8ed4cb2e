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
import type { DependentClaimPage } from '../graphql/records/page-record.ts';
import type { Database, QueryScope } from '../neo4j/database.ts';
import { defineDepthQuery, defineQuery } from '../neo4j/query.ts';
import { BadUserInputError, NotFoundError } from '../shared/errors.ts';
import { checkDepth } from '../shared/ranges.ts';
import { linkKinds, readDependencePage, type DependenceRow, type PageParams } from './dependence-page.ts';

type Counted = { entityId: string; mapIds: string[] | null; via: ActorLinkKind[]; maxDepth: number };
const entityDependentClaimsQuery = defineDepthQuery<Counted & PageParams, DependenceRow>('actors/entity-dependent-claims');
const countEntityDependentClaims = defineDepthQuery<Counted, { total: number }>('actors/count-entity-dependent-claims');
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

export function entityDependentClaims(db: Database, scope: QueryScope, args: EntityDependenceArgs): Promise<DependentClaimPage> {
  if (args.maps?.length === 0) throw new BadUserInputError('maps', 'must name at least one map (or be left out for all)');
  const counted: Counted = {
    entityId: args.entityId,
    mapIds: askedMaps(args.maps ?? null, args.readableMaps),
    via: linkKinds(args.via),
    maxDepth: checkDepth(args.maxDepth ?? 6, 'maxDepth', 0),
  };
  return readDependencePage(db, scope, counted, args, {
    page: entityDependentClaimsQuery,
    count: countEntityDependentClaims,
    checkExists: async (tx) => {
      if (!(await entityExistsQuery.run({ id: args.entityId }, tx))[0]?.found)
        throw new NotFoundError('entityId', args.entityId, 'entity');
    },
  });
}

/** The chosen maps the caller may read, sorted (the cursor digest sees the same list each time); null: all. */
function askedMaps(chosen: readonly string[] | null, readable: readonly string[] | null): string[] | null {
  if (chosen === null) return readable === null ? null : [...readable].sort();
  return [...new Set(chosen)].filter((id) => readable === null || readable.includes(id)).sort();
}
