/** Worker-thread entry: runs USE-lite off the main event loop, one batch at a time. */
import { parentPort, workerData } from 'node:worker_threads';
import type { EmbedRequest, UseLiteWorkerData, WorkerReply } from './use-lite-protocol.js';
import { UseLiteModel } from './use-lite-model.js';

const port = parentPort;
if (port === null) throw new Error('use-lite-worker must run in a worker thread');
const { files, maxTokens, runtime } = workerData as UseLiteWorkerData;

interface LoadedModel {
  backend: string;
  embedBatch(texts: readonly string[]): Float32Array | Promise<Float32Array>;
}

async function loadModel(): Promise<{ model: LoadedModel; fallbackReason?: string }> {
  let fallbackReason: string | undefined;
  if (runtime === 'onnx') {
    try {
      // Imported here so that a platform without onnxruntime's binaries still gets TF.js.
      const { UseLiteOnnxModel } = await import('./use-lite-onnx-model.js');
      const model = await UseLiteOnnxModel.load(files, maxTokens);
      await model.warmUp();
      return { model };
    } catch (error) {
      fallbackReason = `onnxruntime unavailable (${error instanceof Error ? error.message : String(error)})`;
    }
  }
  const model = await UseLiteModel.load(files, maxTokens);
  model.warmUp();
  return fallbackReason === undefined ? { model } : { model, fallbackReason };
}

const { model, fallbackReason } = await loadModel();

const reply = (message: WorkerReply, transfer: ArrayBuffer[] = []): void => port.postMessage(message, transfer);

port.on('message', (request: EmbedRequest) => {
  Promise.resolve()
    .then(() => model.embedBatch(request.texts))
    .then(
      (vectors) => reply({ type: 'embedded', id: request.id, vectors }, [vectors.buffer as ArrayBuffer]),
      (error: unknown) => reply({ type: 'failed', id: request.id, message: error instanceof Error ? error.message : String(error) }),
    );
});
reply(fallbackReason === undefined ? { type: 'ready', backend: model.backend } : { type: 'ready', backend: model.backend, fallbackReason });
