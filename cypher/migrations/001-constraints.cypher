// Uniqueness of every id. Ids are `<map id>:<key>`, so uniqueness across the database is the same
// as uniqueness of keys within a map. Idempotent: IF NOT EXISTS.
CREATE CONSTRAINT map_id IF NOT EXISTS FOR (m:Map) REQUIRE m.id IS UNIQUE;
CREATE CONSTRAINT source_map_id IF NOT EXISTS FOR (s:Source) REQUIRE s.mapId IS UNIQUE;
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (c:Claim) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT inference_id IF NOT EXISTS FOR (i:Inference) REQUIRE i.id IS UNIQUE;
CREATE CONSTRAINT attack_id IF NOT EXISTS FOR (a:Attack) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE;
