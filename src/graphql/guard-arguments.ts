/**
 * The one check of string input: every root field's resolver (Query and Mutation) is wrapped, and
 * its coerced arguments — variables, literals and defaults alike, input objects and JSON documents
 * included — are checked by src/shared/text-rules.ts before it runs. A refused argument is
 * BAD_USER_INPUT naming its path (`input.text`, `document.claims[0].text`), and nothing is written.
 */
import type { GraphQLFieldResolver } from 'graphql';
import { checkTextsIn } from '../shared/text-rules.ts';

type Resolver = GraphQLFieldResolver<unknown, unknown, Record<string, unknown>>;

export function guardArguments<Resolvers extends object>(fields: Resolvers): Resolvers {
  const guarded = Object.entries(fields).map(([field, resolve]) => {
    const inner = resolve as Resolver;
    const wrapped: Resolver = (parent, args, context, info) => {
      checkTextsIn(args, '');
      return inner(parent, args, context, info);
    };
    return [field, wrapped];
  });
  return Object.fromEntries(guarded) as Resolvers;
}
