// Entities sharing one of the IRIs $iris in their sameAs, by id, for an import that names an
// entity by IRI. Entities are few beside claims, so the label scan this makes is cheap (a range
// index does not serve IN on a list property in Neo4j 5). Returns entity.
MATCH (e:Entity)
WHERE any(iri IN e.sameAs WHERE iri IN $iris)
RETURN e {.id, .name, .aliases, .kind, .sameAs} AS entity
ORDER BY e.id
