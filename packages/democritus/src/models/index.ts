/**
 * The model registry: GGUF files identified by SHA-256, found in a cache and search directories, or downloaded
 * (resumable, verified) from an https: URL or a Hugging Face repository.
 *
 * @example
 * ```ts
 * const registry = new ModelRegistry({ cacheDir, searchDirs: [...config.inference.model_dirs, ...envModelDirs()] });
 * const model = await registry.resolve(
 *   { source: 'hf:ggml-org/models/tinyllamas/stories260K.gguf', expectedSha256: '270cba1b...' },
 *   { onProgress: ({ downloadedBytes, totalBytes }) => bar.update(downloadedBytes, { totalBytes }) },
 * );
 * ```
 */
export { ModelRegistry } from './registry.js';
export type {
  ModelListing,
  ModelLocation,
  ModelRegistryOptions,
  ResolveOptions,
  ResolveRequest,
  VerifyResult,
} from './registry.js';
export { downloadFile } from './download.js';
export type { DownloadOptions, DownloadProgress, DownloadResult } from './download.js';
export { assertGgufFile, GGUF_MIN_HEADER_BYTES } from './gguf-header.js';
export type { GgufHeaderInfo } from './gguf-header.js';
export { DEFAULT_HF_ENDPOINT, parseModelSource } from './model-source.js';
export type { ModelSource, ParseModelSourceOptions } from './model-source.js';
export { normalizeSha256, sha256File } from './sha256.js';
export type { HashProgress } from './sha256.js';
