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
        },
      },
    },
  },
};

export default config;
