/**
 * matchClaims: claims of other maps that may state the same as a text or a claim. Suggestions
 * only; nothing is linked. The full-text index (claim_text) picks the candidates, at least 50 of
 * them, in one round trip (cypher/claims/match-claims.cypher); each is then scored here:
 *
 *   textScore    = Dice coefficient of the two texts' distinct content words (word-keys.ts), 0..1
 *   sharedActors = actors of the candidate that are also actors of the source claim (linked to the
 *                  same entity, or of the same normalised name); 0 for the text form
 *   score        = textScore + 0.1 × min(sharedActors, 3)
 *
 * Candidates scoring 0 are left out. Ranked by score, then by the full-text (BM25) score, then by claim id. A bounded score rather
 * than BM25 itself, because BM25 depends on the corpus and the query's length, so no threshold
 * (importClaimReview's) could mean the same from one database to the next.
 */
import type { ClaimRecord } from '../graphql/records/claim-record.ts';
import type { MapRecord } from '../graphql/records/map-record.ts';
import type { ClaimMatchRecord } from '../graphql/records/claim-match-record.ts';
import type { Database, QueryScope } from '../neo4j/database.ts';
import { defineQuery, type QueryRunner } from '../neo4j/query.ts';
import { BadUserInputError, NotFoundError } from '../shared/errors.ts';
import { toLiteralLuceneQuery } from '../shared/lucene.ts';
import { checkRange } from '../shared/ranges.ts';
import { normaliseName } from '../shared/normalise-name.ts';
import { dice, wordKeys } from './word-keys.ts';

interface ActorRef {
  name: string;
  entityId: string | null;
}

const matchClaimsQuery = defineQuery<
  {
    search: string | null;
    claimId: string | null;
    maps: readonly string[] | null;
    mapIds: readonly string[] | null;
    candidates: number;
  },
  {
    found: boolean;
    sourceText: string | null;
    sourceActors: ActorRef[];
    candidates: { claim: ClaimRecord; map: MapRecord; fullTextScore: number; actors: ActorRef[] }[];
  }
>('claims/match-claims');

/** Weight of each shared actor in `score`, and how many count. */
export const sharedActorWeight = 0.1;
export const maxSharedActors = 3;

export interface MatchArgs {
  text?: string | null;
  claimId?: string | null;
  maps?: readonly string[] | null;
  first?: number | null;
}

/** The best candidates, best first; NOT_FOUND for an unknown claimId. */
export async function matchClaims(db: Database, scope: QueryScope, args: MatchArgs): Promise<ClaimMatchRecord[]> {
  return db.read((tx) => matchClaimsIn(tx, scope, args), scope);
}

/** matchClaims inside a transaction the caller holds (importClaimReview matches in its write). */
export async function matchClaimsIn(
  tx: QueryRunner,
  scope: QueryScope,
  { text, claimId, maps, first }: MatchArgs,
): Promise<ClaimMatchRecord[]> {
  if ((text == null) === (claimId == null)) throw new BadUserInputError('text', 'give exactly one of text and claimId');
  const limit = checkRange(first ?? 10, 'first', 1, 100);
  const trimmed = text?.trim();
  if (trimmed === '') throw new BadUserInputError('text', 'must not be empty');
  const search = trimmed === undefined ? null : toLiteralLuceneQuery(trimmed, 'text');
  const [row] = await matchClaimsQuery.run(
    {
      search,
      claimId: claimId ?? null,
      maps: maps ?? null,
      mapIds: scope.readableMaps ?? null,
      candidates: Math.max(50, 5 * limit),
    },
    tx,
  );
  if (!row || (claimId != null && !row.found)) throw new NotFoundError('claimId', String(claimId), 'claim');
  const sourceWords = wordKeys(text ?? row.sourceText ?? '');
  const sourceActors = row.sourceActors;
  return (
    row.candidates
      .map(({ claim, map, fullTextScore, actors }) => {
        const textScore = dice(sourceWords, wordKeys(claim.text));
        const sharedActors = actors.filter((actor) => sourceActors.some((source) => sameActor(actor, source))).length;
        const score = textScore + sharedActorWeight * Math.min(sharedActors, maxSharedActors);
        return { claim, map, score, textScore, fullTextScore, sharedActors };
      })
      // Nothing in common but stop words: no suggestion.
      .filter((match) => match.score > 0)
      .sort((a, b) => b.score - a.score || b.fullTextScore - a.fullTextScore || (a.claim.id < b.claim.id ? -1 : 1))
      .slice(0, limit)
  );
}

/** Linked to the same entity, or of the same normalised name. */
function sameActor(a: ActorRef, b: ActorRef): boolean {
  return (a.entityId !== null && a.entityId === b.entityId) || normaliseName(a.name) === normaliseName(b.name);
}
