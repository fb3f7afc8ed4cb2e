/** The whole resolver map, assembled from each capability's per-type resolver maps. */
import { JSONObjectResolver, JSONResolver } from 'graphql-scalars';
import { Actor } from '../actors/resolvers/Actor.ts';
import { actorArgumentMapFields } from '../actors/resolvers/ArgumentMap.ts';
import { actorMutations } from '../actors/resolvers/Mutation.ts';
import { actorQueries } from '../actors/resolvers/Query.ts';
import { DependentClaimConnection } from '../actors/resolvers/DependentClaimConnection.ts';
import { actorEntityFields } from '../actors/resolvers/Entity.ts';
import { Attack, AttackTarget } from '../attacks/resolvers/Attack.ts';
import { PreferenceEnd } from '../preferences/resolvers/Preference.ts';
import { Rephrase } from '../rephrases/resolvers/Rephrase.ts';
import { attackMutations } from '../attacks/resolvers/Mutation.ts';
import { chainQueries } from '../chains/resolvers/Query.ts';
import { ChainStep, ReasoningChain } from '../chains/resolvers/ReasoningChain.ts';
import { ReasoningChainConnection } from '../chains/resolvers/ReasoningChainConnection.ts';
import { Claim } from '../claims/resolvers/Claim.ts';
import { ClaimConnection } from '../claims/resolvers/ClaimConnection.ts';
import { ClaimMatch } from '../claims/resolvers/ClaimMatch.ts';
import { claimArgumentMapFields } from '../claims/resolvers/ArgumentMap.ts';
import { claimMutations } from '../claims/resolvers/Mutation.ts';
import { claimQueries } from '../claims/resolvers/Query.ts';
import { criticalQuestionAttackFields, criticalQuestionInferenceFields } from '../critical-questions/resolvers/Inference.ts';
import { criticalQuestionMutations } from '../critical-questions/resolvers/Mutation.ts';
import { evaluationClaimFields } from '../evaluation/resolvers/Claim.ts';
import { ClaimLabel, StatusChange } from '../evaluation/resolvers/ClaimLabel.ts';
import { CriticalPremise } from '../evaluation/resolvers/CriticalPremise.ts';
import { Evaluation } from '../evaluation/resolvers/Evaluation.ts';
import { evaluationQueries } from '../evaluation/resolvers/Query.ts';
import { InferenceCheck, StatusExplanation, StatusStep } from '../evaluation/resolvers/StatusStep.ts';
import { SupportCycle } from '../evaluation/resolvers/SupportCycle.ts';
import { OpenQuestion } from '../evaluation/resolvers/OpenQuestion.ts';
import { factCheckClaimFields } from '../fact-checks/resolvers/Claim.ts';
import { FactCheck } from '../fact-checks/resolvers/FactCheck.ts';
import { factCheckStatusStepFields } from '../fact-checks/resolvers/StatusStep.ts';
import { factCheckMutations } from '../fact-checks/resolvers/Mutation.ts';
import { factCheckQueries } from '../fact-checks/resolvers/Query.ts';
import { RestingClaimConnection } from '../fact-checks/resolvers/RestingClaimConnection.ts';
import { Inference } from '../inferences/resolvers/Inference.ts';
import { liveQueries } from '../live/resolvers/Query.ts';
import { liveSubscriptions } from '../live/resolvers/Subscription.ts';
import { inferenceMutations } from '../inferences/resolvers/Mutation.ts';
import { aifMutations } from '../interop/aif/resolvers/Mutation.ts';
import { argdownMutations } from '../interop/argdown/resolvers/Mutation.ts';
import { interopQueries } from '../interop/resolvers/Query.ts';
import { auditArgumentMapFields } from '../auth/resolvers/ArgumentMap.ts';
import { ArgumentMap } from '../maps/resolvers/ArgumentMap.ts';
import { mapMutations } from '../maps/resolvers/Mutation.ts';
import { mapQueries } from '../maps/resolvers/Query.ts';
import { Entity } from '../entities/resolvers/Entity.ts';
import { EntityLink } from '../entities/resolvers/EntityLink.ts';
import { entityActorFields } from '../entities/resolvers/Actor.ts';
import { entityMutations } from '../entities/resolvers/Mutation.ts';
import { entityQueries } from '../entities/resolvers/Query.ts';
import { schemeQueries } from '../schemes/resolvers/Query.ts';
import { sameClaimClaimFields } from '../same-claims/resolvers/Claim.ts';
import { sameClaimMutations } from '../same-claims/resolvers/Mutation.ts';
import type { Resolvers } from '../graphql/resolvers-types.generated.ts';

export const resolvers: Resolvers = {
  JSONObject: JSONObjectResolver,
  JSON: JSONResolver,
  Query: {
    ...mapQueries,
    ...claimQueries,
    ...chainQueries,
    ...actorQueries,
    ...interopQueries,
    ...evaluationQueries,
    ...schemeQueries,
    ...entityQueries,
    ...liveQueries,
    ...factCheckQueries,
  },
  Subscription: liveSubscriptions,
  Mutation: {
    ...mapMutations,
    ...claimMutations,
    ...inferenceMutations,
    ...attackMutations,
    ...actorMutations,
    ...aifMutations,
    ...argdownMutations,
    ...criticalQuestionMutations,
    ...entityMutations,
    ...sameClaimMutations,
    ...factCheckMutations,
  },
  ArgumentMap: { ...ArgumentMap, ...claimArgumentMapFields, ...actorArgumentMapFields, ...auditArgumentMapFields },
  Claim: { ...Claim, ...evaluationClaimFields, ...sameClaimClaimFields, ...factCheckClaimFields },
  FactCheck,
  RestingClaimConnection,
  ClaimConnection,
  ClaimMatch,
  Inference: { ...Inference, ...criticalQuestionInferenceFields },
  Attack: { ...Attack, ...criticalQuestionAttackFields },
  AttackTarget,
  Rephrase,
  PreferenceEnd,
  Actor: { ...Actor, ...entityActorFields },
  Entity: { ...Entity, ...actorEntityFields },
  EntityLink,
  DependentClaimConnection,
  ReasoningChain,
  ChainStep,
  ReasoningChainConnection,
  Evaluation,
  ClaimLabel,
  StatusChange,
  StatusExplanation,
  StatusStep: { ...StatusStep, ...factCheckStatusStepFields },
  InferenceCheck,
  CriticalPremise,
  SupportCycle,
  OpenQuestion,
};
