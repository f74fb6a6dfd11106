CALL {
  CALL {
    MATCH (a:Country)-[d:DYAD_YEAR]->(b:Country)
    WHERE $withEvents AND d.year >= $firstYear AND d.year <= $lastYear
    RETURN a, b, d
    UNION ALL
    MATCH (a:Country)-[d:DYAD_YEAR]->(b:Country)
    WHERE $withEvents AND $includeUndated AND d.undated = true
    RETURN a, b, d
    UNION ALL
    UNWIND $monthSpans AS span
    MATCH (a:Country)-[d:DYAD_MONTH]->(b:Country)
    WHERE $withEvents AND d.month >= date(span.from) AND d.month <= date(span.to) AND d.until IS NULL
    RETURN a, b, d
    UNION ALL
    UNWIND $edgeYears AS year
    MATCH (a:Country)-[d:DYAD_MONTH]->(b:Country)
    WHERE $withEvents AND d.month = date(year) AND d.until IS NOT NULL
    RETURN a, b, d
  }
  WITH a, b, d
  WITH a, b, sum(d.events) AS events, sum(d.goldsteinSum) AS goldsteinSum,
       sum(d.meetings) AS meetings, sum(d.exercises) AS exercises, sum(d.incidents) AS incidents, sum(d.statements) AS statements, sum(d.cooperations) AS cooperations,
       sum(coalesce(d.quad1, 0)) AS quadClass1, sum(coalesce(d.quad2, 0)) AS quadClass2, sum(coalesce(d.quad3, 0)) AS quadClass3, sum(coalesce(d.quad4, 0)) AS quadClass4,
       min(coalesce(d.firstMonth, d.month)) AS firstMonth, max(coalesce(d.lastMonth, coalesce(d.until, d.month))) AS lastMonth,
       reduce(best = null, x IN collect(CASE WHEN d.month IS NOT NULL THEN [coalesce(d.firstDate, d.month), coalesce(d.firstPrecision, CASE WHEN d.until IS NULL THEN 'MONTH' ELSE 'YEAR' END)] END) | CASE WHEN best IS NULL OR x[0] < best[0] THEN x ELSE best END) AS firstEvent,
       reduce(best = null, x IN collect(CASE WHEN d.month IS NOT NULL THEN [coalesce(d.lastEnd, d.month + CASE WHEN d.until IS NULL THEN duration('P1M') ELSE duration('P1Y') END - duration('P1D')), coalesce(d.lastDate, coalesce(d.until, d.month)), coalesce(d.lastPrecision, CASE WHEN d.until IS NULL THEN 'MONTH' ELSE 'YEAR' END)] END) | CASE WHEN best IS NULL OR x[0] > best[0] THEN x ELSE best END) AS lastEvent,
       reduce(acc = [], s IN collect(d.sampleEvents)[0..10] | acc + coalesce(s, []))[0..10] AS sampleEventIds
  WHERE events > 0
  RETURN a, b, events, goldsteinSum, meetings, exercises, incidents, statements, cooperations, quadClass1, quadClass2, quadClass3, quadClass4, firstMonth, lastMonth, firstEvent, lastEvent, sampleEventIds, [] AS agreementIds, null AS firstAgreement, null AS lastAgreement, 0 AS agreementsInForce, 0 AS transfers, 0 AS transfersFromSource, 0 AS transfersFromTarget, 0.0 AS tivOrdered, 0.0 AS tivDelivered,
         null AS firstTransferYear, null AS lastTransferYear, [] AS sampleTransferIds
  UNION ALL
  MATCH (a:Country)-[d:DYAD_AGREEMENTS]->(b:Country)
  WHERE $withAgreements
  WITH a, b, d, [i IN range(0, size(d.agreementIds) - 1) WHERE
         CASE WHEN d.dated[i] THEN ($from IS NULL OR d.ends[i] >= date($from)) AND ($to IS NULL OR d.dates[i] <= date($to))
              ELSE $includeUndated END
         AND ($from IS NULL OR (d.aTo[i] >= date($from) AND d.bTo[i] >= date($from)))
         AND ($to IS NULL OR (d.aFrom[i] <= date($to) AND d.bFrom[i] <= date($to)))] AS sel
  WHERE size(sel) > 0
  // The latest start or end: an agreement still in force counts by its start.
  RETURN a, b, 0 AS events, 0.0 AS goldsteinSum, 0 AS meetings, 0 AS exercises, 0 AS incidents, 0 AS statements, 0 AS cooperations, 0 AS quadClass1, 0 AS quadClass2, 0 AS quadClass3, 0 AS quadClass4,
         null AS firstMonth, null AS lastMonth, null AS firstEvent, null AS lastEvent, [] AS sampleEventIds, [i IN sel | d.agreementIds[i]] AS agreementIds,
         reduce(best = null, x IN [i IN sel WHERE d.dated[i] | [d.dates[i], d.precisions[i]]] | CASE WHEN best IS NULL OR x[0] < best[0] THEN x ELSE best END) AS firstAgreement,
         reduce(best = null, x IN [i IN sel WHERE d.dated[i] | [d.lastDates[i], d.lastPrecisions[i]]] | CASE WHEN best IS NULL OR x[0] > best[0] THEN x ELSE best END) AS lastAgreement,
         reduce(n = 0, i IN sel | n + d.inForce[i]) AS agreementsInForce, 0 AS transfers, 0 AS transfersFromSource, 0 AS transfersFromTarget, 0.0 AS tivOrdered, 0.0 AS tivDelivered,
         null AS firstTransferYear, null AS lastTransferYear, [] AS sampleTransferIds
  UNION ALL
  // Arms transfers by pair and year of order; a transfer counts in the range its order year overlaps.
  MATCH (a:Country)-[t:DYAD_TRANSFERS]->(b:Country)
  WHERE $withTransfers AND (CASE WHEN t.month IS NULL THEN $includeUndated ELSE ($from IS NULL OR coalesce(t.until, t.month) >= date.truncate('month', date($from))) AND ($to IS NULL OR t.month <= date($to)) END)
  WITH a, b, sum(t.transfers) AS transfers, sum(t.fromLowerCode) AS transfersFromSource,
       sum(t.fromHigherCode) AS transfersFromTarget, sum(t.tivOrdered) AS tivOrdered, sum(t.tivDelivered) AS tivDelivered,
       min(t.month.year) AS firstTransferYear, max(coalesce(t.lastYear, t.month.year)) AS lastTransferYear,
       reduce(acc = [], s IN collect(t.sampleTransfers)[0..3] | acc + coalesce(s, []))[0..3] AS sampleTransferIds
  WHERE transfers > 0
  RETURN a, b, 0 AS events, 0.0 AS goldsteinSum, 0 AS meetings, 0 AS exercises, 0 AS incidents, 0 AS statements, 0 AS cooperations, 0 AS quadClass1, 0 AS quadClass2, 0 AS quadClass3, 0 AS quadClass4,
         null AS firstMonth, null AS lastMonth, null AS firstEvent, null AS lastEvent, [] AS sampleEventIds, [] AS agreementIds, null AS firstAgreement, null AS lastAgreement, 0 AS agreementsInForce, transfers, transfersFromSource, transfersFromTarget, tivOrdered, tivDelivered,
         firstTransferYear, lastTransferYear, sampleTransferIds
}
WITH a, b, sum(events) AS events, sum(goldsteinSum) AS goldsteinSum, sum(meetings) AS meetings, sum(exercises) AS exercises, sum(incidents) AS incidents, sum(statements) AS statements, sum(cooperations) AS cooperations, sum(quadClass1) AS quadClass1, sum(quadClass2) AS quadClass2, sum(quadClass3) AS quadClass3, sum(quadClass4) AS quadClass4,
     min(firstMonth) AS firstMonth, max(lastMonth) AS lastMonth,
     head(collect(firstEvent)) AS firstEvent, head(collect(lastEvent)) AS lastEvent,
     head(collect(firstAgreement)) AS firstAgreement, head(collect(lastAgreement)) AS lastAgreement,
     sum(agreementsInForce) AS agreementsInForce,
     reduce(acc = [], s IN collect(sampleEventIds) | acc + s) AS sampleEventIds,
     reduce(acc = [], s IN collect(agreementIds) | acc + s) AS agreementIds,
     sum(transfers) AS transfers, sum(transfersFromSource) AS transfersFromSource, sum(transfersFromTarget) AS transfersFromTarget, sum(tivOrdered) AS tivOrdered, sum(tivDelivered) AS tivDelivered,
     min(firstTransferYear) AS firstTransferYear, max(lastTransferYear) AS lastTransferYear,
     reduce(acc = [], s IN collect(sampleTransferIds) | acc + s) AS sampleTransferIds
WITH a, b, events, goldsteinSum, meetings, exercises, incidents, statements, cooperations, quadClass1, quadClass2, quadClass3, quadClass4, firstMonth, lastMonth, firstEvent, lastEvent, firstAgreement,
     lastAgreement, agreementsInForce, sampleEventIds, agreementIds,
     transfers, transfersFromSource, transfersFromTarget, tivOrdered, tivDelivered, firstTransferYear, lastTransferYear, sampleTransferIds,
     events * $eventWeight + size(agreementIds) * $agreementWeight
       + transfers * $transferWeight + tivDelivered * $tivWeight AS weight
WHERE weight > 0 AND ($minWeight IS NULL OR weight >= $minWeight)
ORDER BY weight DESC, a.iso3, b.iso3
WITH collect({a: a, b: b, weight: weight, events: events, goldsteinSum: goldsteinSum, meetings: meetings, exercises: exercises, incidents: incidents, statements: statements, cooperations: cooperations, quadClass1: quadClass1, quadClass2: quadClass2, quadClass3: quadClass3, quadClass4: quadClass4,
              firstMonth: firstMonth, lastMonth: lastMonth, firstEvent: firstEvent, lastEvent: lastEvent,
              firstAgreement: firstAgreement, lastAgreement: lastAgreement,
              agreementsInForce: agreementsInForce, agreements: size(agreementIds),
              agreementIds: agreementIds[0..20], sampleEventIds: sampleEventIds[0..10],
              transfers: transfers, transfersFromSource: transfersFromSource, transfersFromTarget: transfersFromTarget, tivOrdered: tivOrdered, tivDelivered: tivDelivered,
              firstTransferYear: firstTransferYear, lastTransferYear: lastTransferYear,
              sampleTransferIds: sampleTransferIds[0..10]}) AS ranked
WITH size(ranked) AS totalEdges, ranked[0..$limit] AS top
UNWIND (CASE WHEN size(top) = 0 THEN [null] ELSE top END) AS pair
WITH totalEdges, pair, [] AS summarised
WITH totalEdges, collect(CASE WHEN pair IS NOT NULL THEN pair {.*, a: pair.a.id, b: pair.b.id, summarised: summarised} END) AS pairs,
     collect(DISTINCT pair.a) + collect(DISTINCT pair.b) AS countries
UNWIND (CASE WHEN size(countries) = 0 THEN [null] ELSE countries END) AS c
WITH totalEdges, pairs, collect(DISTINCT c) AS countries

RETURN totalEdges, pairs, [c IN countries | {id: c.id, labels: labels(c), props: c {.name}}] AS nodes, [] AS sources
