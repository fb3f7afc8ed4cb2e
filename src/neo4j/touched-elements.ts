/**
 * The element ids a write's result names, for its audit entry (and so for the change feed,
 * docs/live.md): the result's own `id`, and its string fields named `…Id` and string lists named
 * `…Ids`, one level deep — what a created or changed element, a delete's report (deletedClaimId,
 * removedInferenceIds) or a critical question's state carries. Only `<mapId>:<key>` ids count, and
 * at most `max` of them: a whole-map import names its map, not its elements, and readers then read
 * the map again.
 */
const max = 1_000;

export function touchedElementIds(result: unknown): string[] {
  if (result === null || typeof result !== 'object') return [];
  const ids = new Set<string>();
  const add = (value: unknown) => {
    if (typeof value === 'string' && value.includes(':') && ids.size < max) ids.add(value);
  };
  for (const [field, value] of Object.entries(result)) {
    if (field === 'id' || field.endsWith('Id')) add(value);
    else if (field.endsWith('Ids') && Array.isArray(value)) value.forEach(add);
  }
  return [...ids];
}
