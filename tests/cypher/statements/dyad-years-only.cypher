OPTIONAL MATCH (a:Country {iso3: $a})
OPTIONAL MATCH (b:Country {iso3: $b})
CALL {
  WITH a, b
  MATCH (a)-[d:DYAD_MONTH]-(b)
  WHERE (CASE WHEN d.month IS NULL THEN $includeUndated ELSE ($from IS NULL OR coalesce(d.until, d.month) >= date.truncate('month', date($from))) AND ($to IS NULL OR d.month <= date($to)) END)
  RETURN collect(d {.month, .until, .events, .meetings, .exercises, .incidents, .statements, .cooperations, .goldsteinSum,
                    quadClasses: [coalesce(d.quad1, 0), coalesce(d.quad2, 0), coalesce(d.quad3, 0), coalesce(d.quad4, 0)],
                    first: CASE WHEN d.month IS NOT NULL THEN [coalesce(d.firstDate, d.month), coalesce(d.firstPrecision, CASE WHEN d.until IS NULL THEN 'MONTH' ELSE 'YEAR' END)] END, last: CASE WHEN d.month IS NOT NULL THEN [coalesce(d.lastEnd, d.month + CASE WHEN d.until IS NULL THEN duration('P1M') ELSE duration('P1Y') END - duration('P1D')), coalesce(d.lastDate, coalesce(d.until, d.month)), coalesce(d.lastPrecision, CASE WHEN d.until IS NULL THEN 'MONTH' ELSE 'YEAR' END)] END}) AS buckets
}
CALL {
  WITH a, b
  MATCH (a)-[pa:PARTY_TO]->(g:Agreement)<-[pb:PARTY_TO]-(b)
  WHERE (g.date IS NULL OR (($from IS NULL OR coalesce(g.endDate, g.date + CASE g.datePrecision WHEN 'YEAR' THEN duration('P1Y') WHEN 'MONTH' THEN duration('P1M') ELSE duration('P1D') END - duration('P1D')) >= date($from)) AND ($to IS NULL OR g.date <= date($to)))) AND (($from IS NULL OR pa.to IS NULL OR pa.to >= date($from)) AND ($to IS NULL OR pa.from IS NULL OR pa.from <= date($to))) AND (($from IS NULL OR pb.to IS NULL OR pb.to >= date($from)) AND ($to IS NULL OR pb.from IS NULL OR pb.from <= date($to)))
  WITH DISTINCT g ORDER BY g.date DESC, g.id DESC
  RETURN collect({node: {id: g.id, labels: labels(g), props: properties(g)}}) AS agreementRows
}

CALL {
  WITH a, b
  MATCH (a)-[t:DYAD_TRANSFERS]-(b)
  WHERE (CASE WHEN t.month IS NULL THEN $includeUndated ELSE ($from IS NULL OR coalesce(t.until, t.month) >= date.truncate('month', date($from))) AND ($to IS NULL OR t.month <= date($to)) END)
  RETURN collect(t {.month, .transfers, .tivDelivered}) AS transferBuckets
}


RETURN a IS NOT NULL AS foundA, b IS NOT NULL AS foundB,
       CASE WHEN a IS NOT NULL THEN {node: {id: a.id, labels: labels(a), props: properties(a)}} END AS rowA,
       CASE WHEN b IS NOT NULL THEN {node: {id: b.id, labels: labels(b), props: properties(b)}} END AS rowB,
       buckets, agreementRows,
       [] AS eventRows, transferBuckets,
       0 AS transferCount, [] AS transferRows
