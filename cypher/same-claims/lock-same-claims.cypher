// Write-locks the claims $ids and the Propositions of their classes before same-claim-ends reads
// them in the same transaction: two links through a shared claim or class then run one after the
// other, and the second sees the first's class when it checks the one-claim-per-map rule. The lock
// is taken by setting a property and removing it again (a REMOVE alone of an absent property takes
// no lock); SET on a null Proposition does nothing. Returns nothing.
UNWIND $ids AS id
MATCH (c:Claim {id: id})
OPTIONAL MATCH (c)-[:STATES]->(p:Proposition)
SET c.sameClaimLock = true, p.sameClaimLock = true
REMOVE c.sameClaimLock, p.sameClaimLock
