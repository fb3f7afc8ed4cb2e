/**
 * Validation rule: a document holds at most `maxAliases` aliases. Aliases are how one request asks
 * for the same expensive field many times over (`a1: reasoningChains(…) a2: reasoningChains(…)`),
 * which no depth or cost rule on a single field sees. GRAPHQL_VALIDATION_FAILED (HTTP 400).
 */
import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';

export function maxAliasesRule(maxAliases: number): ValidationRule {
  return (context: ValidationContext) => {
    let aliases = 0;
    return {
      Field(field) {
        if (field.alias) aliases++;
      },
      Document: {
        leave(document) {
          if (aliases > maxAliases) {
            context.reportError(
              new GraphQLError(`the document uses ${aliases} aliases; at most ${maxAliases} are allowed`, { nodes: [document] }),
            );
          }
        },
      },
    };
  };
}
