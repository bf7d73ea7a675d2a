/** Worker-thread entry: runs USE-lite off the main event loop, one batch at a time. */
import { parentPort, workerData } from 'node:worker_threads';
import type { EmbedRequest, UseLiteWorkerData, WorkerReply } from './use-lite-protocol.js';
import { UseLiteModel } from './use-lite-model.js';

const port = parentPort;
if (port === null) throw new Error('use-lite-worker must run in a worker thread');
const { files, maxTokens } = workerData as UseLiteWorkerData;

const model = await UseLiteModel.load(files, maxTokens);
model.warmUp();

const reply = (message: WorkerReply, transfer: ArrayBuffer[] = []): void => port.postMessage(message, transfer);

port.on('message', (request: EmbedRequest) => {
  try {
    const vectors = model.embedBatch(request.texts);
    reply({ type: 'embedded', id: request.id, vectors }, [vectors.buffer as ArrayBuffer]);
  } catch (error) {
    reply({ type: 'failed', id: request.id, message: error instanceof Error ? error.message : String(error) });
  }
});
reply({ type: 'ready', backend: model.backend });
