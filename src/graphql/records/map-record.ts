import type { EntityLinkRecord } from './entity-link-record.ts';

/** A map as stored: the `:Map` node's properties. */
export interface MapRecord {
  id: string;
  title: string;
  description: string | null;
  createdAt: string;
}

/** The `:Source` node of a map. */
export interface SourceRecord {
  title: string | null;
  author: string | null;
  publisher: string | null;
  date: string | null;
  url: string | null;
  text: string | null;
}

export interface MapCountsRecord {
  claims: number;
  inferences: number;
  attacks: number;
  actors: number;
  rephrases: number;
  preferences: number;
}

/** What importMap answers (see src/maps/import-map.ts). */
export interface ImportMapOutcome {
  map: MapRecord;
  created: boolean;
  counts: MapCountsRecord;
  /** What a conversion from another format dropped or repaired (empty for argmap documents). */
  warnings: string[];
  /** The actors the import linked to entities (src/entities/link-imported-actors.ts). */
  entityLinks: EntityLinkRecord[];
}

/** A source as it may arrive from a client or a document: every field optional. */
export type SourceInputFields = Partial<Record<keyof SourceRecord, string | null>>;

/** A source as it may arrive, made into the full record the queries write. */
export function toSourceRecord(source: SourceInputFields | null | undefined): SourceRecord {
  return {
    title: source?.title ?? null,
    author: source?.author ?? null,
    publisher: source?.publisher ?? null,
    date: source?.date ?? null,
    url: source?.url ?? null,
    text: source?.text ?? null,
  };
}
