/** The ClaimReview documents of tests/fixtures/claim-reviews, parsed. */
import { readFileSync } from 'node:fs';
import { repoRoot } from '../../src/shared/repo-root.ts';

export function claimReviewFixture(name: 'single' | 'array' | 'graph'): unknown {
  return JSON.parse(readFileSync(`${repoRoot}/tests/fixtures/claim-reviews/${name}.json`, 'utf8'));
}
