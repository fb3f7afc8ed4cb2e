import type { AttackRecord } from '../../graphql/records/attack-record.ts';
import type {
  InferenceCheckResolvers,
  StatusExplanationResolvers,
  StatusStepResolvers,
} from '../../graphql/resolvers-types.generated.ts';
import type { Loaders } from '../../graphql/loaders.ts';

const claimsOf = (loaders: Loaders, ids: string[]) => Promise.all(ids.map(async (id) => (await loaders.claimsById.load(id))!));

/** The attacks named by `ids`, in that order, out of the (batched) list of all attacks on one element. */
async function pick(all: () => Promise<AttackRecord[]>, ids: string[]): Promise<AttackRecord[]> {
  if (ids.length === 0) return [];
  const byId = new Map((await all()).map((attack) => [attack.id, attack]));
  return ids.map((id) => byId.get(id)!);
}

export const StatusExplanation: StatusExplanationResolvers = {
  claim: async (explanation, _, { loaders }) => (await loaders.claimsById.load(explanation.claimId))!,
  openQuestions: (explanation) => explanation.openQuestions?.() ?? [],
};

export const StatusStep: StatusStepResolvers = {
  claim: async (step, _, { loaders }) => (await loaders.claimsById.load(step.claimId))!,
  actor: (step, _, { loaders }) => (step.actorId ? loaders.actorsById.load(step.actorId) : null),
  rebuttals: (step, _, { loaders }) => pick(() => loaders.attacksOnClaims.load(step.claimId), step.rebuttalIds),
  dependsOn: (step, _, { loaders }) => claimsOf(loaders, step.dependsOn),
};

export const InferenceCheck: InferenceCheckResolvers = {
  inference: async (check, _, { loaders }) => (await loaders.inferencesById.load(check.inferenceId))!,
  premises: (check, _, { loaders }) => claimsOf(loaders, check.premiseIds),
  undercuts: (check, _, { loaders }) => pick(() => loaders.undercutsOfInferences.load(check.inferenceId), check.undercutIds),
};
