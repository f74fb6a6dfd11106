// Download the current view as a picture (PNG, SVG) or as data (GraphML, GEXF, CSV, JSON).
// Every file names the view's link and the sources behind its facts.
import { useState } from 'react';
import type { Core } from 'cytoscape';
import type { Graph } from '../../../schema/graph.ts';
import type { ExportFormat, ExportMeta } from '../../../schema/formats/index.ts';
import {
  DATA_FORMATS,
  dataFile,
  download,
  pictureFile,
  PICTURE_FORMATS,
  type PictureFormat,
} from '../export/export-view.ts';

const LABELS: Record<PictureFormat | ExportFormat, string> = {
  png: 'PNG',
  svg: 'SVG',
  graphml: 'GraphML',
  gexf: 'GEXF',
  csv: 'CSV (zip)',
  json: 'JSON',
};

interface ExportMenuProps {
  graph: Graph;
  cy: () => Core | null;
  title: string;
}

export function ExportMenu({ graph, cy, title }: ExportMenuProps) {
  const [error, setError] = useState<string | null>(null);
  const meta = (): ExportMeta => ({
    title,
    query: window.location.href,
    exportedAt: new Date().toISOString(),
  });
  const base = `entente-${new Date().toISOString().slice(0, 10)}`;

  const run = async (format: PictureFormat | ExportFormat) => {
    setError(null);
    try {
      const instance = cy();
      if ((PICTURE_FORMATS as readonly string[]).includes(format)) {
        if (!instance) throw new Error('The graph is not drawn yet.');
        download(await pictureFile(format as PictureFormat, instance, graph, meta(), base));
      } else {
        download(await dataFile(format as ExportFormat, graph, meta(), base));
      }
    } catch (reason) {
      setError(`Export failed: ${reason instanceof Error ? reason.message : String(reason)}`);
    }
  };

  return (
    <section className="panel" aria-labelledby="export-title">
      <h2 id="export-title">Export view</h2>
      <div className="actions export-buttons">
        {[...PICTURE_FORMATS, ...DATA_FORMATS].map((format) => (
          <button
            key={format}
            onClick={() => void run(format)}
            disabled={graph.nodes.length === 0}
            data-testid={`export-${format}`}
          >
            {LABELS[format]}
          </button>
        ))}
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
