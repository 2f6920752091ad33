// Where each of the benchmark's worker threads starts. Node 20 does not hand the module hooks tsx installed in the
// main thread on to a worker, so the worker loads its TypeScript (worker.ts) through tsx's API.
import { workerData } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

await tsImport(workerData.entry, import.meta.url);
