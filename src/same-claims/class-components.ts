/**
 * The same-claim classes a set of claims falls into, given the explicit SAME_AS links among them:
 * the connected components of that graph (union-find). Only components of two or more claims are
 * classes; a claim linked to none is a loner and states no Proposition.
 */
export interface Components {
  classes: string[][];
  loners: string[];
}

export function classComponents(claimIds: readonly string[], links: readonly (readonly [string, string])[]): Components {
  const parent = new Map(claimIds.map((id) => [id, id]));
  const root = (id: string): string => {
    let top = id;
    while (parent.get(top) !== top) top = parent.get(top)!;
    parent.set(id, top);
    return top;
  };
  for (const [a, b] of links) {
    // A link to a claim outside the set (deleted meanwhile) holds nothing together.
    if (parent.has(a) && parent.has(b)) parent.set(root(a), root(b));
  }
  const groups = new Map<string, string[]>();
  for (const id of claimIds) {
    const top = root(id);
    groups.set(top, [...(groups.get(top) ?? []), id]);
  }
  const all = [...groups.values()].map((group) => group.sort());
  return { classes: all.filter((group) => group.length > 1), loners: all.filter((group) => group.length === 1).flat() };
}
