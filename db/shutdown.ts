// One place that turns SIGINT, SIGTERM and SIGHUP into an orderly stop: registered tasks run in
// reverse order of registration (the HTTP server closes before the database it uses stops). A
// second signal while stopping exits at once.
type Task = () => Promise<void> | void;

const tasks: Task[] = [];
let installed = false;
let stopping = false;

export function onShutdown(task: Task): () => void {
  tasks.push(task);
  if (!installed) {
    installed = true;
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
      process.on(signal, () => void shutdown(signal === 'SIGINT' ? 130 : 143));
    }
  }
  return () => {
    const index = tasks.indexOf(task);
    if (index >= 0) tasks.splice(index, 1);
  };
}

export async function shutdown(exitCode = 0): Promise<never> {
  if (stopping) process.exit(exitCode);
  stopping = true;
  if (tasks.length > 0) console.error('Stopping…');
  for (const task of tasks.splice(0).reverse()) {
    try {
      await task();
    } catch (error) {
      console.error(`Error while stopping: ${(error as Error).message}`);
    }
  }
  process.exit(exitCode);
}
