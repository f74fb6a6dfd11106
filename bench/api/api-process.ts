// Starts bench/api/serve.ts (or another server script, such as peer-serve.ts) as a child process
// and waits for the port it listens on.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';

export interface ApiProcess {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

export async function startApiProcess(script = 'serve.ts'): Promise<ApiProcess> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(import.meta.dirname, script)],
    // The environment as `npm start` gets it (NODE_ENV is left as the caller has it).
    { env: process.env, stdio: ['pipe', 'pipe', 'inherit'] },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const port = await new Promise<number>((resolve, reject) => {
    child.once('exit', (code) =>
      reject(new Error(`the API process exited (${code}) before listening`)),
    );
    createInterface({ input: child.stdout }).once('line', (line) =>
      resolve((JSON.parse(line) as { port: number }).port),
    );
  });
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    stop: async () => {
      child.stdin.end();
      await exited;
    },
  };
}
