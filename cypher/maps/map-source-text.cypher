// The source text of a map, for checking quotes. $mapId. Returns text (null when it has none).
MATCH (s:Source {mapId: $mapId})
RETURN s.text AS text
