// The view as a table beside the graph: nodes or edges as rows, sorted by any column (click
// its header), filtered by text, the canvas's selection shared both ways, and a CSV download
// of exactly the rows shown.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Graph } from '../../../schema/graph.ts';
import type { ViewMetrics } from '../graph/analytics.ts';
import {
  EDGE_COLUMNS,
  edgeRows,
  filterAndSort,
  NODE_COLUMNS,
  nodeRows,
  rowsToCsv,
} from '../graph/table-rows.ts';
import { download } from '../export/export-view.ts';
import type { Selection } from '../state/view-state.ts';

/** Rows drawn at most; the CSV has them all. */
const SHOWN_ROWS = 300;

export function ViewTable({
  graph,
  metrics,
  selected,
  onSelect,
}: {
  graph: Graph;
  metrics: ViewMetrics | null;
  selected: Selection | null;
  onSelect(selection: Selection): void;
}) {
  const [tab, setTab] = useState<'node' | 'edge'>('node');
  const [filter, setFilter] = useState('');
  const [sort, setSort] = useState<{ key: string; descending: boolean } | null>(null);
  const columns = tab === 'node' ? NODE_COLUMNS : EDGE_COLUMNS;
  const body = useRef<HTMLTableSectionElement>(null);
  // A node or edge selected on the canvas: its row comes into sight.
  useEffect(() => {
    if (!selected) return;
    const row = body.current?.querySelector(`tr[data-id="${CSS.escape(selected.id)}"]`);
    row?.scrollIntoView({ block: 'nearest' });
  }, [selected]);
  const rows = useMemo(
    () => filterAndSort(tab === 'node' ? nodeRows(graph, metrics) : edgeRows(graph), filter, sort),
    [tab, graph, metrics, filter, sort],
  );
  const sortBy = (key: string, numeric: boolean) =>
    setSort(
      (current) =>
        current?.key === key
          ? { key, descending: !current.descending }
          : { key, descending: numeric }, // numbers: biggest first
    );
  const format = (cell: string | number | null) =>
    cell === null ? '' : typeof cell === 'number' ? cell.toLocaleString('en') : cell;
  return (
    <section className="view-table" aria-label="Table of the view" data-testid="view-table">
      <div className="table-tools">
        <div role="tablist" aria-label="Rows">
          {(['node', 'edge'] as const).map((which) => (
            <button
              key={which}
              role="tab"
              aria-selected={tab === which}
              onClick={() => {
                setTab(which);
                setSort(null);
              }}
            >
              {which === 'node' ? `Nodes (${graph.nodes.length})` : `Edges (${graph.edges.length})`}
            </button>
          ))}
        </div>
        <input
          type="search"
          placeholder="Filter rows…"
          aria-label="Filter rows"
          value={filter}
          data-testid="table-filter"
          onChange={(event) => setFilter(event.target.value)}
        />
        <button
          data-testid="table-csv"
          onClick={() =>
            download({
              name: `entente-${tab}s.csv`,
              type: 'text/csv',
              body: rowsToCsv(columns, rows),
            })
          }
        >
          CSV
        </button>
        <span className="muted">
          {rows.length > SHOWN_ROWS
            ? `first ${SHOWN_ROWS} of ${rows.length} rows`
            : `${rows.length} rows`}
        </span>
      </div>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              {columns.map((column) => (
                <th
                  key={column.key}
                  scope="col"
                  aria-sort={
                    sort?.key === column.key
                      ? sort.descending
                        ? 'descending'
                        : 'ascending'
                      : 'none'
                  }
                  className={column.numeric ? 'numeric' : undefined}
                >
                  <button className="link" onClick={() => sortBy(column.key, column.numeric)}>
                    {column.name}
                    {sort?.key === column.key ? (sort.descending ? ' ▼' : ' ▲') : ''}
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody ref={body}>
            {rows.slice(0, SHOWN_ROWS).map((row) => {
              const isSelected = selected?.type === tab && selected.id === row.id;
              return (
                <tr
                  key={row.id}
                  data-id={row.id}
                  aria-selected={isSelected}
                  className={isSelected ? 'selected' : undefined}
                  onClick={() => onSelect({ type: tab, id: row.id })}
                >
                  {columns.map((column) => (
                    <td key={column.key} className={column.numeric ? 'numeric' : undefined}>
                      {format(row.cells[column.key] ?? null)}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
