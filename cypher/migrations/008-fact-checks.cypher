// Fact-checks (schema.org ClaimReviews) attached to claims: (:FactCheck)-[:CHECKS]->(:Claim).
// Their ids are unique; importClaimReview MERGEs on the id. Idempotent: IF NOT EXISTS.
CREATE CONSTRAINT fact_check_id IF NOT EXISTS FOR (f:FactCheck) REQUIRE f.id IS UNIQUE;
CREATE INDEX fact_check_rating IF NOT EXISTS FOR (f:FactCheck) ON (f.rating);
