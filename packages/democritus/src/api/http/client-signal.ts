import type { FastifyReply } from 'fastify';

/** Runs `work` with a signal that aborts when the client goes away before the answer is sent (work nobody will read). */
export async function whileClientWaits<T>(reply: FastifyReply, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const leave = () => controller.abort();
  reply.raw.once('close', leave);
  try {
    return await work(controller.signal);
  } finally {
    reply.raw.off('close', leave);
  }
}
