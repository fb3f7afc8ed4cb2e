// Creates an empty map with its source; returns nothing when the id is taken (the caller answers
// CONFLICT). $mapId, $title, $description, $source {title, author, publisher, date, url, text}.
OPTIONAL MATCH (existing:Map {id: $mapId})
WITH existing WHERE existing IS NULL
CREATE (m:Map {id: $mapId, title: $title, description: $description, createdAt: datetime()})
CREATE (s:Source {mapId: $mapId})
SET s.title = $source.title, s.author = $source.author, s.publisher = $source.publisher,
    s.date = $source.date, s.url = $source.url, s.text = $source.text
RETURN m {.id, .title, .description, createdAt: toString(m.createdAt)} AS map
