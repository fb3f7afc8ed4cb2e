import type { RestingClaimConnectionResolvers } from '../../graphql/resolvers-types.generated.ts';
import type { RestingClaimRecord } from '../../graphql/records/resting-claim-record.ts';
import { offsetConnection } from '../../graphql/offset-connection.ts';

export const RestingClaimConnection: RestingClaimConnectionResolvers = offsetConnection<RestingClaimRecord>();
