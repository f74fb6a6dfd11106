// What a refused write means to a reviewer. The API's messages are safe to show (errors are
// masked on the server) and say which field is wrong; the code adds what to do about it.
import { ApiError } from '../api/graphql-request.ts';

export interface WriteProblem {
  message: string;
  /** The token was refused: the reviewer must sign in again. */
  signIn: boolean;
}

export function writeProblem(error: unknown): WriteProblem {
  if (!(error instanceof ApiError)) {
    return { message: error instanceof Error ? error.message : String(error), signIn: false };
  }
  switch (error.code) {
    case 'UNAUTHENTICATED':
      return {
        message: `Not signed in: ${error.message} Sign in with a token of scope curate.`,
        signIn: true,
      };
    case 'FORBIDDEN':
      return { message: `Not allowed: ${error.message}`, signIn: false };
    case 'RATE_LIMITED':
      return { message: error.message, signIn: false };
    case 'BAD_INPUT':
      return { message: `Not accepted: ${error.message}`, signIn: false };
    case 'NOT_FOUND':
      return { message: `Not found: ${error.message}`, signIn: false };
    default:
      return { message: error.message, signIn: false };
  }
}
