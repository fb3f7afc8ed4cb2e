// Whether an entity with this id exists (told apart from one with no dependents). $id. Returns found.
RETURN EXISTS { MATCH (:Entity {id: $id}) } AS found
