// What the rest of the project (the import command, benchmarks, tests) uses of the GDELT
// importer; the modules behind it are its own.
export { importGdelt, gdeltFormat, type GdeltImportOptions } from './import-gdelt.ts';
export { parseGdeltRow, type GdeltEvent } from './parse-row.ts';
export { toGraphRows as gdeltEventBatch } from './graph-rows.ts';
export { syntheticGdelt2Row } from './synthetic-rows.ts';
export { parseCameoRoots, type GdeltFilter } from './filters.ts';
