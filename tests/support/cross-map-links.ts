/**
 * A map document without its cross-map links (actors[].entity, claims[].sameAs). The seed maps
 * carry them, but on the `seedweb` branch the map format only accepts them: the entities and
 * same-claims branches store and export them. The seed's round-trip tests compare documents
 * without them until those branches are merged; then drop this and compare the whole documents.
 */
export function withoutCrossMapLinks<T extends { actors?: object[]; claims?: object[] }>(document: T): T {
  const strip = (item: object, key: string) => Object.fromEntries(Object.entries(item).filter(([name]) => name !== key));
  return {
    ...document,
    ...(document.actors && { actors: document.actors.map((actor) => strip(actor, 'entity')) }),
    ...(document.claims && { claims: document.claims.map((claim) => strip(claim, 'sameAs')) }),
  };
}
