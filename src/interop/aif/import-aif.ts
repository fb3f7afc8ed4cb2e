/**
 * importAif: an AIF JSON document written as a map through importMap (one transaction,
 * idempotent). Without a map id, one is derived from the content, so importing the same file
 * twice finds the same map. `strict` turns any conversion warning into BAD_USER_INPUT.
 */
import { createHash } from 'node:crypto';
import type { Database, QueryScope } from '../../neo4j/database.ts';
import type { ImportMapOutcome } from '../../graphql/records/map-record.ts';
import { importMap } from '../../maps/import-map.ts';
import { BadUserInputError } from '../../shared/errors.ts';
import { aifToMapDocument } from './aif-to-map-document.ts';

export interface ImportAifOptions {
  mapId?: string | null | undefined;
  title?: string | null | undefined;
  strict?: boolean | null | undefined;
  /** See ImportMapOptions.linkEntities. */
  linkEntities?: boolean | null | undefined;
}

export async function importAif(
  db: Database,
  scope: QueryScope,
  json: unknown,
  options: ImportAifOptions,
): Promise<ImportMapOutcome> {
  const mapId = options.mapId ?? `aif-${createHash('sha256').update(JSON.stringify(json)).digest('hex').slice(0, 12)}`;
  const { document, warnings } = aifToMapDocument(json, { mapId, title: options.title ?? undefined });
  if (options.strict && warnings.length)
    throw new BadUserInputError('document', `${warnings[0]} (strict: nothing was written)`, { warnings });
  return importMap(db, scope, document, { warnings, linkEntities: options.linkEntities ?? false });
}
