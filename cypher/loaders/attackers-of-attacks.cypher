// For each attack, its attacking claim. $ids: attack ids. Returns key, item.
UNWIND $ids AS id
MATCH (:Attack {id: id})<-[:ATTACKER_OF]-(c:Claim)
RETURN id AS key, properties(c) AS item
