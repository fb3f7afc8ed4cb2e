import { buildASTSchema, concatAST, Kind, parse, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { typeDefs } from '../../src/graphql/type-defs.ts';
import { crossMapFanOut, operationCost } from '../../src/limits/operation-cost.ts';

const schema = buildASTSchema(concatAST(typeDefs));
const cost = (query: string, variables: Record<string, unknown> = {}) => {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  return operationCost({ schema, operation, fragments: {}, variables });
};
const page = `edges { node { claim { id } chain { claims { id } } } }`;

describe('operation cost: reads across maps', () => {
  it('multiplies a chain query by the fan-out when it crosses maps', () => {
    const chains = (across: boolean) =>
      `{ reasoningChains(conclusionId: "m:c", acrossMaps: ${across}) { edges { node { claims { id } } } } }`;
    expect(cost(chains(true))).toBe(crossMapFanOut * cost(chains(false)));
    const consequences = `query($a: Boolean) { consequences(premiseId: "m:c", acrossMaps: $a) { edges { node { claims { id } } } } }`;
    expect(cost(consequences, { a: true })).toBe(crossMapFanOut * cost(consequences, { a: false }));
  });

  it('multiplies dependentClaims by entity, and Entity.dependentClaims, but not by actor', () => {
    const byActor = cost(`{ dependentClaims(actorId: "m:a") { ${page} } }`);
    expect(cost(`{ dependentClaims(entityId: "e") { ${page} } }`)).toBe(crossMapFanOut * byActor);
    expect(cost(`{ entity(id: "e") { dependentClaims { ${page} } } }`)).toBe(1 + crossMapFanOut * byActor);
    expect(cost(`{ actor(id: "m:a") { entity { dependentClaims { ${page} } } } }`)).toBe(2 + crossMapFanOut * byActor);
  });

  it('caps the factor at the number of maps named', () => {
    const byActor = cost(`{ dependentClaims(actorId: "m:a") { ${page} } }`);
    expect(cost(`{ dependentClaims(entityId: "e", maps: ["m"]) { ${page} } }`)).toBe(byActor);
    expect(cost(`{ dependentClaims(entityId: "e", maps: ["m", "n"]) { ${page} } }`)).toBe(2 * byActor);
  });
});
