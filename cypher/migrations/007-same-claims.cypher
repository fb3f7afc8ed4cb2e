// Same-claim classes (src/same-claims): a class is one :Proposition that its claims STATE. The
// unique id lets the link and repair queries find a class by one index seek. Idempotent.
CREATE CONSTRAINT proposition_id IF NOT EXISTS FOR (p:Proposition) REQUIRE p.id IS UNIQUE;
