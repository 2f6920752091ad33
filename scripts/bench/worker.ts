// A worker thread of the benchmark: runs the one job it was started with and posts back the figures.
import { parentPort, workerData } from 'node:worker_threads';
import { runJob, type Job } from './jobs';

const result = await runJob((workerData as { job: Job }).job);
// The result sets move to the main thread rather than being copied.
const transfer = 'sets' in result ? [result.sets.ids.buffer, result.sets.ends.buffer] : [];
parentPort!.postMessage(result, transfer as ArrayBuffer[]);
