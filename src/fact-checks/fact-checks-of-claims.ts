/**
 * Claim.factChecks without N+1: a per-request DataLoader (cypher/fact-checks/fact-checks-of-claims)
 * that reads the checks of a whole page of claims, and of their same-claim classes, in one round
 * trip. Kept in a WeakMap keyed by the request's context (as src/evaluation/evaluated-maps.ts
 * does), since it needs the caller's readable maps: a class may reach maps the caller may not read.
 */
import DataLoader from 'dataloader';
import type { RequestContext } from '../graphql/context.ts';
import type { FactCheckRecord } from '../graphql/records/fact-check-record.ts';
import { defineQuery } from '../neo4j/query.ts';

const factChecksOfClaims = defineQuery<
  { ids: string[]; mapIds: readonly string[] | null },
  { key: string; items: FactCheckRecord[] }
>('fact-checks/fact-checks-of-claims');

const perRequest = new WeakMap<RequestContext, DataLoader<string, FactCheckRecord[]>>();

export function factChecksLoader(context: RequestContext): DataLoader<string, FactCheckRecord[]> {
  let loader = perRequest.get(context);
  if (!loader) {
    loader = new DataLoader(async (ids) => {
      const params = { ids: [...ids], mapIds: context.caller.maps };
      const rows = await context.db.read((tx) => factChecksOfClaims.run(params, tx), context.scope);
      const byKey = new Map(rows.map((row) => [row.key, row.items]));
      return ids.map((id) => byKey.get(id) ?? []);
    });
    perRequest.set(context, loader);
  }
  return loader;
}
