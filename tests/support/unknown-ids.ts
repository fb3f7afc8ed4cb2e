/**
 * Ids that name nothing, for NOT_FOUND tests. Test files share one Neo4j and run at the same
 * time, and some of them create maps under ids they did not choose (the hostile-input property
 * tries random createMap calls): a literal "unknown" id shared by several files can be created by
 * one of them and break the others. A fresh random id per call cannot.
 */
import { randomBytes } from 'node:crypto';

/** A map id no map has: fresh on every call, and of a shape (`unknown-<hex>`) no test creates. */
export function unknownMapId(): string {
  return `unknown-${randomBytes(6).toString('hex')}`;
}
