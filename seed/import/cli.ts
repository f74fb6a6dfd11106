// Entry point of `npm run import` (package.json); the commands are defined in program.ts.
import { buildProgram } from './program.ts';

await buildProgram().parseAsync();
