// Stores fact-checks and attaches each to its claim: (:FactCheck)-[:CHECKS]->(:Claim). $checks:
// one map per fact-check: id, claimId, rating, ratingValue, bestRating, worstRating, ratingText,
// claimReviewed, author, itemAuthor, appearance, datePublished, url, document (the review's JSON
// text). MERGE on the id (a hash of claim and review), so the same review imported again onto the
// same claim is updated, not duplicated. Returns factCheck (its properties and claimId), in $checks order.
UNWIND range(0, size($checks) - 1) AS at
WITH at, $checks[at] AS check
MATCH (c:Claim {id: check.claimId})
MERGE (f:FactCheck {id: check.id})
SET f.rating = check.rating, f.ratingValue = check.ratingValue, f.bestRating = check.bestRating,
    f.worstRating = check.worstRating, f.ratingText = check.ratingText, f.claimReviewed = check.claimReviewed,
    f.author = check.author, f.itemAuthor = check.itemAuthor, f.appearance = check.appearance,
    f.datePublished = check.datePublished, f.url = check.url, f.document = check.document
MERGE (f)-[:CHECKS]->(c)
RETURN f {.*, claimId: c.id} AS factCheck
ORDER BY at
