/** The `data:` payloads of a server-sent event stream, read as they arrive ("[DONE]" stays a string). */
export async function* sseData(body: ReadableStream<Uint8Array> | null): AsyncGenerator<string> {
  if (body === null) throw new Error('response without a body');
  const decoder = new TextDecoder();
  let buffered = '';
  for await (const chunk of body) {
    buffered += decoder.decode(chunk, { stream: true });
    let end: number;
    while ((end = buffered.indexOf('\n\n')) !== -1) {
      const event = buffered.slice(0, end);
      buffered = buffered.slice(end + 2);
      const data = event
        .split('\n')
        .filter((line) => line.startsWith('data:'))
        .map((line) => line.slice(5).trimStart())
        .join('\n');
      if (data.length > 0) yield data;
    }
  }
  if (buffered.trim().length > 0) throw new Error(`stream ended inside an event: ${JSON.stringify(buffered)}`);
}

/** Every payload of a finished stream, JSON-parsed except the final "[DONE]". */
export async function readSse(response: Response): Promise<unknown[]> {
  const events: unknown[] = [];
  for await (const data of sseData(response.body)) events.push(data === '[DONE]' ? data : (JSON.parse(data) as unknown));
  return events;
}
