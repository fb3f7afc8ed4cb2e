// Entities: one identity for an actor across maps (src/entities). Idempotent: IF NOT EXISTS.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
// Searching entities by the words of their name or aliases (`entities(search:)`); aliases are kept
// joined in `aliasText`, as for actors, since a full-text index reads string properties.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliasText];
// Name matching (suggestEntities, imports with linkEntities) asks "which entity has exactly this
// normalised name?". Neo4j 5's range indexes do not serve `$name IN e.names` on a list property
// (the plan is a label scan), so the normalised names are also kept joined in `namesText`, where a
// phrase query finds the few candidates by index and `$name IN e.names` then keeps the exact ones.
CREATE FULLTEXT INDEX entity_normalised_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.namesText];
