import type { ReasoningChainConnectionResolvers } from '../../graphql/resolvers-types.generated.ts';
import type { ChainRecord } from '../../graphql/records/chain-record.ts';
import { offsetConnection } from '../../graphql/offset-connection.ts';

export const ReasoningChainConnection: ReasoningChainConnectionResolvers = offsetConnection<ChainRecord>();
