import type { StatusStepResolvers } from '../../graphql/resolvers-types.generated.ts';
import { factChecksLoader } from '../fact-checks-of-claims.ts';

export const factCheckStatusStepFields: StatusStepResolvers = {
  factChecks: async (step, _, context) => {
    const ratings = step.factCheckedAs ?? [];
    if (ratings.length === 0) return [];
    return (await factChecksLoader(context).load(step.claimId)).filter((check) => ratings.includes(check.rating));
  },
};
