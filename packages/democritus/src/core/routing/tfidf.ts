/**
 * Bag-of-words scoring, pure: tokenisation, term counts, IDF over the expert documents a router knows, sublinear
 * TF-IDF vectors and their cosine. Used as the lexical baseline and as the lexical half of the fused routing score.
 *
 * Terms are generic (`string` for the plain baseline, 16-bit hashed ids for what an advert carries, see `hashTerms`).
 */

/** English function words and words that every multiple-choice or instruction prompt contains. */
const STOP_WORDS: ReadonlySet<string> = new Set(
  `a an the and or of to in on for with by at from as is are was were be been being this that these those it its which
  who whom whose what when where why how not no nor but if then than so such can could would should may might must will
  shall do does did done has have had having i you he she we they them his her their our your my me us him also into
  about over under between through during before after above below up down out off again further once there here all
  any both each few more most other some own same only very just one two following statement statements true false
  none correct incorrect best answer question`.split(/\s+/),
);

/**
 * Lower-cased words of two or more characters starting with a letter, stop words removed, with a light plural
 * folding (`studies` -> `study`, `cells` -> `cell`; `-ss`, `-us`, `-is` words kept).
 */
export function tokenize(text: string): string[] {
  const words = text.toLowerCase().match(/[a-z][a-z0-9]+/g) ?? [];
  const out: string[] = [];
  for (const word of words) {
    if (STOP_WORDS.has(word)) continue;
    out.push(foldPlural(word));
  }
  return out;
}

function foldPlural(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** Term -> count over the tokens of all `texts`. */
export function termCounts(texts: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) for (const term of tokenize(text)) counts.set(term, (counts.get(term) ?? 0) + 1);
  return counts;
}

/** 32-bit FNV-1a over the UTF-8 bytes of a term. */
export function fnv1a32(term: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(term)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** The 16-bit id a term has in adverts. */
export function termHash16(term: string): number {
  return fnv1a32(term) & 0xffff;
}

/**
 * The compact lexical profile an advert carries: terms folded to 16-bit ids (counts of colliding terms add up), the
 * `maxTerms` most frequent kept (ties: lower id first), counts capped at 255 so each entry fits in 3 bytes.
 */
export function hashTerms(counts: ReadonlyMap<string, number>, maxTerms: number): Map<number, number> {
  const hashed = new Map<number, number>();
  for (const [term, count] of counts) {
    const id = termHash16(term);
    hashed.set(id, (hashed.get(id) ?? 0) + count);
  }
  const top = [...hashed].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, Math.max(0, maxTerms));
  return new Map(top.map(([id, count]) => [id, Math.min(255, count)]));
}

/** Query-side counterpart of `hashTerms` (no cut, no cap). */
export function hashedTermCounts(text: string): Map<number, number> {
  const counts = new Map<number, number>();
  for (const term of tokenize(text)) {
    const id = termHash16(term);
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

/** Smoothed IDF over documents: ln((1 + N) / (1 + df)) + 1. Terms that occur in no document are absent. */
export function inverseDocumentFrequency<T>(documents: readonly ReadonlyMap<T, number>[]): Map<T, number> {
  const df = new Map<T, number>();
  for (const doc of documents) for (const [term, count] of doc) if (count > 0) df.set(term, (df.get(term) ?? 0) + 1);
  const n = documents.length;
  const idf = new Map<T, number>();
  for (const [term, f] of df) idf.set(term, Math.log((1 + n) / (1 + f)) + 1);
  return idf;
}

/** L2-normalised sublinear TF-IDF vector: (1 + ln count) * idf; terms without an IDF (unknown to every document) dropped. */
export function tfidfVector<T>(counts: ReadonlyMap<T, number>, idf: ReadonlyMap<T, number>): Map<T, number> {
  const vector = new Map<T, number>();
  let norm = 0;
  for (const [term, count] of counts) {
    const weight = idf.get(term);
    if (weight === undefined || count <= 0) continue;
    const value = (1 + Math.log(count)) * weight;
    vector.set(term, value);
    norm += value * value;
  }
  if (norm > 0) {
    const scale = 1 / Math.sqrt(norm);
    for (const [term, value] of vector) vector.set(term, value * scale);
  }
  return vector;
}

/** Dot product of two sparse vectors (their cosine when both are normalised). */
export function sparseDot<T>(a: ReadonlyMap<T, number>, b: ReadonlyMap<T, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [term, value] of small) {
    const other = large.get(term);
    if (other !== undefined) sum += value * other;
  }
  return sum;
}

export interface TfidfIndex<T> {
  readonly idf: ReadonlyMap<T, number>;
  readonly vectors: readonly ReadonlyMap<T, number>[];
}

/** IDF over the documents, and each document's TF-IDF vector. */
export function buildTfidfIndex<T>(documents: readonly ReadonlyMap<T, number>[]): TfidfIndex<T> {
  const idf = inverseDocumentFrequency(documents);
  return { idf, vectors: documents.map((doc) => tfidfVector(doc, idf)) };
}

/** Cosine of the query's TF-IDF vector with each document's, in document order, each in [0, 1]. */
export function tfidfScores<T>(index: TfidfIndex<T>, query: ReadonlyMap<T, number>): number[] {
  const q = tfidfVector(query, index.idf);
  return index.vectors.map((doc) => sparseDot(q, doc));
}
