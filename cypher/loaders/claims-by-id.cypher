// Claims by id, for the per-request DataLoader.
// $ids: list of claim ids. Returns one row per id that exists: key, item (the claim's properties).
UNWIND $ids AS id
MATCH (c:Claim {id: id})
RETURN id AS key, properties(c) AS item
