// A failure that stops an import before or while it reads (an unreadable file, a truncated zip,
// a missing column): the CLI prints its message alone, without a stack, and exits with 2.
// Problems with single rows are not errors; they are rejections in the report.
export class ImportInputError extends Error {
  override name = 'ImportInputError';
}
