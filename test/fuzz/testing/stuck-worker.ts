import { parentPort } from 'node:worker_threads';

/** A worker for the sandbox's own test: a case named "loop" never ends, any other answers at once. */
parentPort?.postMessage('ready');
parentPort?.on('message', (message: { id: number; fuzzCase: { args: string[] } }) => {
  if (message.fuzzCase.args[0] === 'loop') for (;;);
  parentPort?.postMessage({
    id: message.id,
    outcome: { kind: 'ran', code: 0, stdout: '', stderr: '', outputs: {}, ms: 0 },
  });
});
