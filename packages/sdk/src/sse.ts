/**
 * The SSE comment that carries a progress event on a REST stream (`: democritus.progress {"type":"task_started",...}`).
 * A comment, not a named event: every SSE parser skips comments (OpenAI's own client yields the data of named events it
 * does not know as if they were chunks), so OpenAI clients read the stream unchanged.
 */
export const PROGRESS_SSE_COMMENT = 'democritus.progress';

/** The SSE comment line of a progress event, with the blank line that ends it. */
export function progressSseComment(event: unknown): string {
  return `: ${PROGRESS_SSE_COMMENT} ${JSON.stringify(event)}\n\n`;
}

/**
 * Server-sent events as OpenAI streams them: `data: <json>` events separated by blank lines, ending with
 * `data: [DONE]`. Yields each event's data; stops at [DONE]. `onComment` receives each comment line's text (without
 * the colon and one space).
 */
export async function* sseData(body: ReadableStream<Uint8Array>, onComment?: (text: string) => void): AsyncGenerator<string> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffered = '';
  let data: string[] = [];
  try {
    for (;;) {
      const { done, value } = await reader.read();
      buffered += done ? decoder.decode() : decoder.decode(value, { stream: true });
      let newline: number;
      while ((newline = buffered.search(/\r?\n/)) !== -1) {
        const line = buffered.slice(0, newline);
        buffered = buffered.slice(buffered[newline] === '\r' ? newline + 2 : newline + 1);
        if (line === '') {
          if (data.length > 0) {
            const event = data.join('\n');
            data = [];
            if (event === '[DONE]') return;
            yield event;
          }
        } else if (line.startsWith('data:')) {
          data.push(line.slice(line.startsWith('data: ') ? 6 : 5));
        } else if (line.startsWith(':')) {
          onComment?.(line.slice(line.startsWith(': ') ? 2 : 1));
        }
        // `event:`, `id:` and `retry:` lines carry nothing the SDK needs.
      }
      if (done) break;
    }
    if (data.length > 0 && data.join('\n') !== '[DONE]') yield data.join('\n');
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}
