// Changes a claim. $id; $text and $tags (null: keep); $setQuote (false: keep the quote) with
// $quoteText, $quoteStart, $quoteEnd (all null: remove it). Returns claim. Every update is a
// change of the claim and raises its version by one (docs/live.md, "Versions").
MATCH (c:Claim {id: $id})
SET c.text = coalesce($text, c.text), c.tags = coalesce($tags, c.tags), c.version = coalesce(c.version, 1) + 1
FOREACH (_ IN CASE WHEN $setQuote THEN [1] ELSE [] END |
  SET c.quoteText = $quoteText, c.quoteStart = $quoteStart, c.quoteEnd = $quoteEnd)
RETURN properties(c) AS claim
