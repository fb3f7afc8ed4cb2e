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
}
