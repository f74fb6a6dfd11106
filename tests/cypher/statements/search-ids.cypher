CALL {
  CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $scan}) YIELD node AS n, score
  RETURN n, score
  UNION
  MATCH (n:Country)
  WHERE toLower(n.name) = $exact OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) = $exact)
  RETURN n, 1.0 AS score
}
WITH n, max(score) AS score
WHERE $kindLabels IS NULL OR any(l IN labels(n) WHERE l IN $kindLabels)
WITH n, score,
     CASE WHEN toLower(n.name) = $exact OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) = $exact) THEN 0
          WHEN toLower(n.name) STARTS WITH $exact THEN 1
          ELSE 2 END AS tier,
     // Among exact matches, the actor a researcher most likely means: a state, then an
     // alliance or organization, then the rest; events last.
     CASE WHEN n:Country THEN 0 WHEN n:Organization OR n:Agreement THEN 1 WHEN n:Event THEN 3 ELSE 2 END AS kindRank
WITH n, tier, CASE WHEN tier = 0 THEN kindRank ELSE 0 END AS kindRank,
     score * CASE WHEN n:Event THEN 0.5 ELSE 1.0 END AS rank
ORDER BY tier, kindRank, rank DESC, n.name, n.id
LIMIT $first
RETURN collect({node: {id: n.id, labels: labels(n), props: properties(n)}}) AS rows
