import type { DependentClaimConnectionResolvers } from '../../graphql/resolvers-types.generated.ts';
import type { DependentClaimRecord } from '../../graphql/records/dependent-claim-record.ts';
import { offsetConnection } from '../../graphql/offset-connection.ts';

export const DependentClaimConnection: DependentClaimConnectionResolvers = offsetConnection<DependentClaimRecord>();
