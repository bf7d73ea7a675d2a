import { embeddingsBodySchema, type EmbeddingList } from '@democritus/sdk';
import type { FastifyPluginAsyncJsonSchemaToTs } from '@fastify/type-provider-json-schema-to-ts';
import type { NodeApp } from '../../app/node-app.js';
import { invalidRequest } from '../../errors.js';
import { formatSchemaErrors } from '../schema-errors.js';

/**
 * `POST /v1/embeddings` with the node's embedding model (whatever `model` says: the node has one). `encoding_format`
 * `base64` sends each vector as its little-endian float32 bytes. `usage` counts words, an estimate: the embedding model's
 * tokenizer is not exposed.
 */
export const openAiEmbeddingRoutes: FastifyPluginAsyncJsonSchemaToTs<{ Options: { app: NodeApp } }> = async (server, { app }) => {
  server.post(
    '/v1/embeddings',
    { schema: { body: embeddingsBodySchema }, schemaErrorFormatter: formatSchemaErrors },
    async (request, reply): Promise<EmbeddingList> => {
      const body = request.body;
      const texts = typeof body.input === 'string' ? [body.input] : body.input;
      if (!texts.every((text): text is string => typeof text === 'string')) {
        throw invalidRequest('token arrays are not supported as input: send the text', 'input', 'unsupported_value');
      }
      const lookup = new AbortController();
      const leave = () => lookup.abort();
      reply.raw.once('close', leave);
      const result = await app.embed(texts, { signal: lookup.signal }).finally(() => reply.raw.off('close', leave));
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
