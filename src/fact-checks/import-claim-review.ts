/**
 * importClaimReview: each ClaimReview of a document becomes a FactCheck on a claim — the claim
 * given, or else the best matchClaims hit on its `claimReviewed` scoring at least `matchThreshold`
 * (reported either way; nothing is stored for a review without such a hit). The whole document is
 * read and checked before anything is written, and every review is stored in ONE transaction.
 */
import { createHash } from 'node:crypto';
import { matchClaimsIn } from '../claims/match-claims.ts';
import type {
  FactCheckRecord,
  ImportClaimReviewRecord,
  ImportedClaimReviewRecord,
} from '../graphql/records/fact-check-record.ts';
import type { Database, QueryScope } from '../neo4j/database.ts';
import { defineQuery } from '../neo4j/query.ts';
import { NotFoundError } from '../shared/errors.ts';
import { type ClaimReview, readClaimReviews } from './read-claim-review.ts';

/**
 * The matchClaims score a hit needs: textScore + shared actors ≥ 0.5 means, for a text without
 * actors, that at least half the two texts' content words are shared (Dice) — a paraphrase, not
 * a claim on the same topic.
 */
export const matchThreshold = 0.5;

type StoredCheck = Omit<FactCheckRecord, 'id'> & { id: string };
const claimExists = defineQuery<{ id: string }, { found: boolean }>('claims/claim-exists');
const storeFactChecks = defineQuery<{ checks: StoredCheck[] }, { factCheck: FactCheckRecord }>('fact-checks/store-fact-checks');

export interface ImportClaimReviewArgs {
  document: unknown;
  claimId?: string | null;
  maps?: readonly string[] | null;
}

export async function importClaimReview(
  db: Database,
  scope: QueryScope,
  args: ImportClaimReviewArgs,
): Promise<ImportClaimReviewRecord> {
  const { reviews, ignored } = readClaimReviews(args.document);
  const claimId = args.claimId ?? null;
  return db.write(async (tx) => {
    if (claimId !== null && !(await claimExists.run({ id: claimId }, tx))[0]?.found) {
      throw new NotFoundError('claimId', claimId, 'claim');
    }
    const outcomes: ImportedClaimReviewRecord[] = [];
    const checks: StoredCheck[] = [];
    for (const review of reviews) {
      const outcome = { path: review.path, claimReviewed: review.claimReviewed, rating: review.rating, factCheck: null };
      if (claimId !== null) {
        outcomes.push({ ...outcome, attachedBy: 'GIVEN', bestMatch: null, matchScore: null });
        checks.push(factCheckOf(review, claimId));
        continue;
      }
      const [best] = await matchClaimsIn(tx, scope, { text: review.claimReviewed, maps: args.maps, first: 1 });
      const attached = best !== undefined && best.score >= matchThreshold;
      outcomes.push({
        ...outcome,
        attachedBy: attached ? 'MATCHED' : 'NONE',
        bestMatch: best?.claim ?? null,
        matchScore: best?.score ?? null,
      });
      if (attached) checks.push(factCheckOf(review, best.claim.id));
    }
    const stored = checks.length > 0 ? await storeFactChecks.run({ checks }, tx) : [];
    // Stored in the order of `checks`, which is the order of the attached outcomes.
    let next = 0;
    for (const outcome of outcomes) if (outcome.attachedBy !== 'NONE') outcome.factCheck = stored[next++]!.factCheck;
    return { reviews: outcomes, ignored, threshold: matchThreshold };
  }, scope);
}

function factCheckOf(review: ClaimReview, claimId: string): StoredCheck {
  return {
    id: createHash('sha256').update(`${claimId}\n${review.document}`).digest('base64url').slice(0, 22),
    claimId,
    rating: review.rating,
    ratingValue: review.ratingValue,
    bestRating: review.bestRating,
    worstRating: review.worstRating,
    ratingText: review.alternateName,
    claimReviewed: review.claimReviewed,
    author: review.author,
    itemAuthor: review.itemAuthor,
    appearance: review.appearance,
    datePublished: review.datePublished,
    url: review.url,
    document: review.document,
  };
}
