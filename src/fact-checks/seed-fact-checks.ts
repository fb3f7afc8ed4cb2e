/**
 * The seed's fact-check (seed/fact-checks.json): a ClaimReview written for the project, its rating
 * invented and marked as such, attached to a claim of the editorial, so that the fact-checker's
 * questions (Claim.factChecks, claimsRestingOn, evaluate with reject.factCheckedAs) answer
 * something on the seed. Loaded after the seed maps (src/maps/seed.ts), since it names their
 * claims; here rather than there because fact-checks import claims, which import maps.
 */
import { readFileSync } from 'node:fs';
import type { Database } from '../neo4j/database.ts';
import { NotFoundError } from '../shared/errors.ts';
import { repoRoot } from '../shared/repo-root.ts';
import { importClaimReview } from './import-claim-review.ts';

interface SeedFactChecks {
  reviews: { claimId: string; document: unknown }[];
}

export const seedFactChecksPath = `${repoRoot}/seed/fact-checks.json`;

export function readSeedFactChecks(): SeedFactChecks {
  return JSON.parse(readFileSync(seedFactChecksPath, 'utf8')) as SeedFactChecks;
}

/**
 * Attaches every seed review to its claim; idempotent (a fact-check's id is a hash of its claim
 * and its review, so loading again changes nothing). A review whose claim is gone (a user edited
 * the seed map the service kept) is skipped: the service must still start. Returns how many
 * reviews were attached.
 */
export async function loadSeedFactChecks(db: Database, reviews = readSeedFactChecks().reviews): Promise<number> {
  let attached = 0;
  for (const { claimId, document } of reviews) {
    try {
      const result = await importClaimReview(db, { operationName: 'seed' }, { document, claimId });
      attached += result.reviews.filter((review) => review.factCheck !== null).length;
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw error;
    }
  }
  return attached;
}
