// Entities one of whose normalised names is one of $names (normalised names: letters, digits and
// single spaces only, so a quoted phrase needs no escaping). The phrase query finds the candidates
// by the entity_normalised_names index; `name IN e.names` keeps the exact matches. Returns name
// (the one of $names matched), entity (with names, to tell NAME from ALIAS).
UNWIND $names AS name
CALL db.index.fulltext.queryNodes('entity_normalised_names', '"' + name + '"') YIELD node AS e
WITH name, e
WHERE name IN e.names
RETURN name, e {.id, .name, .aliases, .kind, .sameAs, .names} AS entity
ORDER BY e.name, e.id
