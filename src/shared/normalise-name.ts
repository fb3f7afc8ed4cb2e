/**
 * The one rule by which names are compared across maps (the issue-14 contract): NFKD, diacritics
 * stripped, lower case, every character that is not a letter or digit made a space, spaces
 * collapsed and trimmed. Entities (stored `names`, suggestions, linking on import) and matchClaims
 * (shared actors, the words of claim texts) both use it, so they agree on what one name is. "Vladimir  Putin", "vladimir putin" and "Vladímir Putin." are one name.
 * Letters of every script are kept, so non-Latin names compare too.
 */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The distinct normalised forms of a name and its aliases, the name's first; empty ones dropped. */
export function normalisedNames(name: string, aliases: readonly string[] = []): string[] {
  return [...new Set([name, ...aliases].map(normaliseName).filter(Boolean))];
}
