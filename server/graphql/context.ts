// What every resolver receives: the reader through which its one statement runs.
import type { Reader } from '../queries/reader.ts';

export interface Context {
  reader: Reader;
}
