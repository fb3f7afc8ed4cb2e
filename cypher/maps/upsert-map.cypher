// Creates or updates a map and its source (step 1 of importMap, and createMap's write).
// $mapId, $title, $description, $source {title, author, publisher, date, url, text}.
// Returns created (true when the map is new) and the map.
OPTIONAL MATCH (existing:Map {id: $mapId})
WITH existing IS NULL AS created
MERGE (m:Map {id: $mapId})
  ON CREATE SET m.createdAt = datetime()
SET m.title = $title, m.description = $description
MERGE (s:Source {mapId: $mapId})
SET s.title = $source.title, s.author = $source.author, s.publisher = $source.publisher,
    s.date = $source.date, s.url = $source.url, s.text = $source.text
RETURN created, m {.id, .title, .description, createdAt: toString(m.createdAt)} AS map
