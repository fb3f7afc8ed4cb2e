/**
 * importMap: makes a map equal to an `argmap/map@1` document, all or nothing. Upserts by id and
 * prunes what the document no longer holds, so importing the same document twice changes nothing.
 *
 * Two write paths, one guarantee:
 * - a document of up to `singleTransactionRows` rows is written in ONE transaction, in UNWIND
 *   batches of `batchSize` rows (a large import never builds one huge parameter list);
 * - a larger one is STAGED: its batches are written and committed one by one under a staging map id
 *   no reader asks for (`<mapId>~staging-<random>`), then one swap transaction deletes the map's
 *   previous elements and renames the staged ones into it. Neo4j caps the memory of a transaction
 *   (70 % of the heap by default), so past some size a map never fits in one; renaming takes less
 *   transaction memory than creating (but is slow: see the README). Until the swap commits,
 *   readers see the old map; if anything fails, the staging is deleted (in small transactions) and the map is
 *   untouched. A staging left behind by a crash is deleted by the next import of the same map.
 */
import { randomBytes } from 'node:crypto';
import { elementId } from '../shared/keys.ts';
import type { Database, QueryScope } from '../neo4j/database.ts';
import { defineQuery, type QueryRunner } from '../neo4j/query.ts';
import { parseMapDocument, type MapDocument } from './map-document.ts';
import { linkKey, rowCountOf, toRows, writeSteps, type ImportRows } from './import-rows.ts';
import type { ImportMapOutcome, MapRecord, SourceRecord } from '../graphql/records/map-record.ts';
import { countMap } from './map-queries.ts';
import { checkDocumentEntities, linkImportedActors } from '../entities/link-imported-actors.ts';
import type { EntityLinkRecord } from '../graphql/records/entity-link-record.ts';
import { classesOf, repairClasses } from '../same-claims/class-store.ts';
import { carrySameClaimsToStaging, linkDocumentSameClaims } from '../same-claims/document-same-claims.ts';

export interface ImportMapOptions {
  /** Passed through to the outcome (what a conversion such as AIF dropped or repaired). */
  warnings?: string[];
  /** Hears each batch written (and is awaited), for the CLI's progress on long imports. */
  onProgress?: (written: number, total: number) => void | Promise<void>;
  /** Documents with more rows than this are staged; the default suits Neo4j's default heap. */
  singleTransactionRows?: number;
  /** Link each actor the document gives no entity to the entity of the same name (src/entities). */
  linkEntities?: boolean;
}

/** Rows per UNWIND query. */
export const batchSize = 2000;
/**
 * One transaction up to here: a generated 100k-claim AIF file (275k rows) fits in it on the local
 * Neo4j's 2 GiB heap (its transactions may use 70 % of it) and imports in 41 s; larger documents
 * are staged.
 */
export const defaultSingleTransactionRows = 400_000;
/** Elements of each kind deleted per transaction when discarding a staging. */
const discardBatch = 10_000;

type MapHeader = ImportRows['map'];
type KeepLists = Record<
  'claimIds' | 'inferenceIds' | 'attackIds' | 'actorIds' | 'rephraseKeys' | 'preferenceKeys' | 'linkKeys',
  string[]
>;
const upsertMap = defineQuery<
  { mapId: string; title: string; description: string | null; source: SourceRecord },
  { created: boolean; map: MapRecord }
>('maps/upsert-map');
const pruneMap = defineQuery<KeepLists & { mapId: string }, never>('maps/prune-map');
const renameStaged = defineQuery<{ stagingId: string; mapId: string }, never>('maps/rename-staged');
const discardStaged = defineQuery<{ prefix: string; limit: number }, { deleted: number }>('maps/discard-staged');

export async function importMap(
  db: Database,
  scope: QueryScope,
  input: unknown,
  options: ImportMapOptions = {},
): Promise<ImportMapOutcome> {
  const document = parseMapDocument(input);
  checkDocumentEntities(document.actors ?? []);
  const mapId = document.map.id;
  // Entity links are written last, in the transaction that makes the map the document's.
  const linkActors = (tx: QueryRunner): Promise<EntityLinkRecord[]> =>
    linkImportedActors(tx, mapId, actorsOf(document, mapId), options.linkEntities ?? false);
  const progress = progressOf(rowCountOf(document), options.onProgress);
  const staged = progress.total > (options.singleTransactionRows ?? defaultSingleTransactionRows);
  // Rows are built once, under the id they are written as: a large document is held only twice
  // in memory (parsed, and as rows), never three times.
  const rows = toRows(document, staged ? stagingIdOf(mapId) : mapId);
  const header = { ...rows.map, mapId };
  const outcome = staged
    ? await importStaged(db, scope, header, rows, progress.add, linkActors, document.claims)
    : await db.write(async (tx) => {
        const upserted = await replaceMapHeader(header, keepListsOf(rows), tx);
        for (const step of writeSteps(rows))
          await inBatches(step.rows, (batch) => step.write(batch, tx).then(() => progress.add(batch.length)));
        const sameClaimWarnings = await linkDocumentSameClaims(tx, mapId, document.claims ?? []);
        const entityLinks = await linkActors(tx);
        return { ...upserted, counts: await countMap(mapId, tx), entityLinks, sameClaimWarnings };
      }, scope);
  const { sameClaimWarnings, ...written } = outcome;
  return { ...written, warnings: [...(options.warnings ?? []), ...sameClaimWarnings] };
}

/** Writes the staging in committed batches, then swaps it in; on failure, deletes the staging. */
async function importStaged(
  db: Database,
  scope: QueryScope,
  header: MapHeader,
  staging: ImportRows,
  onWritten: (count: number) => Promise<void>,
  linkActors: (tx: QueryRunner) => Promise<EntityLinkRecord[]>,
  claims: MapDocument['claims'],
): Promise<Omit<ImportMapOutcome, 'warnings'> & { sameClaimWarnings: string[] }> {
  const { mapId } = header;
  const unseen = { ...scope, unaudited: true };
  await discard(db, unseen, stagingPrefixOf(mapId));
  try {
    for (const step of writeSteps(staging))
      await inBatches(step.rows, async (batch) => {
        await db.write((tx) => step.write(batch, tx), unseen);
        await onWritten(batch.length);
      });
    return await db.write(async (tx) => {
      await carrySameClaimsToStaging(tx, mapId, staging.mapId);
      const upserted = await replaceMapHeader(header, emptyKeepLists, tx);
      await renameStaged.run({ stagingId: staging.mapId, mapId }, tx);
      const sameClaimWarnings = await linkDocumentSameClaims(tx, mapId, claims ?? []);
      const entityLinks = await linkActors(tx);
      return { ...upserted, counts: await countMap(mapId, tx), entityLinks, sameClaimWarnings };
    }, scope);
  } catch (error) {
    await discard(db, unseen, staging.mapId).catch(() => undefined);
    throw error;
  }
}

/**
 * Upserts the map and its source, and deletes its elements that are not in `keep`. A map created
 * just now has no elements (every write of an element needs its map to exist, and no API deletes
 * a map), so there is nothing to prune: skipping prune-map's eight subqueries saved 1.7 s of a
 * 1k-claim import into a fresh database, most of it their planning (bench/README.md).
 */
async function replaceMapHeader(header: MapHeader, keep: KeepLists, tx: QueryRunner) {
  const [upserted] = await upsertMap.run(header, tx);
  if (!upserted!.created) {
    // Pruned claims take their same-claim links with them: the classes they were in are recomputed.
    const classes = await classesOf(tx, [], { mapId: header.mapId, keepIds: keep.claimIds });
    await pruneMap.run({ mapId: header.mapId, ...keep }, tx);
    await repairClasses(tx, classes);
  }
  return upserted!;
}

/** The document's actors under their stored ids, for the entity links. */
function actorsOf(document: ReturnType<typeof parseMapDocument>, mapId: string) {
  return (document.actors ?? []).map((actor) => ({ ...actor, id: elementId(mapId, actor.id) }));
}

async function discard(db: Database, scope: QueryScope, prefix: string): Promise<void> {
  for (;;) {
    const [row] = await db.write((tx) => discardStaged.run({ prefix, limit: discardBatch }, tx), scope);
    if (!row?.deleted) return;
  }
}

async function inBatches(list: object[], write: (batch: object[]) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < list.length; start += batchSize) await write(list.slice(start, start + batchSize));
}

function progressOf(total: number, onProgress: ImportMapOptions['onProgress']) {
  let written = 0;
  return {
    total,
    async add(count: number) {
      written += count;
      await onProgress?.(written, total);
    },
  };
}

function keepListsOf(rows: ImportRows): KeepLists {
  return { ...rows.keep, linkKeys: rows.links.map(linkKey) };
}

const emptyKeepLists: KeepLists = {
  claimIds: [],
  inferenceIds: [],
  attackIds: [],
  actorIds: [],
  rephraseKeys: [],
  preferenceKeys: [],
  linkKeys: [],
};

/** `~` is not allowed in map ids, so no real map's elements can share a staging prefix. */
function stagingPrefixOf(mapId: string): string {
  return `${mapId}~staging-`;
}

function stagingIdOf(mapId: string): string {
  return stagingPrefixOf(mapId) + randomBytes(4).toString('hex');
}
