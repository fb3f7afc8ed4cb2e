// Creates an entity whose id was checked to be free. $entity {id, name, aliases, aliasText, kind,
// sameAs, names, namesText} (names: the normalised name and aliases; the *Text fields joined for the
// full-text indexes). Returns entity.
CREATE (e:Entity)
SET e = $entity
RETURN e {.id, .name, .aliases, .kind, .sameAs} AS entity
