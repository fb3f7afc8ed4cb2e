// The explicit same-claim link, as asserted: (claim)-[:SAME_AS {note, at}]->(other claim). The
// classes it implies are written separately (set-classes). $claimId, $otherClaimId, $note.
MATCH (a:Claim {id: $claimId}), (b:Claim {id: $otherClaimId})
CREATE (a)-[:SAME_AS {note: $note, at: toString(datetime())}]->(b)
