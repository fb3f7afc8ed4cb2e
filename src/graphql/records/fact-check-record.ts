import type { FactCheckRating } from '../resolvers-types.generated.ts';
import type { ClaimRecord } from './claim-record.ts';

/** A `:FactCheck` node's properties, and the id of the claim it CHECKS. */
export interface FactCheckRecord {
  id: string;
  claimId: string;
  rating: FactCheckRating;
  ratingValue: string | null;
  bestRating: string | null;
  worstRating: string | null;
  ratingText: string | null;
  claimReviewed: string;
  author: string | null;
  itemAuthor: string | null;
  appearance: string[];
  datePublished: string | null;
  url: string | null;
  /** The review's JSON text, as imported. */
  document: string;
}

/** What importClaimReview did with one review of the document. */
export interface ImportedClaimReviewRecord {
  path: string;
  claimReviewed: string;
  rating: FactCheckRating;
  attachedBy: 'GIVEN' | 'MATCHED' | 'NONE';
  factCheck: FactCheckRecord | null;
  bestMatch: ClaimRecord | null;
  matchScore: number | null;
}

export interface ImportClaimReviewRecord {
  reviews: ImportedClaimReviewRecord[];
  ignored: string[];
  threshold: number;
}
