// Resolver types come from the SDL so that a schema change the code does not follow fails typecheck.
// `npm run codegen` writes them; `npm run codegen:check` (part of `npm test`) fails when they are stale.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema/*.graphql',
  generates: {
    'src/graphql/resolvers-types.generated.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useIndexSignature: false,
        useTypeImports: true,
        enumsAsTypes: true,
        contextType: '../server/context.ts#RequestContext',
        scalars: { JSONObject: 'Record<string, unknown>' },
        mappers: {
          ArgumentMap: '../maps/map-record.ts#MapRecord',
          Source: '../maps/map-record.ts#SourceRecord',
          Claim: '../claims/claim-record.ts#ClaimRecord',
          ClaimConnection: '../claims/claim-page.ts#ClaimPage',
          Inference: '../inferences/inference-record.ts#InferenceRecord',
          Attack: '../attacks/attack-record.ts#AttackRecord',
          Actor: '../actors/actor-record.ts#ActorRecord',
          DependentClaim: '../actors/dependent-claim.ts#DependentClaimRecord',
          ReasoningChain: '../chains/chain-record.ts#ChainRecord',
          ChainStep: '../chains/chain-record.ts#ChainStepRecord',
          ImportMapResult: '../maps/import-map.ts#ImportMapOutcome',
          MapCounts: '../maps/map-record.ts#MapCountsRecord',
          Rephrase: '../rephrases/rephrase-record.ts#RephraseRecord',
          Preference: '../preferences/preference-record.ts#PreferenceRecord',
          Evaluation: '../evaluation/evaluation-record.ts#EvaluationRecord',
          ClaimLabel: '../evaluation/evaluation-record.ts#ClaimLabelRecord',
          StatusChange: '../evaluation/evaluation-record.ts#StatusChangeRecord',
          StatusExplanation: '../evaluation/evaluation-record.ts#StatusExplanationRecord',
          StatusStep: '../evaluation/evaluation-record.ts#StatusStepRecord',
          InferenceCheck: '../evaluation/evaluation-record.ts#InferenceCheckRecord',
          CriticalPremise: '../evaluation/evaluation-record.ts#CriticalPremiseRecord',
          SupportCycle: '../evaluation/evaluation-record.ts#SupportCycleRecord',
        },
      },
    },
  },
};

export default config;
