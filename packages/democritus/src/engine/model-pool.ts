import type { ChatWrapper, Llama, LlamaContext, LlamaContextSequence, LlamaModel } from 'node-llama-cpp';
import { planEviction, type ResidencyLimits } from '../core/models/eviction.js';
import { CancelledError, DemocritusError, errorMessage } from '../errors.js';
import type { Logger } from '../logging/logger.js';
import { chatWrapperFor } from './prompt-rendering.js';
import { resolveThreadCount } from './threads.js';
import type { LoadedModelInfo, ModelHandle } from './types.js';

export interface ModelPoolSettings {
  /** llama.cpp threads per model; 0 chooses from each model's size (see `resolveThreadCount`). */
  threads: number;
  contextSize: number;
  /** Parallel generations per loaded model (llama.cpp context sequences). */
  sequencesPerModel: number;
  limits: ResidencyLimits;
}

export interface LoadedModel {
  handle: ModelHandle;
  model: LlamaModel;
  context: LlamaContext;
  chatWrapper: ChatWrapper | null;
}

/** Exclusive use of one context sequence of a loaded model; the model cannot be unloaded until it is released. */
export interface ModelLease {
  loaded: LoadedModel;
  sequence: LlamaContextSequence;
  release(): void;
}

interface PoolEntry {
  handle: ModelHandle;
  loaded: LoadedModel | null;
  loading: Promise<LoadedModel> | null;
  activeGenerations: number;
  lastUsedAt: number;
}

/**
 * Keeps models loaded under a count limit and a memory budget, unloading the least recently used idle model to make
 * room. A request for a model that only fits by unloading a busy one waits until that model is idle.
 */
export class ModelPool {
  private readonly entries = new Map<string, PoolEntry>();
  private waiters: (() => void)[] = [];
  private closed = false;

  constructor(
    private readonly llama: Llama,
    private readonly settings: ModelPoolSettings,
    private readonly logger: Logger,
  ) {}

  async acquire(handle: ModelHandle, signal?: AbortSignal): Promise<ModelLease> {
    for (;;) {
      if (this.closed) throw new DemocritusError('engine_closed', 'the inference engine is shut down');
      if (signal?.aborted) throw new CancelledError('cancelled while waiting for the model');
      const entry = this.entries.get(handle.sha256) ?? (await this.admit(handle, signal));
      if (entry === null) continue;
      if (entry.loaded === null) {
        await this.awaitLoad(entry);
        continue;
      }
      // Re-read after every await: another request may have unloaded this entry meanwhile.
      if (this.entries.get(handle.sha256) !== entry) continue;
      if (entry.loaded.context.sequencesLeft > 0) return this.lease(entry, entry.loaded);
      await this.nextChange(signal);
    }
  }

  info(): LoadedModelInfo[] {
    return [...this.entries.values()]
      .filter((entry) => entry.loaded !== null)
      .map((entry) => ({
        sha256: entry.handle.sha256,
        name: entry.handle.name,
        sizeBytes: entry.handle.sizeBytes,
        activeGenerations: entry.activeGenerations,
        lastUsedAt: entry.lastUsedAt,
      }));
  }

  async close(): Promise<void> {
    this.closed = true;
    this.notify();
    const keys = [...this.entries.keys()];
    await Promise.all(keys.map((key) => this.unload(key)));
  }

  /** Makes room and starts loading; null means "look again" (the state changed while waiting). */
  private async admit(handle: ModelHandle, signal?: AbortSignal): Promise<PoolEntry | null> {
    const resident = [...this.entries.entries()].map(([key, entry]) => ({
      key,
      sizeBytes: entry.handle.sizeBytes,
      activeGenerations: entry.activeGenerations + (entry.loaded === null ? 1 : 0),
      lastUsedAt: entry.lastUsedAt,
    }));
    const plan = planEviction(resident, handle.sizeBytes, this.settings.limits);
    if (plan.kind === 'impossible') throw new DemocritusError('model_unavailable', `cannot load ${handle.name}: ${plan.reason}`);
    if (plan.kind === 'wait') {
      this.logger.debug({ model: handle.name }, 'waiting for a busy model to become idle before loading');
      await this.nextChange(signal);
      return null;
    }
    const entry: PoolEntry = { handle, loaded: null, loading: null, activeGenerations: 0, lastUsedAt: Date.now() };
    this.entries.set(handle.sha256, entry);
    const evictions = plan.evict.map((key) => this.unload(key));
    entry.loading = Promise.all(evictions).then(() => this.load(handle));
    return entry;
  }

  private async awaitLoad(entry: PoolEntry): Promise<void> {
    try {
      const loaded = await entry.loading;
      if (loaded !== null && loaded !== undefined && entry.loaded === null) entry.loaded = loaded;
    } catch (error) {
      if (this.entries.get(entry.handle.sha256) === entry) this.entries.delete(entry.handle.sha256);
      this.notify();
      throw error;
    }
  }

  private async load(handle: ModelHandle): Promise<LoadedModel> {
    const started = performance.now();
    const model = await this.llama.loadModel({ modelPath: handle.path });
    const threads = resolveThreadCount(this.settings.threads, handle.sizeBytes);
    try {
      const context = await model.createContext({
        contextSize: Math.min(this.settings.contextSize, model.trainContextSize),
        sequences: this.settings.sequencesPerModel,
        threads,
        // "auto" picks per build and hardware; pinning it keeps outputs comparable between nodes.
        flashAttention: false,
      });
      this.logger.info(
        { model: handle.name, sha256: handle.sha256, contextSize: context.contextSize, threads, ms: Math.round(performance.now() - started) },
        'model loaded',
      );
      return { handle, model, context, chatWrapper: chatWrapperFor(model) };
    } catch (error) {
      await model.dispose();
      throw new DemocritusError('model_unavailable', `cannot create a context for ${handle.name}: ${String(error)}`, { cause: error });
    }
  }

  private lease(entry: PoolEntry, loaded: LoadedModel): ModelLease {
    const sequence = loaded.context.getSequence();
    entry.activeGenerations += 1;
    entry.lastUsedAt = Date.now();
    let released = false;
    return {
      loaded,
      sequence,
      release: () => {
        if (released) return;
        released = true;
        sequence.dispose().catch((error: unknown) => this.logger.warn({ err: errorMessage(error), model: entry.handle.name }, 'could not free a context sequence'));
        entry.activeGenerations -= 1;
        entry.lastUsedAt = Date.now();
        this.notify();
      },
    };
  }

  private async unload(key: string): Promise<void> {
    const entry = this.entries.get(key);
    if (entry === undefined) return;
    this.entries.delete(key);
    const loaded = entry.loaded ?? (await entry.loading?.catch(() => null)) ?? null;
    if (loaded === null) return;
    await loaded.context.dispose();
    await loaded.model.dispose();
    this.logger.info({ model: entry.handle.name, sha256: entry.handle.sha256 }, 'model unloaded');
    this.notify();
  }

  private notify(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }

  private nextChange(signal?: AbortSignal): Promise<void> {
    return new Promise((resolve, reject) => {
      const onAbort = () => reject(new CancelledError('cancelled while waiting for the model'));
      signal?.addEventListener('abort', onAbort, { once: true });
      this.waiters.push(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      });
    });
  }
}
