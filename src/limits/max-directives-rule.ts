/**
 * Validation rule: a document uses at most `maxDirectives` directives. Thousands of `@include`s on
 * one field cost the server time to validate and execute while fetching nothing; no honest client
 * needs many. GRAPHQL_VALIDATION_FAILED (HTTP 400).
 */
import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';

export function maxDirectivesRule(maxDirectives: number): ValidationRule {
  return (context: ValidationContext) => {
    let directives = 0;
    return {
      Directive() {
        directives++;
      },
      Document: {
        leave(document) {
          if (directives > maxDirectives) {
            context.reportError(
              new GraphQLError(`the document uses ${directives} directives; at most ${maxDirectives} are allowed`, {
                nodes: [document],
              }),
            );
          }
        },
      },
    };
  };
}
