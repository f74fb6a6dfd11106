// What can go wrong with one GDELT export, each a stable reason the summary counts by. Faults
// of one export do not stop the others: they are reported, the run exits with code 3, and the
// next run (or --update) tries that export again.
export type FaultReason =
  | 'wrong MD5'
  | 'wrong size'
  | 'truncated zip'
  | 'not found (404)'
  | 'HTTP error'
  | 'timeout'
  | 'network error'
  | 'master list line';

export class FetchFault extends Error {
  override name = 'FetchFault';
  constructor(
    readonly reason: FaultReason,
    detail: string,
    /** Worth another attempt (a timeout, a dropped connection, a 5xx, a short body). */
    readonly transient = reason === 'timeout' || reason === 'network error',
  ) {
    super(detail);
  }
}
