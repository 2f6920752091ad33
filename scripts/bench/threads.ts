// Starting a job in a worker thread of its own: a fresh V8 isolate, whose heap is the job's alone.
import { Worker } from 'node:worker_threads';
import type { Job, JobResult } from './jobs';

/** Heap room for the largest job (the scan's analyses of 50 MB of text); the machine has the memory to give. */
const MAX_HEAP_MB = 16_384;

export function runInWorker(job: Job): Promise<JobResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./worker-boot.mjs', import.meta.url), {
      workerData: { entry: new URL('./worker.ts', import.meta.url).href, job },
      resourceLimits: { maxOldGenerationSizeMb: MAX_HEAP_MB },
      // Whatever a worker prints goes to stderr: stdout carries only the report (--json).
      stdout: true,
    });
    worker.stdout.pipe(process.stderr);
    let answered = false;
    worker.once('message', (result: JobResult) => {
      answered = true;
      resolve(result);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (!answered) reject(new Error(`a ${job.kind} job stopped (exit code ${code}) before it answered`));
    });
  });
}
