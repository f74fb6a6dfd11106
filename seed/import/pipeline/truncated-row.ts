// A text that ends without a newline may have been cut (a download or copy stopped short): its
// last row could end inside its last column and still parse, with a shorter value. Every data
// file we import ends with a newline, so such a row is rejected, never imported silently.
import type { RowProblem } from './row-sink.ts';

export const TRUNCATED_ROW: RowProblem = {
  field: '',
  reason: 'truncated',
  detail: 'the file ends inside this row (no newline after it): it may have been cut short',
};
