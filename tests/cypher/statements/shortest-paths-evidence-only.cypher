OPTIONAL MATCH (a:Country|Person|Organization|WeaponSystem|Place|Event|Agreement|ArmsTransfer|Source {id: $fromId})
OPTIONAL MATCH (b:Country|Person|Organization|WeaponSystem|Place|Event|Agreement|ArmsTransfer|Source {id: $toId})
CALL {
  WITH a, b
  OPTIONAL MATCH p = allShortestPaths((a)-[*..6]-(b))
  WHERE a IS NOT NULL AND b IS NOT NULL
    AND all(r IN relationships(p) WHERE type(r) IN $relTypes AND (($from IS NULL OR r.to IS NULL OR r.to >= date($from)) AND ($to IS NULL OR r.from IS NULL OR r.from <= date($to))))
    AND all(m IN nodes(p)[1..-1] WHERE ($kindLabels IS NULL OR any(l IN labels(m) WHERE l IN $kindLabels))
   AND ($eventLabels IS NULL OR NOT m:Event OR any(l IN labels(m) WHERE l IN $eventLabels))
   AND (CASE WHEN m.date IS NULL THEN $includeUndated ELSE (($from IS NULL OR coalesce(m.endDate, m.date + CASE m.datePrecision WHEN 'YEAR' THEN duration('P1Y') WHEN 'MONTH' THEN duration('P1M') ELSE duration('P1D') END - duration('P1D')) >= date($from)) AND ($to IS NULL OR m.date <= date($to))) END))
  WITH p LIMIT 100
  WITH p, reduce(total = 0, degree IN [m IN nodes(p)[1..-1] | COUNT { (m)--() }] | total + degree) AS hubness
  ORDER BY hubness, [n IN nodes(p) | n.id]
  LIMIT $first
  RETURN collect(p) AS paths
}
WITH a, b, paths,
     reduce(acc = [], p IN paths | acc + nodes(p)) AS pathNodes,
     reduce(acc = [], p IN paths | acc + relationships(p)) AS pathRels

CALL {
  WITH pathNodes, pathRels
  UNWIND [n IN pathNodes | n.evidenceSources] + [r IN pathRels | r.evidenceSources] AS ids
  UNWIND coalesce(ids, []) AS sid
  WITH DISTINCT sid
  MATCH (s:Source {id: sid})
  RETURN collect(s {.id, .title, .publisher, .url}) AS sources
}
RETURN a IS NOT NULL AS foundFrom, b IS NOT NULL AS foundTo,
       [p IN paths | {nodes: [n IN nodes(p) | {id: n.id, labels: labels(n), props: n {.name, .evidenceSources, .evidenceQuotes}}], edges: [r IN relationships(p) | {key: elementId(r), type: type(r), source: startNode(r).id, target: endNode(r).id, props: r {.role, .phase, .title, .weight, .evidenceSources, .evidenceQuotes}}]}] AS paths,
       sources
