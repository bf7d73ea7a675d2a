/** A prompt longer than a node accepts. */
export interface PromptTooLong {
  /** The prompt's length in UTF-16 code units (JavaScript's `string.length`), summed over its texts. */
  length: number;
  maxLength: number;
  /** Names the problem for the caller, e.g. as a 400 error's message. */
  message: string;
}

/**
 * Checks a prompt's texts (its messages' contents) against a length limit before anything reads them: O(number of
 * texts), since a string knows its length. Meant to run first on the request path, before embedding, routing,
 * normalising or tokenizing. `what` names the prompt in the message (e.g. "messages" or "input").
 */
export function checkPromptLength(texts: readonly string[], maxLength: number, what = 'the prompt'): PromptTooLong | null {
  let length = 0;
  for (const text of texts) length += text.length;
  if (length <= maxLength) return null;
  return { length, maxLength, message: `${what} is ${length} characters long; this node accepts at most ${maxLength}` };
}
