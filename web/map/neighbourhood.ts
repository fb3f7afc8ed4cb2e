/**
 * The focus view's extent: a claim and everything within n steps of it, where a step goes from a
 * claim through one inference or attack to the next claim (in either direction), so inference and
 * attack nodes cost nothing and claims cost one. Actors are not walked through (an actor links
 * dozens of claims); those linked to the focused claim are kept.
 */

export interface Link {
  source: string;
  target: string;
  kind: string;
}

export function neighbourhood(
  start: string,
  steps: number,
  links: readonly Link[],
  isClaim: (id: string) => boolean,
): Set<string> {
  const around = new Map<string, string[]>();
  const connect = (a: string, b: string) => {
    const list = around.get(a);
    if (list) list.push(b);
    else around.set(a, [b]);
  };
  for (const link of links) {
    if (link.kind === 'ASSERTS' || link.kind === 'ABOUT') continue;
    connect(link.source, link.target);
    connect(link.target, link.source);
  }
  const distance = new Map<string, number>([[start, 0]]);
  const queue: string[] = [start];
  // 0-1 breadth first: free hops go to the front of the queue, claim hops to the back.
  while (queue.length) {
    const id = queue.shift()!;
    const here = distance.get(id)!;
    for (const next of around.get(id) ?? []) {
      const cost = isClaim(next) ? 1 : 0;
      const there = here + cost;
      if (there > steps || (distance.get(next) ?? Infinity) <= there) continue;
      distance.set(next, there);
      if (cost === 0) queue.unshift(next);
      else queue.push(next);
    }
  }
  const kept = new Set(distance.keys());
  for (const link of links) {
    if (link.kind === 'ASSERTS' && link.target === start) kept.add(link.source);
    if (link.kind === 'ABOUT' && link.source === start) kept.add(link.target);
  }
  return kept;
}
