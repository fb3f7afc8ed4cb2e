/** createClaim, updateClaim and deleteClaim, each one write transaction that checks, then writes. */
import type { CreateClaimInput, UpdateClaimInput } from '../graphql/resolvers-types.generated.ts';
import { readSourceText, requireElements, requireUnused } from '../maps/elements.ts';
import { elementId, keyOrNew } from '../shared/keys.ts';
import type { Database, QueryScope } from '../neo4j/database.ts';
import { defineQuery } from '../neo4j/query.ts';
import { ConflictError, NotFoundError } from '../shared/errors.ts';
import type { ClaimRecord } from '../graphql/records/claim-record.ts';
import { checkClaimText, checkQuote } from '../shared/claim-rules.ts';
import { requireVersion } from '../maps/expected-version.ts';
import { classesOf, repairClasses } from '../same-claims/class-store.ts';

const createClaimQuery = defineQuery<{ claim: ClaimRecord }, { claim: ClaimRecord }>('claims/create-claim');
const updateClaimQuery = defineQuery<
  {
    id: string;
    text: string | null;
    tags: string[] | null;
    setQuote: boolean;
    quoteText: string | null;
    quoteStart: number | null;
    quoteEnd: number | null;
  },
  { claim: ClaimRecord }
>('claims/update-claim');
const claimDependents = defineQuery<{ id: string }, { inferenceIds: string[]; attackIds: string[] }>('claims/claim-dependents');
const deleteClaimQuery = defineQuery<{ id: string }, { inferenceIds: string[]; attackIds: string[] }>('claims/delete-claim');

export async function createClaim(db: Database, scope: QueryScope, input: CreateClaimInput): Promise<ClaimRecord> {
  const key = keyOrNew(input.key, 'input.key', 'claim');
  const text = checkClaimText(input.text, 'input.text');
  const id = elementId(input.mapId, key);
  return db.write(async (tx) => {
    await requireElements(tx, [{ field: 'input.mapId', id: input.mapId, label: 'Map' }]);
    await requireUnused(tx, { field: 'input.key', id, label: 'Claim' });
    if (input.quote) checkQuote(input.quote, await readSourceText(tx, input.mapId), 'input.quote');
    const claim = {
      id,
      key,
      mapId: input.mapId,
      text,
      tags: input.tags ?? [],
      quoteText: input.quote?.text ?? null,
      quoteStart: input.quote?.start ?? null,
      quoteEnd: input.quote?.end ?? null,
      version: 1,
    };
    const [row] = await createClaimQuery.run({ claim }, tx);
    return row!.claim;
  }, scope);
}

export async function updateClaim(
  db: Database,
  scope: QueryScope,
  id: string,
  input: UpdateClaimInput,
  expectedVersion?: number | null,
): Promise<ClaimRecord> {
  const text = input.text == null ? null : checkClaimText(input.text, 'input.text');
  const setQuote = input.quote !== undefined;
  return db.write(async (tx) => {
    const [mapId] = await requireElements(tx, [{ field: 'id', id, label: 'Claim' }]);
    await requireVersion(tx, id, expectedVersion);
    if (input.quote) checkQuote(input.quote, await readSourceText(tx, mapId!), 'input.quote');
    const [row] = await updateClaimQuery.run(
      {
        id,
        text,
        tags: input.tags ?? null,
        setQuote,
        quoteText: input.quote?.text ?? null,
        quoteStart: input.quote?.start ?? null,
        quoteEnd: input.quote?.end ?? null,
      },
      tx,
    );
    return row!.claim;
  }, scope);
}

export interface DeletedClaim {
  deletedClaimId: string;
  removedInferenceIds: string[];
  removedAttackIds: string[];
}

export async function deleteClaim(
  db: Database,
  scope: QueryScope,
  id: string,
  cascade: boolean,
  expectedVersion?: number | null,
): Promise<DeletedClaim> {
  return db.write(async (tx) => {
    await requireElements(tx, [{ field: 'id', id, label: 'Claim' }]);
    await requireVersion(tx, id, expectedVersion);
    if (!cascade) {
      const [dependents] = await claimDependents.run({ id }, tx);
      const { inferenceIds = [], attackIds = [] } = dependents ?? {};
      if (inferenceIds.length + attackIds.length > 0) {
        throw new ConflictError(
          'id',
          `claim "${id}" is used by ${[...inferenceIds, ...attackIds].join(', ')}; delete those first or pass cascade: true`,
          { inferenceIds, attackIds },
        );
      }
    }
    const classes = await classesOf(tx, [id]);
    const [removed] = await deleteClaimQuery.run({ id }, tx);
    // A concurrent delete may have removed the claim since requireElements saw it.
    if (!removed) throw new NotFoundError('id', id, 'claim');
    // Its same-claim links went with it: what they held together is recomputed.
    await repairClasses(tx, classes);
    return { deletedClaimId: id, removedInferenceIds: removed!.inferenceIds, removedAttackIds: removed!.attackIds };
  }, scope);
}
