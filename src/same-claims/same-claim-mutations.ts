/**
 * linkSameClaim and unlinkSameClaim, each one write transaction that reads both claims (locking
 * them and their classes), checks every rule, then writes: the explicit SAME_AS link, and the
 * classes derived from the links (class-store.ts). A refused call writes nothing.
 */
import type { ClaimRecord } from '../graphql/records/claim-record.ts';
import type { Database, QueryScope } from '../neo4j/database.ts';
import { defineQuery, type QueryRunner } from '../neo4j/query.ts';
import { BadUserInputError, ConflictError, NotFoundError } from '../shared/errors.ts';
import { newPropositionId, repairClasses, writeClasses } from './class-store.ts';

export interface SameClaimEnd {
  id: string;
  mapId: string;
  propositionId: string | null;
  members: { id: string; mapId: string }[];
  linkedTo: string[];
}
export type LinkParams = { claimId: string; otherClaimId: string };

const lockSameClaims = defineQuery<{ ids: string[] }, never>('same-claims/lock-same-claims');
const sameClaimEnds = defineQuery<{ ids: string[] }, SameClaimEnd>('same-claims/same-claim-ends');
const createSameAs = defineQuery<LinkParams & { note: string | null }, never>('same-claims/create-same-as');
const deleteSameAs = defineQuery<LinkParams, { removed: number }>('same-claims/delete-same-as');
const claimById = defineQuery<{ ids: string[] }, { key: string; item: ClaimRecord }>('loaders/claims-by-id');

export const maxNoteLength = 2000;

export async function linkSameClaim(
  db: Database,
  scope: QueryScope,
  params: LinkParams,
  note?: string | null,
): Promise<ClaimRecord> {
  const text = checkNote(note);
  return db.write(async (tx) => {
    await linkInTransaction(tx, params, text);
    return claimOf(tx, params.claimId);
  }, scope);
}

/**
 * Checks and writes one link inside the caller's transaction (linkSameClaim, and imports that
 * carry `claims[].sameAs`); throws the documented error, having written nothing, when refused.
 */
export async function linkInTransaction(tx: QueryRunner, params: LinkParams, note: string | null): Promise<void> {
  if (params.claimId === params.otherClaimId)
    throw new BadUserInputError(
      'otherClaimId',
      `"${params.otherClaimId}" is the claim itself; link two claims of different maps`,
    );
  const [claim, other] = await readEnds(tx, params);
  checkLinkable(claim, other, params);
  await createSameAs.run({ ...params, note }, tx);
  const kept = claim.propositionId ?? other.propositionId ?? newPropositionId();
  const claimIds = [...claim.members, ...other.members].map((member) => member.id);
  const emptied = [claim.propositionId, other.propositionId].filter((id): id is string => id !== null && id !== kept);
  await writeClasses(tx, [{ propositionId: kept, claimIds: [...new Set(claimIds)] }], [], emptied);
}

export async function unlinkSameClaim(db: Database, scope: QueryScope, params: LinkParams): Promise<ClaimRecord> {
  return db.write(async (tx) => {
    const [claim] = await readEnds(tx, params);
    const [row] = await deleteSameAs.run(params, tx);
    if (!row?.removed)
      throw new NotFoundError('otherClaimId', params.otherClaimId, `same-claim link from "${params.claimId}" to a claim`);
    // The link held the two in one class; what else holds them together is recomputed.
    await repairClasses(tx, claim.propositionId ? [claim.propositionId] : []);
    return claimOf(tx, params.claimId);
  }, scope);
}

/** Both ends, or NOT_FOUND naming the field of the first missing one. */
async function readEnds(tx: QueryRunner, params: LinkParams): Promise<[SameClaimEnd, SameClaimEnd]> {
  // Locked first, then read: a read in the locking query itself could predate a concurrent link.
  // Sorted, so that two links of the same claims take the locks in one order.
  const ids = [params.claimId, params.otherClaimId].sort();
  await lockSameClaims.run({ ids }, tx);
  const rows = await sameClaimEnds.run({ ids }, tx);
  const end = (field: 'claimId' | 'otherClaimId') => {
    const row = rows.find((candidate) => candidate.id === params[field]);
    if (!row) throw new NotFoundError(field, params[field], 'claim');
    return row;
  };
  return [end('claimId'), end('otherClaimId')];
}

function checkLinkable(claim: SameClaimEnd, other: SameClaimEnd, params: LinkParams): void {
  if (claim.mapId === other.mapId)
    throw new BadUserInputError('otherClaimId', `"${other.id}" is in the same map ("${claim.mapId}") as "${claim.id}"`);
  if (claim.linkedTo.includes(other.id))
    throw new ConflictError('otherClaimId', `"${params.claimId}" and "${params.otherClaimId}" are linked already`);
  // Already one class (through other links): the new link is redundant but harmless, and it keeps
  // the two together should those other links go.
  if (claim.propositionId !== null && claim.propositionId === other.propositionId) return;
  const taken = new Map(claim.members.map((member) => [member.mapId, member.id]));
  const clash = other.members.find((member) => taken.has(member.mapId));
  if (clash) {
    throw new BadUserInputError(
      'otherClaimId',
      `linking would put two claims of map "${clash.mapId}" ("${taken.get(clash.mapId)}" and "${clash.id}") in one class`,
    );
  }
}

export function checkNote(note: string | null | undefined): string | null {
  const text = note?.trim() ?? '';
  if (text.length > maxNoteLength) throw new BadUserInputError('note', `must be at most ${maxNoteLength} characters`);
  return text.length ? text : null;
}

async function claimOf(tx: QueryRunner, id: string): Promise<ClaimRecord> {
  const [row] = await claimById.run({ ids: [id] }, tx);
  return row!.item;
}
