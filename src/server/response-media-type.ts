/**
 * Which of GraphQL over HTTP's two response media types a request's `Accept` asks for
 * (https://graphql.github.io/graphql-over-http/draft/#sec-Accept): the highest quality wins; at
 * equal quality the more specific range, then the one listed first; at a full tie, and with no
 * `Accept` at all, the legacy `application/json` (the spec's rule for a missing header). The same
 * ordering as the `negotiator` package Apollo uses, so our choice and Apollo's agree.
 */
export type ResponseMediaType = 'application/json' | 'application/graphql-response+json';

const candidates: ResponseMediaType[] = ['application/json', 'application/graphql-response+json'];

interface Range {
  type: string;
  subtype: string;
  charset?: string;
  /** A parameter other than q and charset (a version, a profile): we offer none, so no match. */
  otherParams: boolean;
  q: number;
  order: number;
}

/** The chosen type, or null when `Accept` allows neither (Apollo then answers 406). */
export function responseMediaType(accept: string | undefined): ResponseMediaType | null {
  if (!accept?.trim()) return 'application/json';
  const ranges = accept.split(',').map(parseRange);
  let best: Choice | null = null;
  for (const type of candidates) {
    const match = bestRange(type, ranges);
    if (!match || match.range.q <= 0) continue;
    const choice = { type, q: match.range.q, specificity: match.specificity, order: match.range.order };
    // Strictly better only: a full tie keeps the earlier candidate, application/json.
    if (!best || preference(choice, best) > 0) best = choice;
  }
  return best?.type ?? null;
}

interface Choice {
  type: ResponseMediaType;
  q: number;
  specificity: number;
  order: number;
}

/** Positive when `a` is preferred: higher quality, then a more specific range, then one listed earlier. */
function preference(a: Choice, b: Choice): number {
  return a.q - b.q || a.specificity - b.specificity || b.order - a.order;
}

/** The most specific range that matches `type` (then the higher q, then the earlier one). */
function bestRange(type: ResponseMediaType, ranges: Range[]) {
  const [, subtype] = type.split('/');
  let best: { range: Range; specificity: number } | null = null;
  for (const range of ranges) {
    if (range.type !== '*' && range.type !== 'application') continue;
    if (range.subtype !== '*' && range.subtype !== subtype) continue;
    // We answer in UTF-8 only: a range asking for another charset does not match.
    if ((range.charset !== undefined && range.charset !== 'utf-8') || range.otherParams) continue;
    const specificity = (range.type === '*' ? 0 : 4) + (range.subtype === '*' ? 0 : 2) + (range.charset ? 1 : 0);
    if (!best || specificity > best.specificity || (specificity === best.specificity && range.q > best.range.q)) {
      best = { range, specificity };
    }
  }
  return best;
}

function parseRange(text: string, order: number): Range {
  const [mediaRange = '', ...params] = text.split(';').map((part) => part.trim());
  const [type = '', subtype = ''] = mediaRange.toLowerCase().split('/');
  const range: Range = { type, subtype, otherParams: false, q: 1, order };
  for (const param of params) {
    const [key = '', value = ''] = param.split('=').map((part) => part.trim().toLowerCase());
    if (key === 'q') range.q = Number.isFinite(Number(value)) ? Number(value) : 0;
    else if (key === 'charset') range.charset = value.replace(/^"|"$/g, '');
    else if (key) range.otherParams = true;
  }
  return range;
}
