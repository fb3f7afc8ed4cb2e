// Creates the entities an import makes (their ids checked free in the same transaction).
// $entities: rows {id, name, aliases, aliasText, kind, sameAs, names, namesText}.
UNWIND $entities AS row
CREATE (e:Entity)
SET e = row
