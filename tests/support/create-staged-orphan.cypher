// Test support: one claim under the staging map id $orphan, as an import interrupted by a crash
// would leave it.
CREATE (:Claim {id: $orphan + ':x', key: 'x', mapId: $orphan, text: 'left behind'})
