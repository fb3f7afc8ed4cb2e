// Creates an actor in a map checked to exist. $actor {id, key, mapId, name, kind, aliases,
// aliasText}. Returns actor.
CREATE (a:Actor)
SET a = $actor
RETURN properties(a) AS actor
