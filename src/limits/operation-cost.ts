/**
 * The cost of an operation, estimated before it runs from the document, the schema and the
 * variables (so `first: $n` counts at its real value):
 *
 *   cost(field) = 1 + multiplier(field) × cost(its selections)
 *
 * where the multiplier is the page size (`first` or `limit`, its default when absent) for a
 * paginated field, `listFactor` for any other list, 1 otherwise. The page size already counts the
 * items of a connection, so its own item lists (`edges`, `nodes`) count once. Chain and dependence
 * fields cost by `maxDepth` too: a paginated one (`reasoningChains`, `consequences`,
 * `dependentClaims`, `claimsRestingOn`, each with `first` and `maxDepth`) returns `first` chains or dependents whose
 * lists (claims, steps) hold at most `maxDepth + 1` items, so inside it lists count `maxDepth + 1`
 * instead of `listFactor`; one without a page size (`justification`) multiplies its lists by
 * `maxDepth`, since each hop can reach more claims. Fragments are expanded; inline fragments on
 * abstract types are summed (an upper bound). Introspection is free.
 *
 * Reads that cross maps (`acrossMaps: true` on the chain queries, `dependentClaims` by `entityId`
 * and `Entity.dependentClaims`) cost `crossMapFanOut` times as much: every hop into another map
 * brings that map's support into the walk, so the paths Neo4j enumerates grow with the maps
 * crossed while the page stays the same size. `maps: [...]` caps the factor at the number of maps
 * named (one map named crosses nowhere).
 *
 * Root queries that read or evaluate a whole map (`wholeMapReads`) cost `wholeMapCost` more, however
 * little they select: their work grows with the map, not with the answer, and admission control
 * (admission.ts) must not let them pass as cheap.
 */
import {
  getArgumentValues,
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  isInterfaceType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/** What a list without a page-size argument is assumed to hold. */
export const listFactor = 10;

/** What a root query that reads or evaluates a whole map costs beyond its selections. */
export const wholeMapCost = 1_000;

const wholeMapReads = new Set([
  'evaluate',
  'explainStatus',
  'criticalPremises',
  'circularReasoning',
  'openQuestions',
  'exportMap',
]);

/** How many times a read that crosses maps costs the same read inside one map. */
export const crossMapFanOut = 5;

/** The crossing factor of a field: 1 unless its arguments make it cross maps (see above). */
function crossingFactor(parent: GraphQLNamedType, field: GraphQLField<unknown, unknown>, args: Record<string, unknown>): number {
  const crosses =
    args.acrossMaps === true || (field.name === 'dependentClaims' && (args.entityId != null || parent.name === 'Entity'));
  if (!crosses) return 1;
  return Array.isArray(args.maps) ? Math.max(1, Math.min(args.maps.length, crossMapFanOut)) : crossMapFanOut;
}

/** The item lists of a connection, whose length the page size bounds. */
const pageItemFields = new Set(['edges', 'nodes']);

export interface CostInput {
  schema: GraphQLSchema;
  operation: OperationDefinitionNode;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
}

/**
 * The cost of the operation a request resolved to, fragments collected from its document; undefined
 * when its variables do not fit (execution then reports them as BAD_USER_INPUT, touching nothing).
 */
export function requestCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): number | undefined {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  }
  try {
    return operationCost({ schema, operation, fragments, variables });
  } catch {
    return undefined;
  }
}

export function operationCost({ schema, operation, fragments, variables }: CostInput): number {
  const root = schema.getRootType(operation.operation);
  return root ? selectionCost(root, operation.selectionSet, { schema, fragments, variables }, new Set()) : 0;
}

interface Walk {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
}

function selectionCost(
  type: GraphQLNamedType,
  selectionSet: SelectionSetNode,
  walk: Walk,
  seen: Set<string>,
  listBound = listFactor,
  isPage = false,
): number {
  let cost = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue;
      const field = fieldOf(type, selection.name.value);
      if (!field) continue;
      const args = getArgumentValues(field, selection, walk.variables);
      const page = positive(args.first) ?? positive(args.limit);
      const depth = positive(args.maxDepth);
      const bound = page !== undefined && depth !== undefined ? depth + 1 : listBound;
      const below = selection.selectionSet
        ? selectionCost(getNamedType(field.type), selection.selectionSet, walk, seen, bound, page !== undefined)
        : 0;
      const list = isListType(getNullableType(field.type));
      const pageItems = isPage && list && pageItemFields.has(field.name);
      const times = page ?? (pageItems ? 1 : list ? listBound * (depth ?? 1) : (depth ?? 1));
      const wholeMap = type === walk.schema.getQueryType() && wholeMapReads.has(field.name) ? wholeMapCost : 0;
      cost += (1 + times * below) * crossingFactor(type, field, args) + wholeMap;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const on = selection.typeCondition ? walk.schema.getType(selection.typeCondition.name.value) : type;
      cost += selectionCost(on ?? type, selection.selectionSet, walk, seen, listBound, isPage);
    } else {
      const fragment = walk.fragments[selection.name.value];
      if (!fragment || seen.has(fragment.name.value)) continue;
      const on = walk.schema.getType(fragment.typeCondition.name.value) ?? type;
      cost += selectionCost(on, fragment.selectionSet, walk, new Set([...seen, fragment.name.value]), listBound, isPage);
    }
  }
  return cost;
}

function fieldOf(type: GraphQLNamedType, name: string): GraphQLField<unknown, unknown> | undefined {
  return isObjectType(type) || isInterfaceType(type) ? type.getFields()[name] : undefined;
}

function positive(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined;
}
