/**
 * `claims[].sameAs` of an argmap/map@1 document (docs/map-format.md): what export writes and
 * import reads. A document lists each claim's explicit same-claim links, either way round, by the
 * other claim's id. On import, an entry is linked when that claim exists in another map and the
 * link is allowed; an entry already linked is left as it is (so re-importing changes nothing);
 * any other entry becomes a warning in the import result and writes nothing. Links a document
 * does not list are kept: a link belongs to two maps, and one map's document does not own it.
 */
import { GraphQLError } from 'graphql';
import { defineQuery, type QueryRunner } from '../neo4j/query.ts';
import { checkNote, linkInTransaction } from './same-claim-mutations.ts';

export interface SameAsEntry {
  claimId: string;
  note?: string | null;
}

const sameClaimsOfMap = defineQuery<
  { mapId: string; mapIds: readonly string[] | null },
  { key: string; sameAs: { claimId: string; note: string | null }[] }
>('same-claims/same-claims-of-map');
const carrySameClaims = defineQuery<{ mapId: string; stagingId: string }, never>('same-claims/carry-same-claims');

/** Each claim key of the map with its links, to claims of `readableMaps` only (null: all). */
export async function readSameClaimsOfMap(
  tx: QueryRunner,
  mapId: string,
  readableMaps: readonly string[] | null,
): Promise<Map<string, SameAsEntry[]>> {
  const rows = await sameClaimsOfMap.run({ mapId, mapIds: readableMaps }, tx);
  return new Map(
    rows
      .filter((row) => row.sameAs.length)
      .map((row) => [row.key, row.sameAs.map(({ claimId, note }) => (note == null ? { claimId } : { claimId, note }))]),
  );
}

/** Links the document's entries within the import's transaction; returns a warning per entry refused. */
export async function linkDocumentSameClaims(
  tx: QueryRunner,
  mapId: string,
  claims: readonly { id: string; sameAs?: SameAsEntry[] | undefined }[],
): Promise<string[]> {
  const warnings: string[] = [];
  for (const [c, claim] of claims.entries()) {
    for (const [s, entry] of (claim.sameAs ?? []).entries()) {
      const where = `document.claims[${c}].sameAs[${s}]`;
      try {
        await linkInTransaction(tx, { claimId: `${mapId}:${claim.id}`, otherClaimId: entry.claimId }, checkNote(entry.note));
      } catch (error) {
        if (!(error instanceof GraphQLError)) throw error;
        if (error.extensions.code === 'CONFLICT') continue; // linked already: nothing to do
        warnings.push(`${where}: ${error.message.replace(/^\w+: /, '')}; not linked`);
      }
    }
  }
  return warnings;
}

/** A staged import's swap: the staged claims take over the old claims' classes and links. */
export async function carrySameClaimsToStaging(tx: QueryRunner, mapId: string, stagingId: string): Promise<void> {
  await carrySameClaims.run({ mapId, stagingId }, tx);
}
