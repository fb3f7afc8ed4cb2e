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
}
