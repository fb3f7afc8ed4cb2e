/**
 * The evaluation queries: each reads its map's structure once per request (evaluated-maps.ts) and
 * answers from memory — labels, what a rejection changes, explanations, load-bearing premises and
 * circular support — so none costs more than one structure read, whatever it asks.
 */
import { checkLimit } from '../shared/ranges.ts';
import type { ClaimRecord } from '../graphql/records/claim-record.ts';
import type { RequestContext } from '../graphql/context.ts';
import { NotFoundError } from '../shared/errors.ts';
import { criticalPremises } from './critical-premises.ts';
import { type EvaluatedMap, evaluatedMaps } from './evaluated-maps.ts';
import type {
  ClaimStatus,
  CriticalPremiseRecord,
  EvaluationRecord,
  OpenQuestionRecord,
  StatusExplanationRecord,
  SupportCycleRecord,
} from '../graphql/records/evaluation-record.ts';
import { explain } from './explain.ts';
import { openQuestions, supportBelow } from './open-questions.ts';
import type { OpenAssumptions } from './question-attacks.ts';
import { grounded, type Labelling, statusName } from './grounded.ts';
import { forcedBy, type RejectionArgs } from './rejection.ts';
import { supportCycles } from './support-cycles.ts';
import { defineQuery } from '../neo4j/query.ts';

const factCheckedClaimsQuery = defineQuery<
  { mapId: string; ratings: string[]; mapIds: readonly string[] | null },
  { claimId: string }
>('evaluation/fact-checked-claims');

export async function evaluate(
  context: RequestContext,
  mapId: string,
  reject?: RejectionArgs | null,
  openAssumptions: OpenAssumptions = 'IGNORE',
): Promise<EvaluationRecord> {
  const map = (await loadMap(context, mapId, 'mapId')).reading(openAssumptions);
  const labelling = await labellingWith(context, map, reject);
  const { status } = labelling;
  const before = map.base.status;
  const ids = map.framework.claimIds;
  return {
    mapId,
    labels: map.claimsById.map((claim) => ({ claimId: ids[claim]!, status: statusName(status[claim]!) })),
    changed: map.claimsById
      .filter((claim) => status[claim] !== before[claim])
      .map((claim) => ({ claimId: ids[claim]!, before: statusName(before[claim]!), after: statusName(status[claim]!) })),
  };
}

export async function explainStatus(
  context: RequestContext,
  claimId: string,
  reject?: RejectionArgs | null,
  openAssumptions: OpenAssumptions = 'IGNORE',
): Promise<StatusExplanationRecord> {
  const claim = await loadClaim(context, claimId, 'claimId');
  const loaded = await loadMap(context, claim.mapId, 'claimId');
  const map = loaded.reading(openAssumptions);
  const index = map.framework.claimIndex.get(claimId)!;
  // What must still be shown: the open questions below the claim, their impact on the map as it stands.
  const open = () => openQuestions(loaded, supportBelow(loaded, index));
  const explanation = explain(map.framework, await labellingWith(context, map, reject), index);
  // A FACT_CHECKED step shows the checks so rated: it carries the ratings the rejection named.
  const factCheckedAs = reject?.factCheckedAs ?? [];
  const steps = explanation.steps.map((step) => (step.reason === 'FACT_CHECKED' ? { ...step, factCheckedAs } : step));
  return { ...explanation, steps, openQuestions: open };
}

/** The map's open critical questions, most impact first; at most `first`. */
export async function openQuestionsOf(context: RequestContext, mapId: string, first: number): Promise<OpenQuestionRecord[]> {
  checkLimit(first, 'first');
  return openQuestions(await loadMap(context, mapId, 'mapId')).slice(0, first);
}

export async function criticalPremisesOf(context: RequestContext, conclusionId: string): Promise<CriticalPremiseRecord[]> {
  const claim = await loadClaim(context, conclusionId, 'conclusionId');
  const map = await loadMap(context, claim.mapId, 'conclusionId');
  return criticalPremises(map.framework, conclusionId);
}

export async function circularReasoning(context: RequestContext, mapId: string, limit: number): Promise<SupportCycleRecord[]> {
  checkLimit(limit, 'limit');
  const map = await loadMap(context, mapId, 'mapId');
  return supportCycles(map.framework, limit);
}

/** A claim's status with nothing rejected; the map's evaluation is shared by the whole request. */
export async function claimStatus(context: RequestContext, claim: ClaimRecord): Promise<ClaimStatus | null> {
  const maps = evaluatedMaps(context);
  let map = await maps.load(claim.mapId);
  // A claim created by an earlier mutation of this same request is not in a structure read before it.
  if (map && !map.framework.claimIndex.has(claim.id)) map = await maps.clear(claim.mapId).load(claim.mapId);
  const index = map?.framework.claimIndex.get(claim.id);
  return map && index !== undefined ? statusName(map.base.status[index]!) : null;
}

async function labellingWith(
  context: RequestContext,
  map: EvaluatedMap,
  reject: RejectionArgs | null | undefined,
): Promise<Labelling> {
  const forced = { ...forcedBy(map.framework, reject), factChecked: await factCheckedClaims(context, map, reject) };
  const count = forced.claims.length + forced.actors.length + forced.factChecked.length;
  return count === 0 ? map.base : grounded(map.framework, forced);
}

/** The claims of the map whose class carries a fact-check rated as reject.factCheckedAs names; one round trip, only when it names any. */
async function factCheckedClaims(
  context: RequestContext,
  map: EvaluatedMap,
  reject: RejectionArgs | null | undefined,
): Promise<number[]> {
  const ratings = [...new Set(reject?.factCheckedAs ?? [])];
  if (ratings.length === 0) return [];
  const params = { mapId: map.framework.mapId, ratings, mapIds: context.caller.maps };
  const rows = await context.db.read((tx) => factCheckedClaimsQuery.run(params, tx), context.scope);
  return rows.map((row) => map.framework.claimIndex.get(row.claimId)).filter((claim) => claim !== undefined);
}

async function loadMap(context: RequestContext, mapId: string, field: string): Promise<EvaluatedMap> {
  const map = await evaluatedMaps(context).load(mapId);
  if (!map) throw new NotFoundError(field, mapId, 'map');
  return map;
}

async function loadClaim(context: RequestContext, claimId: string, field: string): Promise<ClaimRecord> {
  const claim = await context.loaders.claimsById.load(claimId);
  if (!claim) throw new NotFoundError(field, claimId, 'claim');
  return claim;
}
