/** addInference and removeInference, each one write transaction. */
import type { AddInferenceInput } from '../graphql/resolvers-types.generated.ts';
import { requireElements, requireSameMap, requireUnused, type ElementRef } from '../maps/elements.ts';
import { elementId, keyOrNew } from '../shared/keys.ts';
import type { Database, QueryScope } from '../neo4j/database.ts';
import { defineQuery } from '../neo4j/query.ts';
import { BadUserInputError, ConflictError, NotFoundError } from '../shared/errors.ts';
import type { InferenceRecord } from '../graphql/records/inference-record.ts';
import { requireVersion } from '../maps/expected-version.ts';

const maxPremises = 20;

const findSameInference = defineQuery<{ premiseIds: string[]; conclusionId: string }, { id: string }>(
  'inferences/find-same-inference',
);
const createInference = defineQuery<
  { inference: InferenceRecord; premiseIds: string[]; conclusionId: string },
  { inference: InferenceRecord }
>('inferences/create-inference');
const removeInferenceQuery = defineQuery<{ id: string }, { removed: boolean }>('inferences/remove-inference');

export async function addInference(db: Database, scope: QueryScope, input: AddInferenceInput): Promise<InferenceRecord> {
  const premiseIds = [...new Set(input.premiseIds)];
  if (premiseIds.length < 1 || premiseIds.length > maxPremises) {
    throw new BadUserInputError('input.premiseIds', `must name 1 to ${maxPremises} distinct claims`);
  }
  if (premiseIds.includes(input.conclusionId)) {
    throw new BadUserInputError('input.premiseIds', `claim "${input.conclusionId}" cannot support itself`);
  }
  const refs: ElementRef[] = [
    { field: 'input.conclusionId', id: input.conclusionId, label: 'Claim' },
    ...premiseIds.map((id): ElementRef => ({ field: `input.premiseIds[${input.premiseIds.indexOf(id)}]`, id, label: 'Claim' })),
  ];
  return db.write(async (tx) => {
    const mapId = requireSameMap(refs, await requireElements(tx, refs));
    const key = keyOrNew(input.key, 'input.key', 'inference');
    const id = elementId(mapId, key);
    await requireUnused(tx, { field: 'input.key', id, label: 'Inference' });
    const [same] = await findSameInference.run({ premiseIds, conclusionId: input.conclusionId }, tx);
    if (same)
      throw new ConflictError('input', `inference "${same.id}" already has these premises and this conclusion`, {
        existingId: same.id,
      });
    const inference = { id, key, mapId, scheme: input.scheme ?? null, warrant: input.warrant ?? null, version: 1 };
    const [row] = await createInference.run({ inference, premiseIds, conclusionId: input.conclusionId }, tx);
    return row!.inference;
  }, scope);
}

export async function removeInference(
  db: Database,
  scope: QueryScope,
  id: string,
  expectedVersion?: number | null,
): Promise<string> {
  // Thrown inside the transaction, so a remove of nothing is not recorded; the result names the
  // removed id for the audit trail (src/neo4j/touched-elements.ts).
  const removed = await db.write(async (tx) => {
    await requireVersion(tx, id, expectedVersion);
    const [row] = await removeInferenceQuery.run({ id }, tx);
    if (!row?.removed) throw new NotFoundError('id', id, 'inference');
    return { id };
  }, scope);
  return removed.id;
}
