/**
 * The model a node serves when its configuration names none: the tiny TinyStories Llama (1.1 MB), which writes
 * children's stories and follows no instructions. Named by its file name, it is found in the model cache and search
 * directories, or downloaded from its public source and checked against its SHA-256.
 */
export const BUNDLED_MODEL = {
  fileName: 'stories260K.gguf',
  source: 'hf:ggml-org/models/tinyllamas/stories260K.gguf',
  sha256: '270cba1bd5109f42d03350f60406024560464db173c0e387d91f0426d3bd256d',
  sizeBytes: 1_185_376,
} as const;

/** Where a model named only by its file name comes from: the bundled model's source and hash when the name is its. */
export function knownSource(
  request: { source: string; downloadUrl?: string | undefined; expectedSha256?: string | undefined },
): { source: string; downloadUrl?: string | undefined; expectedSha256?: string | undefined } {
  if (request.source !== BUNDLED_MODEL.fileName) return request;
  return { ...request, downloadUrl: request.downloadUrl ?? BUNDLED_MODEL.source, expectedSha256: request.expectedSha256 ?? BUNDLED_MODEL.sha256 };
}
