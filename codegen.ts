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
        contextType: './context.ts#RequestContext',
        scalars: { JSONObject: 'Record<string, unknown>', JSON: 'unknown' },
        mappers: {
          ArgumentMap: './records/map-record.ts#MapRecord',
          Source: './records/map-record.ts#SourceRecord',
          Claim: './records/claim-record.ts#ClaimRecord',
          ClaimConnection: './records/claim-record.ts#ClaimPage',
          ClaimMatch: './records/claim-match-record.ts#ClaimMatchRecord',
          FactCheck: './records/fact-check-record.ts#FactCheckRecord',
          RestingClaim: './records/resting-claim-record.ts#RestingClaimRecord',
          RestingClaimConnection: './records/resting-claim-record.ts#RestingClaimPage',
          ImportedClaimReview: './records/fact-check-record.ts#ImportedClaimReviewRecord',
          ImportClaimReviewResult: './records/fact-check-record.ts#ImportClaimReviewRecord',
          Inference: './records/inference-record.ts#InferenceRecord',
          Attack: './records/attack-record.ts#AttackRecord',
          Actor: './records/actor-record.ts#ActorRecord',
          Entity: './records/entity-record.ts#EntityRecord',
          EntityLink: './records/entity-link-record.ts#EntityLinkRecord',
          DependentClaim: './records/dependent-claim-record.ts#DependentClaimRecord',
          ReasoningChain: './records/chain-record.ts#ChainRecord',
          ChainStep: './records/chain-record.ts#ChainStepRecord',
          ReasoningChainConnection: './records/page-record.ts#ChainPage',
          DependentClaimConnection: './records/page-record.ts#DependentClaimPage',
          ImportMapResult: './records/map-record.ts#ImportMapOutcome',
          MapCounts: './records/map-record.ts#MapCountsRecord',
          Rephrase: './records/rephrase-record.ts#RephraseRecord',
          Preference: './records/preference-record.ts#PreferenceRecord',
          Evaluation: './records/evaluation-record.ts#EvaluationRecord',
          ClaimLabel: './records/evaluation-record.ts#ClaimLabelRecord',
          StatusChange: './records/evaluation-record.ts#StatusChangeRecord',
          StatusExplanation: './records/evaluation-record.ts#StatusExplanationRecord',
          StatusStep: './records/evaluation-record.ts#StatusStepRecord',
          InferenceCheck: './records/evaluation-record.ts#InferenceCheckRecord',
          CriticalPremise: './records/evaluation-record.ts#CriticalPremiseRecord',
          SupportCycle: './records/evaluation-record.ts#SupportCycleRecord',
          CriticalQuestionState: './records/critical-question-record.ts#CriticalQuestionStateRecord',
          OpenQuestion: './records/evaluation-record.ts#OpenQuestionRecord',
        },
      },
    },
  },
};

export default config;
