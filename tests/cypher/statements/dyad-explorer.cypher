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
  // From the country with fewer events (its degree is stored, not counted), each of its
  // events checked for the other: USA–CHN walks China's events, not the far more of the US.
  WITH a, b
  WITH CASE WHEN COUNT { (a)-[:PARTICIPATED_IN]->() } <= COUNT { (b)-[:PARTICIPATED_IN]->() } THEN [a, b] ELSE [b, a] END AS ends
  WITH ends[0] AS fewer, ends[1] AS more
  MATCH (fewer)-[:PARTICIPATED_IN]->(e:Event)
  WHERE (e.date IS NULL OR (($from IS NULL OR coalesce(e.endDate, e.date + CASE e.datePrecision WHEN 'YEAR' THEN duration('P1Y') WHEN 'MONTH' THEN duration('P1M') ELSE duration('P1D') END - duration('P1D')) >= date($from)) AND ($to IS NULL OR e.date <= date($to)))) AND EXISTS { (e)<-[:PARTICIPATED_IN]-(more) }
  WITH DISTINCT e ORDER BY e.date DESC, e.id DESC LIMIT 100
  RETURN collect({node: {id: e.id, labels: labels(e), props: properties(e)}}) AS eventRows
}
CALL {
  WITH a, b
  MATCH (a)-[t:DYAD_TRANSFERS]-(b)
  WHERE (CASE WHEN t.month IS NULL THEN $includeUndated ELSE ($from IS NULL OR coalesce(t.until, t.month) >= date.truncate('month', date($from))) AND ($to IS NULL OR t.month <= date($to)) END)
  RETURN collect(t {.month, .transfers, .tivDelivered}) AS transferBuckets
}
CALL {
  // Every transfer between them, either way: one party SUPPLIED it, the other RECEIVED it.
  WITH a, b
  MATCH (a)-[:SUPPLIED|RECEIVED]->(t:ArmsTransfer)<-[:SUPPLIED|RECEIVED]-(b)
  WHERE (t.date IS NULL OR (($from IS NULL OR coalesce(t.endDate, t.date + CASE t.datePrecision WHEN 'YEAR' THEN duration('P1Y') WHEN 'MONTH' THEN duration('P1M') ELSE duration('P1D') END - duration('P1D')) >= date($from)) AND ($to IS NULL OR t.date <= date($to))))
  RETURN count(DISTINCT t) AS transferCount
}
CALL {
  WITH a, b
  MATCH (a)-[:SUPPLIED|RECEIVED]->(t:ArmsTransfer)<-[:SUPPLIED|RECEIVED]-(b)
  WHERE (t.date IS NULL OR (($from IS NULL OR coalesce(t.endDate, t.date + CASE t.datePrecision WHEN 'YEAR' THEN duration('P1Y') WHEN 'MONTH' THEN duration('P1M') ELSE duration('P1D') END - duration('P1D')) >= date($from)) AND ($to IS NULL OR t.date <= date($to))))
  WITH DISTINCT t ORDER BY t.date DESC, t.id DESC LIMIT 100
  RETURN collect({node: {id: t.id, labels: labels(t), props: properties(t)}}) AS transferRows
}
RETURN a IS NOT NULL AS foundA, b IS NOT NULL AS foundB,
       CASE WHEN a IS NOT NULL THEN {node: {id: a.id, labels: labels(a), props: properties(a)}} END AS rowA,
       CASE WHEN b IS NOT NULL THEN {node: {id: b.id, labels: labels(b), props: properties(b)}} END AS rowB,
       buckets, agreementRows,
       eventRows, transferBuckets,
       transferCount, transferRows
