/** addAttack and removeAttack, each one write transaction. */
import type { AddAttackInput } from '../graphql/resolvers-types.generated.ts';
import { requireElements, requireSameMap, requireUnused, type ElementRef } from '../maps/elements.ts';
import { elementId, keyOrNew } from '../shared/keys.ts';
import type { Database, QueryScope } from '../neo4j/database.ts';
import { defineQuery } from '../neo4j/query.ts';
import { BadUserInputError, ConflictError, NotFoundError } from '../shared/errors.ts';
import type { AttackRecord } from '../graphql/records/attack-record.ts';
import { requireVersion } from '../maps/expected-version.ts';

const findSameAttack = defineQuery<{ attackerId: string; targetId: string }, { id: string }>('attacks/find-same-attack');
const createAttack = defineQuery<{ attack: AttackRecord; attackerId: string; targetId: string }, { attack: AttackRecord }>(
  'attacks/create-attack',
);
const removeAttackQuery = defineQuery<{ id: string }, { removed: boolean }>('attacks/remove-attack');

export async function addAttack(db: Database, scope: QueryScope, input: AddAttackInput): Promise<AttackRecord> {
  if (input.attackerId === input.targetId) throw new BadUserInputError('input.targetId', 'a claim cannot attack itself');
  const refs: ElementRef[] = [
    { field: 'input.attackerId', id: input.attackerId, label: 'Claim' },
    { field: 'input.targetId', id: input.targetId, label: input.kind === 'REBUT' ? 'Claim' : 'Inference' },
  ];
  return db.write(async (tx) => {
    const mapId = requireSameMap(refs, await requireElements(tx, refs));
    const key = keyOrNew(input.key, 'input.key', 'attack');
    const id = elementId(mapId, key);
    await requireUnused(tx, { field: 'input.key', id, label: 'Attack' });
    const [same] = await findSameAttack.run({ attackerId: input.attackerId, targetId: input.targetId }, tx);
    if (same)
      throw new ConflictError('input', `attack "${same.id}" already has this attacker and target`, { existingId: same.id });
    const attack: AttackRecord = { id, key, mapId, kind: input.kind, version: 1 };
    const [row] = await createAttack.run({ attack, attackerId: input.attackerId, targetId: input.targetId }, tx);
    return row!.attack;
  }, scope);
}

export async function removeAttack(
  db: Database,
  scope: QueryScope,
  id: string,
  expectedVersion?: number | null,
): Promise<string> {
  // Thrown inside the transaction, so a remove of nothing is not recorded; the result names the
  // removed id for the audit trail (src/neo4j/touched-elements.ts).
  const removed = await db.write(async (tx) => {
    await requireVersion(tx, id, expectedVersion);
    const [row] = await removeAttackQuery.run({ id }, tx);
    if (!row?.removed) throw new NotFoundError('id', id, 'attack');
    return { id };
  }, scope);
  return removed.id;
}
