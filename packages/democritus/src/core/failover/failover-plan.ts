/** Which expert continues an answer whose expert failed mid-answer, and how the answer so far is handed over. Pure. */

/** An expert that may take over: its peer id and the SHA-256 of the model it serves (undefined when not known). */
export interface FailoverCandidate {
  peerId: string;
  modelSha256: string | undefined;
}

/** The answer so far: every token id the failed experts produced, and the text the client received. */
export interface AnswerSoFar {
  tokenIds: readonly number[];
  text: string;
  /** The model that produced every one of `tokenIds`; null when experts on different models wrote the answer. */
  modelSha256: string | null;
}

/** The next candidates in rank order: not tried yet, each peer once. */
export function nextCandidates<T extends FailoverCandidate>(ranked: readonly T[], tried: ReadonlySet<string>): T[] {
  const seen = new Set(tried);
  return ranked.filter((candidate) => {
    if (seen.has(candidate.peerId)) return false;
    seen.add(candidate.peerId);
    return true;
  });
}

/**
 * The continuation to send: the exact token ids when the next expert serves the model that wrote all of them (greedy
 * decoding then goes on token for token), else the text (tokenized by the next expert's model).
 */
export function continuationFor(answer: AnswerSoFar, next: FailoverCandidate): { tokenIds: number[] } | { text: string } {
  if (answer.modelSha256 !== null && next.modelSha256 === answer.modelSha256) return { tokenIds: [...answer.tokenIds] };
  return { text: answer.text };
}
