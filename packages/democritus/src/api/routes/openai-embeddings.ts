import type { FastifyPluginAsync } from 'fastify';
import type { ControlServerDeps } from '../control-server.js';
import { formatSchemaErrors, invalidRequest } from '../http-errors.js';
import type { EmbeddingList } from '../openai/types.js';

/** OpenAI's limit on inputs per request. */
export const MAX_EMBEDDING_INPUTS = 2048;

interface EmbeddingsBody {
  input: string | string[] | number[] | number[][];
  model?: string;
  encoding_format?: 'float' | 'base64';
  dimensions?: number;
  user?: string;
}

export const embeddingsBodySchema = {
  type: 'object',
  additionalProperties: false,
  required: ['input'],
  properties: {
    input: {
      anyOf: [
        { type: 'string', minLength: 1 },
        { type: 'array', minItems: 1, maxItems: MAX_EMBEDDING_INPUTS, items: { type: 'string', minLength: 1 } },
        // Token arrays are valid OpenAI input; they are refused below with a clear message.
        { type: 'array', minItems: 1, items: { type: 'integer' } },
        { type: 'array', minItems: 1, items: { type: 'array', items: { type: 'integer' } } },
      ],
    },
    model: { type: 'string', minLength: 1, maxLength: 256 },
    encoding_format: { type: 'string', enum: ['float', 'base64'] },
    dimensions: { type: 'integer', minimum: 1 },
    user: { type: 'string' },
  },
} as const;

/**
 * `POST /v1/embeddings` with the node's embedding model (whatever `model` says: the node has one). `encoding_format`
 * `base64` sends each vector as its little-endian float32 bytes. `usage` counts words, an estimate: the embedding model's
 * tokenizer is not exposed.
 */
export const openAiEmbeddingRoutes: FastifyPluginAsync<{ deps: ControlServerDeps }> = async (server, { deps }) => {
  server.post<{ Body: EmbeddingsBody }>(
    '/v1/embeddings',
    { schema: { body: embeddingsBodySchema }, schemaErrorFormatter: formatSchemaErrors },
    async (request): Promise<EmbeddingList> => {
      const body = request.body;
      const texts = typeof body.input === 'string' ? [body.input] : body.input;
      if (!texts.every((text): text is string => typeof text === 'string')) {
        throw invalidRequest('token arrays are not supported as input: send the text', 'input', 'unsupported_value');
      }
      const result = await deps.embed(texts);
      const dimensions = result.vectors[0]?.length ?? 0;
      if (body.dimensions !== undefined && body.dimensions !== dimensions) {
        throw invalidRequest(`the embedding model ${result.model} has ${dimensions} dimensions; it cannot give ${body.dimensions}`, 'dimensions', 'unsupported_value');
      }
      const base64 = body.encoding_format === 'base64';
      const words = texts.reduce((sum, text) => sum + (text.match(/\S+/g)?.length ?? 0), 0);
      return {
        object: 'list',
        data: result.vectors.map((vector, index) => ({
          object: 'embedding',
          index,
          embedding: base64 ? float32Base64(vector) : Array.from(vector),
        })),
        model: result.model,
        usage: { prompt_tokens: words, total_tokens: words },
      };
    },
  );
};

/** The vector's float32 values, little-endian, in base64 (what OpenAI's clients decode). */
export function float32Base64(vector: Float32Array): string {
  const bytes = Buffer.alloc(vector.length * 4);
  vector.forEach((value, index) => bytes.writeFloatLE(value, index * 4));
  return bytes.toString('base64');
}
