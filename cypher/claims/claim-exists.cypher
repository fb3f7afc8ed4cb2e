// Whether a claim exists. $id. Returns found.
RETURN EXISTS { (:Claim {id: $id}) } AS found
