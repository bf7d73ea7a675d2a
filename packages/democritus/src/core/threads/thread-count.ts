/**
 * How many threads llama.cpp gets for a model. Its threads meet at a barrier after every operation and spin while
 * they wait, so when another process takes one of their cores, every operation waits for the thread that lost its
 * core: on a busy 2-core machine the bundled tiny model ran at 2-3 tokens/s with 2 threads against ~1000 with one.
 * Small models gain little from more threads (an operation is too short to split), so by default they get one; larger
 * models, whose operations are long enough to split, get one per physical core.
 */

/**
 * Models whose file is smaller than this run on one thread unless configured otherwise. Decoding a token reads every
 * weight once, so its time on one core is about the file size over the memory bandwidth: under ~5 ms for 64 MiB, too
 * short to gain much from a second thread and short enough to collapse when that thread loses its core.
 */
export const SINGLE_THREAD_MODEL_BYTES = 64 * 1024 * 1024;

export interface ThreadCountInput {
  /** `[inference] threads`: a positive count, or 0 to choose from the model. */
  configured: number;
  /** The model file's size in bytes. */
  modelBytes: number;
  /** Physical cores, or null when unknown. */
  physicalCores: number | null;
  /** Cores this process may use. */
  availableCores: number;
}

export function chooseThreadCount(input: ThreadCountInput): number {
  const available = Math.max(1, input.availableCores);
  if (input.configured > 0) return Math.min(input.configured, available);
  if (input.modelBytes < SINGLE_THREAD_MODEL_BYTES) return 1;
  return Math.max(1, Math.min(input.physicalCores ?? available, available));
}
