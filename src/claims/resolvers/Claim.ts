import type { ClaimResolvers } from '../../graphql/resolvers-types.generated.ts';
import type { ClaimRecord } from '../../graphql/records/claim-record.ts';

export const Claim: ClaimResolvers = {
  quote: (claim) => quoteOf(claim),
  tags: (claim) => claim.tags ?? [],
  // Chains and graphs project claims without their version: then it is loaded.
  version: async (claim, _, { loaders }) => claim.version ?? (await loaders.claimsById.load(claim.id))?.version ?? 1,
  role: async (claim, _, { loaders }) => (await loaders.claimRoles.load(claim.id)) ?? 'UNCONNECTED',
  map: async (claim, _, { loaders }) => (await loaders.mapsById.load(claim.mapId))!,
  supportedBy: (claim, _, { loaders }) => loaders.inferencesConcludingClaims.load(claim.id),
  supports: (claim, _, { loaders }) => loaders.inferencesFromPremises.load(claim.id),
  premises: (claim, _, { loaders }) => loaders.premisesOfClaims.load(claim.id),
  conclusions: (claim, _, { loaders }) => loaders.conclusionsOfClaims.load(claim.id),
  attackedBy: (claim, _, { loaders }) => loaders.attacksOnClaims.load(claim.id),
  attacks: (claim, _, { loaders }) => loaders.attacksByAttackers.load(claim.id),
  assertedBy: (claim, _, { loaders }) => loaders.actorsAssertingClaims.load(claim.id),
  about: (claim, _, { loaders }) => loaders.actorsClaimsAreAbout.load(claim.id),
  rephrasedAs: (claim, _, { loaders }) => loaders.rephrasesFromClaims.load(claim.id),
  rephrases: (claim, _, { loaders }) => loaders.rephrasesToClaims.load(claim.id),
};

function quoteOf(claim: ClaimRecord) {
  if (claim.quoteText == null || claim.quoteStart == null || claim.quoteEnd == null) return null;
  return { text: claim.quoteText, start: claim.quoteStart, end: claim.quoteEnd };
}
