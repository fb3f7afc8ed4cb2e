/** A claim as stored: the `:Claim` node's properties (the quote is kept flat, as three properties). */
export interface ClaimRecord {
  id: string;
  key: string;
  mapId: string;
  text: string;
  tags: string[];
  quoteText?: string | null;
  quoteStart?: number | null;
  quoteEnd?: number | null;
  /** Optimistic concurrency (docs/live.md); absent only in projections that do not read it. */
  version?: number;
}

/** A page of the `claims` connection (see src/claims/claim-page.ts). */
export interface ClaimPage {
  claims: ClaimRecord[];
  offset: number;
  hasNextPage: boolean;
  /** Runs the count query; called only by the `totalCount` resolver. */
  countTotal: () => Promise<number>;
}
