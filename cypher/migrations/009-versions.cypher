// Optimistic concurrency (docs/live.md, "Versions"): every claim, inference and attack carries a
// version. Elements stored before versions existed start at 1; those that have one keep it, so
// running this twice changes nothing.
MATCH (n:Claim|Inference|Attack) WHERE n.version IS NULL SET n.version = 1
