/**
 * Reads schema.org ClaimReview JSON-LD as fact-checkers publish it: one ClaimReview object, an
 * array of nodes, or an object with a `@graph` array. Nodes whose `@type` is not ClaimReview are
 * skipped and their paths reported. Anything malformed is BAD_USER_INPUT naming `document` and
 * the path inside it (`@graph[1].reviewRating.ratingValue`), before anything is written.
 *
 * Read: claimReviewed (required text), reviewRating (required: ratingValue, bestRating,
 * worstRating as numbers or text, alternateName as text; a value or a name at least), author and
 * itemReviewed.author (an organisation or person: `name`, or text, or an array of those),
 * itemReviewed.appearance (URLs as text, or objects with `url`; one or an array), datePublished,
 * url (text).
 */
import { BadUserInputError } from '../shared/errors.ts';
import { type RatingInput, normaliseRating } from './normalise-rating.ts';
import type { FactCheckRating } from '../graphql/resolvers-types.generated.ts';

/** How many ClaimReviews one document may hold. */
export const maxReviewsPerDocument = 100;
/** The longest text a field may have (claimReviewed is a claim's text: the same bound). */
const maxTextLength = 20_000;

export interface ClaimReview extends RatingInput {
  /** Where it is: `document`, `document[2]`, `document.@graph[1]`. */
  path: string;
  rating: FactCheckRating;
  claimReviewed: string;
  author: string | null;
  itemAuthor: string | null;
  appearance: string[];
  datePublished: string | null;
  url: string | null;
  /** The review as given, as JSON text. */
  document: string;
}

export interface ReadDocument {
  reviews: ClaimReview[];
  ignored: string[];
}

type Json = unknown;
const isObject = (value: Json): value is Record<string, Json> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const bad = (path: string, message: string) => new BadUserInputError('document', `at ${path}: ${message}`, { path });

export function readClaimReviews(document: Json): ReadDocument {
  const nodes: [string, Json][] = Array.isArray(document)
    ? document.map((node, i) => [`document[${i}]`, node])
    : isObject(document) && '@graph' in document
      ? graphNodes(document['@graph'])
      : [['document', document]];
  const reviews: ClaimReview[] = [];
  const ignored: string[] = [];
  for (const [path, node] of nodes) {
    if (!isObject(node)) throw bad(path, 'must be a JSON-LD node (an object)');
    if (isClaimReview(node, path)) reviews.push(readReview(node, path));
    else if (path === 'document') throw bad(path, 'is not a ClaimReview (its @type must be "ClaimReview")');
    else ignored.push(path);
  }
  if (reviews.length === 0) throw bad('document', 'holds no ClaimReview');
  if (reviews.length > maxReviewsPerDocument) {
    throw bad('document', `holds ${reviews.length} ClaimReviews; at most ${maxReviewsPerDocument} are read at once`);
  }
  return { reviews, ignored };
}

function graphNodes(graph: Json): [string, Json][] {
  if (!Array.isArray(graph)) throw bad('document.@graph', 'must be an array');
  return graph.map((node, i) => [`document.@graph[${i}]`, node]);
}

function isClaimReview(node: Record<string, Json>, path: string): boolean {
  const type = node['@type'];
  const types = Array.isArray(type) ? type : [type];
  if (!types.every((t) => t === undefined || typeof t === 'string'))
    throw bad(`${path}.@type`, 'must be text or an array of text');
  // Short names and full IRIs both occur: "ClaimReview", "schema:ClaimReview", "https://schema.org/ClaimReview".
  return types.some((t) => typeof t === 'string' && /(^|[/:#])ClaimReview$/.test(t));
}

function readReview(node: Record<string, Json>, path: string): ClaimReview {
  const claimReviewed = text(node.claimReviewed, `${path}.claimReviewed`);
  if (claimReviewed === null || claimReviewed.trim() === '') throw bad(`${path}.claimReviewed`, 'must be non-empty text');
  const rating = node.reviewRating;
  if (!isObject(rating)) throw bad(`${path}.reviewRating`, 'must be an object (a schema.org Rating)');
  const input: RatingInput = {
    ratingValue: scalar(rating.ratingValue, `${path}.reviewRating.ratingValue`),
    bestRating: scalar(rating.bestRating, `${path}.reviewRating.bestRating`),
    worstRating: scalar(rating.worstRating, `${path}.reviewRating.worstRating`),
    alternateName: text(rating.alternateName, `${path}.reviewRating.alternateName`),
  };
  if (input.ratingValue === null && input.alternateName === null) {
    throw bad(`${path}.reviewRating`, 'must have a ratingValue or an alternateName');
  }
  const item = node.itemReviewed;
  if (item !== undefined && !isObject(item)) throw bad(`${path}.itemReviewed`, 'must be an object (a schema.org Claim)');
  return {
    path,
    ...input,
    rating: normaliseRating(input),
    claimReviewed: claimReviewed.trim(),
    author: names(node.author, `${path}.author`),
    itemAuthor: item ? names(item.author, `${path}.itemReviewed.author`) : null,
    appearance: item ? urls(item.appearance, `${path}.itemReviewed.appearance`) : [],
    datePublished: text(node.datePublished, `${path}.datePublished`),
    url: text(node.url, `${path}.url`),
    document: JSON.stringify(node),
  };
}

function text(value: Json, path: string): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw bad(path, 'must be text');
  if (value.length > maxTextLength) throw bad(path, `is ${value.length} characters long; at most ${maxTextLength} are read`);
  return value;
}

/** A rating number: a JSON number or text (kept as text, as given). */
function scalar(value: Json, path: string): string | null {
  if (typeof value === 'number') return String(value);
  if (value !== undefined && typeof value !== 'string' && value !== null) throw bad(path, 'must be a number or text');
  return text(value, path);
}

/** A Person or Organization, its name as text, or an array of those: the names, joined. */
function names(value: Json, path: string): string | null {
  if (value === undefined || value === null) return null;
  const list = Array.isArray(value) ? value : [value];
  const found = list.map((entry, i) => {
    const at = Array.isArray(value) ? `${path}[${i}]` : path;
    if (typeof entry === 'string') return text(entry, at)!;
    if (isObject(entry)) return text(entry.name, `${at}.name`);
    throw bad(at, 'must be an object with a name, or text');
  });
  const present = found.filter((name): name is string => name !== null && name.trim() !== '');
  return present.length > 0 ? present.join(', ') : null;
}

/** URLs as text, or CreativeWorks with a `url`; one or an array. */
function urls(value: Json, path: string): string[] {
  if (value === undefined || value === null) return [];
  const list = Array.isArray(value) ? value : [value];
  return list.flatMap((entry, i) => {
    const at = Array.isArray(value) ? `${path}[${i}]` : path;
    if (typeof entry === 'string') return [text(entry, at)!];
    if (isObject(entry)) return entry.url === undefined ? [] : [text(entry.url, `${at}.url`)!];
    throw bad(at, 'must be a URL as text, or an object with a url');
  });
}
