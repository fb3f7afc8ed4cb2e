/**
 * How a scheme name written by a person or a tool is compared with the catalogue's names. AIFdb
 * writes "Argument From Expert Opinion", OVA and the AIF corpora "ExpertOpinion", Argdown users
 * "Argument from expert opinion" or "expert-opinion": all reduce to `expert opinion`.
 *
 * Steps, in order: camel case split into words (`CauseToEffect` → `Cause To Effect`); lower case;
 * every run of anything but ASCII letters and digits (spaces, hyphens, punctuation) becomes one
 * space; the prefixes "argument from/by/of", "appeal to" (with an article after them) and a
 * trailing "argument" or "scheme" are dropped, since names carry them or not at whim.
 */
export function normaliseSchemeName(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/^(argument (from|by|of)|appeal to)( (a|an|the))? /, '')
    .replace(/ (argument|scheme)$/, '');
}
