CALL {
  MATCH (a:Country)-[d:DYAD_MONTH]->(b:Country)
  WHERE $withEvents AND (($from IS NULL OR coalesce(d.until, d.month) >= date.truncate('month', date($from))) AND ($to IS NULL OR d.month <= date($to)))
  // Sum every counter per pair first; the selected kinds are picked once per pair, not per month.
  WITH a, b, sum(d.goldsteinSum) AS goldsteinSum,
       sum(d.meetings) AS meetings, sum(d.exercises) AS exercises, sum(d.incidents) AS incidents, sum(d.statements) AS statements, sum(d.cooperations) AS cooperations,
       min(d.month) AS firstMonth, max(coalesce(d.until, d.month)) AS lastMonth,
       reduce(acc = [], s IN collect(d.sampleEvents)[0..10] | acc + coalesce(s, []))[0..10] AS sampleEventIds
  WITH a, b, goldsteinSum, meetings, exercises, incidents, statements, cooperations, firstMonth, lastMonth, sampleEventIds,
       CASE WHEN 'MEETING' IN $eventKinds THEN meetings ELSE 0 END + CASE WHEN 'EXERCISE' IN $eventKinds THEN exercises ELSE 0 END + CASE WHEN 'INCIDENT' IN $eventKinds THEN incidents ELSE 0 END + CASE WHEN 'STATEMENT' IN $eventKinds THEN statements ELSE 0 END + CASE WHEN 'COOPERATION' IN $eventKinds THEN cooperations ELSE 0 END AS events
  WHERE events > 0
  RETURN a, b, events, goldsteinSum, meetings, exercises, incidents, statements, cooperations,
         firstMonth, lastMonth, sampleEventIds, [] AS agreementIds
  UNION ALL
  // Each agreement's parties in ISO3 order, paired once each (a self-join of PARTY_TO would make
  // every ordered pair and throw half away).
  MATCH (c:Country)-[p:PARTY_TO]->(g:Agreement)
  WHERE $withAgreements AND c.iso3 IS NOT NULL AND (g.date IS NULL OR (($from IS NULL OR coalesce(g.endDate, g.date + CASE g.datePrecision WHEN 'YEAR' THEN duration('P1Y') WHEN 'MONTH' THEN duration('P1M') ELSE duration('P1D') END - duration('P1D')) >= date($from)) AND ($to IS NULL OR g.date <= date($to)))) AND (($from IS NULL OR p.to IS NULL OR p.to >= date($from)) AND ($to IS NULL OR p.from IS NULL OR p.from <= date($to)))
  WITH g, c ORDER BY c.iso3
  WITH g, collect(DISTINCT c) AS parties
  UNWIND range(0, size(parties) - 2) AS i
  UNWIND range(i + 1, size(parties) - 1) AS j
  WITH parties[i] AS a, parties[j] AS b, g
  WITH a, b, collect(DISTINCT g.id) AS agreementIds
  RETURN a, b, 0 AS events, 0.0 AS goldsteinSum, 0 AS meetings, 0 AS exercises, 0 AS incidents, 0 AS statements, 0 AS cooperations,
         null AS firstMonth, null AS lastMonth, [] AS sampleEventIds, agreementIds
}
WITH a, b, sum(events) AS events, sum(goldsteinSum) AS goldsteinSum,
     sum(meetings) AS meetings, sum(exercises) AS exercises, sum(incidents) AS incidents, sum(statements) AS statements, sum(cooperations) AS cooperations,
     min(firstMonth) AS firstMonth, max(lastMonth) AS lastMonth,
     reduce(acc = [], s IN collect(sampleEventIds) | acc + s) AS sampleEventIds,
     reduce(acc = [], s IN collect(agreementIds) | acc + s) AS agreementIds
WITH a, b, events, goldsteinSum, meetings, exercises, incidents, statements, cooperations, firstMonth, lastMonth,
     sampleEventIds, agreementIds, events + size(agreementIds) AS weight
ORDER BY weight DESC, a.iso3, b.iso3
LIMIT $limit + 1
// The evidence of a derived edge: a few of the agreements and events it summarises.
CALL {
  WITH agreementIds, sampleEventIds
  UNWIND (agreementIds[0..3] + sampleEventIds[0..3]) AS xid
  MATCH (x:Event|Agreement {id: xid})
  RETURN collect(x {.evidenceSources, .evidenceQuotes}) AS summarised
}
WITH collect({a: a.id, b: b.id, weight: weight, events: events, goldsteinSum: goldsteinSum,
              meetings: meetings, exercises: exercises, incidents: incidents, statements: statements, cooperations: cooperations,
              firstMonth: firstMonth, lastMonth: lastMonth, agreements: size(agreementIds),
              agreementIds: agreementIds[0..20], sampleEventIds: sampleEventIds[0..10],
              summarised: summarised}) AS pairs,
     collect(DISTINCT a) + collect(DISTINCT b) AS countries
UNWIND (CASE WHEN size(countries) = 0 THEN [null] ELSE countries END) AS c
WITH pairs, collect(DISTINCT c) AS countries

CALL {
  WITH pairs, countries
  UNWIND [c IN countries | c.evidenceSources] + reduce(acc = [], p IN pairs | acc + [x IN p.summarised | x.evidenceSources]) AS ids
  UNWIND coalesce(ids, []) AS sid
  WITH DISTINCT sid
  MATCH (s:Source {id: sid})
  RETURN collect(s {.id, .title, .publisher, .url}) AS sources
}
RETURN pairs, [c IN countries | {id: c.id, labels: labels(c), props: properties(c)}] AS nodes, sources
