// Full-text search over claim text and actor names/aliases (aliases are kept joined in
// `aliasText`, since a full-text index reads string properties).
CREATE FULLTEXT INDEX claim_text IF NOT EXISTS FOR (c:Claim) ON EACH [c.text];
CREATE FULLTEXT INDEX actor_names IF NOT EXISTS FOR (a:Actor) ON EACH [a.name, a.aliasText];
