/**
 * The seed maps' same-claim links, seen from both sides. The reply's document lists its links to
 * the editorial (claims[].sameAs); the editorial's document lists none, since the reply is loaded
 * after it and an import links only to claims that exist. A link is either way round, so the
 * editorial's export lists them too: its expected export is its document plus the reply's links
 * read backwards, computed here from the reply's document, not from the service.
 */
import { readSeedDocument, seedMapIds, type SeedMapId } from '../../src/maps/seed.ts';

type SameAs = { claimId: string; note?: string };
type Claim = { id: string; sameAs?: SameAs[] };
type Document = { map: { id: string }; claims?: Claim[] };

/** `document` with the same-claim links that the other seed maps' documents make to its claims. */
export function withSeedLinksToIt<T extends Document>(document: T): T {
  const mapId = document.map.id;
  const extra = new Map<string, SameAs[]>();
  for (const other of seedMapIds.filter((id) => id !== mapId)) {
    const source = readSeedDocument(other as SeedMapId) as unknown as Document;
    for (const claim of source.claims ?? [])
      for (const link of claim.sameAs ?? []) {
        if (!link.claimId.startsWith(`${mapId}:`)) continue;
        const key = link.claimId.slice(mapId.length + 1);
        extra.set(key, [...(extra.get(key) ?? []), { ...link, claimId: `${source.map.id}:${claim.id}` }]);
      }
  }
  return {
    ...document,
    claims: document.claims?.map((claim) =>
      extra.has(claim.id) ? { ...claim, sameAs: [...(claim.sameAs ?? []), ...extra.get(claim.id)!] } : claim,
    ),
  };
}

/** A map document without its same-claim links: what Argdown keeps (it has no identity across documents). */
export function withoutSameClaimLinks<T extends { claims?: object[] }>(document: T): T {
  return {
    ...document,
    ...(document.claims && {
      claims: document.claims.map((claim) => Object.fromEntries(Object.entries(claim).filter(([name]) => name !== 'sameAs'))),
    }),
  };
}
