MATCH (seed:Country|Person|Organization|WeaponSystem|Place|Event|Agreement|ArmsTransfer|Source) WHERE seed.id IN $ids
WITH collect(seed) AS kept
WITH kept, kept AS frontier, [] AS rels, false AS cut

CALL {
  WITH frontier
  UNWIND frontier AS f
  MATCH (f)-[r]-(m)
  WHERE type(r) IN $relTypes AND (($from IS NULL OR r.to IS NULL OR r.to >= date($from)) AND ($to IS NULL OR r.from IS NULL OR r.from <= date($to))) AND ($kindLabels IS NULL OR any(l IN labels(m) WHERE l IN $kindLabels))
   AND ($eventLabels IS NULL OR NOT m:Event OR any(l IN labels(m) WHERE l IN $eventLabels))
   AND (CASE WHEN m.date IS NULL THEN $includeUndated ELSE (($from IS NULL OR coalesce(m.endDate, m.date + CASE m.datePrecision WHEN 'YEAR' THEN duration('P1Y') WHEN 'MONTH' THEN duration('P1M') ELSE duration('P1D') END - duration('P1D')) >= date($from)) AND ($to IS NULL OR m.date <= date($to))) END)
  WITH r, m LIMIT $scan
  RETURN collect(r) AS found, collect(DISTINCT m) AS reached, count(r) AS examined
}
WITH kept, rels, cut, found, examined, [m IN reached WHERE NOT m IN kept] AS fresh
WITH rels, found,
     cut OR examined >= $scan OR size(kept) + size(fresh) > $limit AS cut,
     kept + fresh[0..($limit - size(kept))] AS kept,
     fresh[0..($limit - size(kept))] AS frontier
WITH kept, frontier, cut, rels + [r IN found WHERE startNode(r) IN kept AND endNode(r) IN kept] AS rels

RETURN [n IN kept | {id: n.id, labels: labels(n), props: properties(n)}] AS nodes, [] AS edges, cut, [] AS sources
