/**
 * The load-bearing premises of a conclusion: the basic premises on some path of support up to it
 * whose rejection alone turns it from IN to OUT or UNDEC. Each candidate costs one fixpoint, run
 * in memory on the conclusion's upstream part of the map only (see upstream.ts): no round trips.
 */
import type { CriticalPremiseRecord } from '../graphql/records/evaluation-record.ts';
import type { Framework } from './framework.ts';
import { grounded, IN, statusName } from './grounded.ts';
import { upstreamOf } from './upstream.ts';

export function criticalPremises(framework: Framework, conclusionId: string): CriticalPremiseRecord[] {
  const f = upstreamOf(framework, framework.claimIndex.get(conclusionId)!);
  const conclusion = f.claimIndex.get(conclusionId)!;
  if (grounded(f).status[conclusion] !== IN) return [];
  const found: CriticalPremiseRecord[] = [];
  for (const premise of basicPremisesBelow(f, conclusion)) {
    const status = grounded(f, { claims: [premise], actors: [] }).status[conclusion]!;
    if (status !== IN) found.push({ premiseId: f.claimIds[premise]!, conclusionStatus: statusName(status) });
  }
  return found.sort((a, b) => (a.premiseId < b.premiseId ? -1 : 1));
}

/** Basic claims from which a path of support (of one inference or more) leads to the conclusion. */
function basicPremisesBelow(f: Framework, conclusion: number): number[] {
  const seen = new Uint8Array(f.claimCount);
  const below = [conclusion];
  const basic: number[] = [];
  for (let next = 0; next < below.length; next++) {
    for (const inference of f.concludedBy.of(below[next]!)) {
      for (const premise of f.premisesOf.of(inference)) {
        if (seen[premise]) continue;
        seen[premise] = 1;
        below.push(premise);
        if (f.isBasic(premise)) basic.push(premise);
      }
    }
  }
  return basic;
}
