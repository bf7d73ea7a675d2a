import { readFileSync } from 'node:fs';
import { boundedNfkc } from '../core/text/bounded-nfkc.js';
import type { UseLiteFiles } from './use-lite-files.js';

/** `[piece, score]` pairs; a few scores in the shipped file are null (read as 0, as JavaScript's `+` does). */
export type UseLiteVocabulary = readonly (readonly [string, number | null])[];

/** The longest piece of USE-lite's vocabulary, in code points; the constructor refuses a vocabulary with longer ones. */
export const USE_LITE_LONGEST_PIECE = 16;
/** Ids below this are reserved (unknown, <s>, </s>, extras) and never matched. */
const RESERVED_PIECES = 6;
const UNKNOWN = 0;
/** SentencePiece's word separator, which stands for a space. */
const SEPARATOR = '\u2581';

/**
 * Code points of normalised text that the tokenizer reads to give `maxTokens` tokens: every token is at most
 * `USE_LITE_LONGEST_PIECE` code points, and a second such stretch holds the rest of the word the last token ends in
 * (no piece spans a separator, so a cut after that word leaves the tokens before it unchanged). Only a run of
 * characters the vocabulary lacks, which becomes a single unknown token however long, can push the text's first
 * tokens past this budget.
 */
export function useLiteTextBudget(maxTokens: number): number {
  return 2 * maxTokens * USE_LITE_LONGEST_PIECE;
}

interface TrieNode {
  children: Map<string, TrieNode>;
  /** Index and score of the piece that ends here, if one does. */
  piece: { index: number; score: number } | null;
}

/**
 * USE-lite's SentencePiece tokenizer: the algorithm of `@energetic-ai/embeddings` 0.2 (a Viterbi search over the
 * vocabulary's pieces, with its quirks kept so that the token ids are the same), in linear time. The package copies the
 * rest of the text at every position (`symbols.slice(i)`), which is quadratic: 32 000 characters took 11 s there, and a
 * 60 KB prompt of U+FDFA (18 characters each once normalised) would take hours. Here a trie walk from each position
 * reads at most `USE_LITE_LONGEST_PIECE` symbols.
 */
export class UseLiteTokenizer {
  private readonly root: TrieNode = { children: new Map(), piece: null };
  /** UTF-16 length of each piece, which the package steps back by when it reads the best path. */
  private readonly pieceUnits: number[];

  constructor(vocabulary: UseLiteVocabulary) {
    this.pieceUnits = vocabulary.map(([piece]) => piece.length);
    for (let index = RESERVED_PIECES; index < vocabulary.length; index++) {
      const [piece, score] = vocabulary[index]!;
      const symbols = [...piece];
      if (symbols.length > USE_LITE_LONGEST_PIECE) {
        throw new Error(`USE-lite vocabulary piece ${index} has ${symbols.length} code points; the tokenizer's budget assumes at most ${USE_LITE_LONGEST_PIECE}`);
      }
      let node = this.root;
      for (const symbol of symbols) {
        let child = node.children.get(symbol);
        if (child === undefined) {
          child = { children: new Map(), piece: null };
          node.children.set(symbol, child);
        }
        node = child;
      }
      if (symbols.length > 0) node.piece = { index, score: score ?? 0 };
    }
  }

  static fromFiles(files: UseLiteFiles): UseLiteTokenizer {
    return new UseLiteTokenizer(JSON.parse(readFileSync(files.vocab, 'utf8')) as [string, number | null][]);
  }

  /**
   * The first `maxTokens` token ids of `text`, reading at most `useLiteTextBudget(maxTokens)` code points of its NFKC
   * form, which is computed from a prefix of the text only: the cost is bounded whatever the text's length.
   */
  encode(text: string, maxTokens: number): number[] {
    return this.encodeNormalized(boundedNfkc(text, useLiteTextBudget(maxTokens))).slice(0, maxTokens);
  }

  /** Every token id of the whole text, as `@energetic-ai/embeddings` gives them. */
  encodeAll(text: string): number[] {
    return this.encodeNormalized(text.normalize('NFKC'));
  }

  private encodeNormalized(normalized: string): number[] {
    if (normalized.length === 0) return [];
    const symbols = [...(SEPARATOR + normalized.replaceAll(' ', SEPARATOR))];
    const n = symbols.length;
    // best[i]: score of the best segmentation of symbols[0, i); words[i]: the piece it ends with. 0 means "not set" in
    // the package's comparison below, even when a score really is 0; kept as is.
    const best = new Float64Array(n + 1);
    const words = new Int32Array(n + 1);
    const relax = (end: number, start: number, score: number, index: number): void => {
      const total = score + best[start]!;
      if (best[end] === 0 || total >= best[end]!) {
        best[end] = total;
        words[end] = index;
      }
    };
    // Candidates for each end position arrive in increasing start order, as the package visits them.
    for (let start = 0; start < n; start++) {
      let node = this.root.children.get(symbols[start]!);
      let matched = false;
      for (let end = start + 1; node !== undefined; end++) {
        if (node.piece !== null) {
          relax(end, start, node.piece.score, node.piece.index);
          matched = true;
        }
        node = end < n ? node.children.get(symbols[end]!) : undefined;
      }
      if (!matched) relax(start + 1, start, 0, UNKNOWN);
    }
    const reversed: number[] = [];
    for (let position = n; position > 0; position -= this.pieceUnits[words[position]!]!) reversed.push(words[position]!);
    const ids: number[] = [];
    for (let i = reversed.length - 1; i >= 0; i--) {
      // A run of unknown symbols is one unknown token.
      if (reversed[i] === UNKNOWN && i + 1 < reversed.length && reversed[i + 1] === UNKNOWN) continue;
      ids.push(reversed[i]!);
    }
    return ids;
  }
}
