/**
 * A rephrase as stored: the properties of a `(:Claim)-[:REPHRASED_AS]->(:Claim)` relationship plus
 * the ids of its two claims. A relationship rather than a node because an AIF MA-node carries
 * nothing but its scheme, and nothing in argmap's model points at a rephrase.
 */
export interface RephraseRecord {
  id: string;
  key: string;
  mapId: string;
  scheme: string | null;
  fromId: string;
  toId: string;
}
