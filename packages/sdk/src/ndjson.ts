/** Newline-delimited JSON, as `POST /api/generate` streams it: one value per line; blank lines are skipped. */
export async function* ndjsonValues(body: ReadableStream<Uint8Array>): AsyncGenerator<unknown> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffered = '';
  const parse = (line: string): unknown => {
    try {
      return JSON.parse(line) as unknown;
    } catch (error) {
      throw new SyntaxError(`the node sent a line that is not JSON (${error instanceof Error ? error.message : String(error)}): ${line.slice(0, 200)}`, {
        cause: error,
      });
    }
  };
  try {
    for (;;) {
      const { done, value } = await reader.read();
      buffered += done ? decoder.decode() : decoder.decode(value, { stream: true });
      let newline: number;
      while ((newline = buffered.indexOf('\n')) !== -1) {
        const line = buffered.slice(0, newline).trim();
        buffered = buffered.slice(newline + 1);
        if (line.length > 0) yield parse(line);
      }
      if (done) break;
    }
    if (buffered.trim().length > 0) yield parse(buffered.trim());
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}
