/**
 * Validation rule: no operation selects deeper than `maxDepth` fields (fragments followed, each at
 * most once per path so a fragment cycle — itself invalid — cannot loop). Introspection fields
 * (`__schema`, `__type`) are skipped: their depth is fixed by the spec, not by the client.
 * A deeper operation is a GRAPHQL_VALIDATION_FAILED error (HTTP 400) and does not run.
 */
import { GraphQLError, Kind, type SelectionSetNode, type ValidationContext, type ValidationRule } from 'graphql';

export function maxDepthRule(maxDepth: number): ValidationRule {
  return (context: ValidationContext) => ({
    OperationDefinition(operation) {
      const depth = depthOf(context, operation.selectionSet, new Set());
      if (depth > maxDepth) {
        context.reportError(
          new GraphQLError(`the operation is ${depth} fields deep; at most ${maxDepth} are allowed`, { nodes: [operation] }),
        );
      }
    },
  });
}

function depthOf(context: ValidationContext, selectionSet: SelectionSetNode, fragments: Set<string>): number {
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue;
      const below = selection.selectionSet ? depthOf(context, selection.selectionSet, fragments) : 0;
      deepest = Math.max(deepest, 1 + below);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(context, selection.selectionSet, fragments));
    } else {
      const name = selection.name.value;
      const fragment = context.getFragment(name);
      if (!fragment || fragments.has(name)) continue;
      deepest = Math.max(deepest, depthOf(context, fragment.selectionSet, new Set([...fragments, name])));
    }
  }
  return deepest;
}
