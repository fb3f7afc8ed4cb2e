/**
 * Keeps the stored same-claim classes equal to the components of the explicit SAME_AS links
 * (docs/web-of-arguments.md, "The same claim in several maps"). Every write that removes a link or
 * a claim ends by calling `repairClasses` for the classes it touched, in its own transaction.
 */
import { randomUUID } from 'node:crypto';
import { defineQuery, type QueryRunner } from '../neo4j/query.ts';
import { classComponents } from './class-components.ts';

export interface StoredClass {
  propositionId: string;
  claimIds: string[];
}

const classLinks = defineQuery<
  { propositionIds: string[] },
  { propositionId: string; claimIds: string[]; links: [string, string][] }
>('same-claims/class-links');
const setClasses = defineQuery<{ classes: StoredClass[]; loners: string[]; propositionIds: string[] }, never>(
  'same-claims/set-classes',
);

/** Writes classes as given; `emptied` Propositions left without claims are deleted. */
export async function writeClasses(tx: QueryRunner, classes: StoredClass[], loners: string[], emptied: string[]): Promise<void> {
  await setClasses.run({ classes, loners, propositionIds: emptied }, tx);
}

/**
 * Recomputes the classes `propositionIds` from the SAME_AS links among their remaining members:
 * the largest component keeps the Proposition, the others get new ones, loners state nothing.
 */
export async function repairClasses(tx: QueryRunner, propositionIds: readonly string[]): Promise<void> {
  const ids = [...new Set(propositionIds)];
  if (ids.length === 0) return;
  const rows = await classLinks.run({ propositionIds: ids }, tx);
  const classes: StoredClass[] = [];
  const loners: string[] = [];
  for (const row of rows) {
    const components = classComponents(row.claimIds, row.links);
    components.classes
      .sort((a, b) => b.length - a.length)
      .forEach((claimIds, index) => classes.push({ propositionId: index === 0 ? row.propositionId : randomUUID(), claimIds }));
    loners.push(...components.loners);
  }
  await writeClasses(tx, classes, loners, ids);
}

export const newPropositionId = (): string => randomUUID();

const classesOfClaims = defineQuery<{ ids: string[]; mapId: string | null; keepIds: string[] }, { propositionIds: string[] }>(
  'same-claims/classes-of-claims',
);

/**
 * The classes of claims about to be deleted: `ids`, or the claims of `prune.mapId` not in
 * `prune.keepIds`. Pass them to `repairClasses` once the claims are gone.
 */
export async function classesOf(
  tx: QueryRunner,
  ids: readonly string[],
  prune?: { mapId: string; keepIds: readonly string[] },
): Promise<string[]> {
  const [row] = await classesOfClaims.run(
    { ids: [...ids], mapId: prune?.mapId ?? null, keepIds: [...(prune?.keepIds ?? [])] },
    tx,
  );
  return row?.propositionIds ?? [];
}
