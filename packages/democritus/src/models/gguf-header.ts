/**
 * Structural check of a GGUF file (https://github.com/ggml-org/ggml/blob/master/docs/gguf.md) without loading it:
 * magic, version, plausible counts, and that the file is long enough for its header, metadata, tensor infos and
 * (for the common tensor types) the tensor data. Catches HTML error pages, other formats and truncated copies
 * before llama.cpp sees them. Only reads the header region.
 */
import { open } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { ModelIntegrityError } from '../errors.js';

export interface GgufHeaderInfo {
  version: number;
  tensorCount: number;
  metadataCount: number;
  /** Bytes the file needs: header and, for tensors of known types, their data. A lower bound. */
  minimumFileBytes: number;
}

/** magic (4) + version (4) + tensor count (8) + metadata count (8). */
export const GGUF_MIN_HEADER_BYTES = 24;
const GGUF_MAGIC = 'GGUF';
const DEFAULT_ALIGNMENT = 32;
const MAX_DIMS = 8;

/** GGUF metadata value types. */
const ValueType = {
  Uint8: 0, Int8: 1, Uint16: 2, Int16: 3, Uint32: 4, Int32: 5, Float32: 6, Bool: 7, String: 8, Array: 9, Uint64: 10,
  Int64: 11, Float64: 12,
} as const;
const MAX_NAME_BYTES = 65_535;
const SCALAR_BYTES = new Map<number, number>([
  [ValueType.Uint8, 1], [ValueType.Int8, 1], [ValueType.Bool, 1], [ValueType.Uint16, 2], [ValueType.Int16, 2],
  [ValueType.Uint32, 4], [ValueType.Int32, 4], [ValueType.Float32, 4], [ValueType.Uint64, 8], [ValueType.Int64, 8],
  [ValueType.Float64, 8],
]);

/**
 * [elements per block, bytes per block] of the ggml tensor types whose layout is certain. Tensors of other
 * types only contribute their start offset to the size bound, so an unknown type never rejects a valid file.
 */
const GGML_TYPE_BLOCKS = new Map<number, readonly [number, number]>([
  [0, [1, 4]], [1, [1, 2]], [30, [1, 2]], // F32, F16, BF16
  [2, [32, 18]], [3, [32, 20]], [6, [32, 22]], [7, [32, 24]], [8, [32, 34]], [9, [32, 36]], // Q4_0..Q8_1
  [10, [256, 84]], [11, [256, 110]], [12, [256, 144]], [13, [256, 176]], [14, [256, 210]], [15, [256, 292]], // K
  [20, [32, 18]], [23, [256, 136]], // IQ4_NL, IQ4_XS
  [24, [1, 1]], [25, [1, 2]], [26, [1, 4]], [27, [1, 8]], [28, [1, 8]], // I8, I16, I32, I64, F64
]);

class Problem extends Error {}

/** Throws ModelIntegrityError naming `displayName` (default: the path) and the problem. */
export async function assertGgufFile(path: string, displayName: string = path): Promise<GgufHeaderInfo> {
  let fh: FileHandle;
  try {
    fh = await open(path, 'r');
  } catch (error) {
    throw new ModelIntegrityError(`${displayName}: cannot open: ${(error as Error).message}`);
  }
  try {
    const size = (await fh.stat()).size;
    return await readHeader(new Cursor(fh, size));
  } catch (error) {
    if (error instanceof Problem) throw new ModelIntegrityError(`${displayName}: ${error.message}`);
    throw error;
  } finally {
    await fh.close();
  }
}

async function readHeader(cursor: Cursor): Promise<GgufHeaderInfo> {
  const size = cursor.size;
  if (size < GGUF_MIN_HEADER_BYTES) {
    throw new Problem(`truncated: ${size} bytes, a GGUF header needs at least ${GGUF_MIN_HEADER_BYTES}`);
  }
  const magic = await cursor.bytes(4);
  if (magic.toString('latin1') !== GGUF_MAGIC) {
    const hex = [...magic].map((b) => b.toString(16).padStart(2, '0')).join(' ');
    throw new Problem(`not a GGUF file (magic bytes ${hex} ${JSON.stringify(magic.toString('latin1'))}, expected "GGUF")`);
  }
  const version = await cursor.u32();
  if (version !== 2 && version !== 3) {
    const swapped = Buffer.alloc(4);
    swapped.writeUInt32BE(version);
    const bigEndian = swapped.readUInt32LE() === 2 || swapped.readUInt32LE() === 3;
    throw new Problem(`unsupported GGUF version ${version} (expected 2 or 3${bigEndian ? '; big-endian files are not supported' : ''})`);
  }
  const tensorCount = await cursor.count('tensor count', 8 + 4 + 4 + 8);
  const metadataCount = await cursor.count('metadata count', 8 + 4 + 1);

  let alignment = DEFAULT_ALIGNMENT;
  for (let i = 0; i < metadataCount; i++) {
    const key = await cursor.string();
    const type = await cursor.u32();
    if (key === 'general.alignment' && type === ValueType.Uint32) {
      alignment = await cursor.u32();
      if (alignment === 0 || (alignment & (alignment - 1)) !== 0) throw new Problem(`general.alignment ${alignment} is not a power of two`);
    } else {
      await skipValue(cursor, type, 0);
    }
  }

  let dataEnd = 0;
  for (let i = 0; i < tensorCount; i++) {
    await cursor.string();
    const dims = await cursor.u32();
    if (dims > MAX_DIMS) throw new Problem(`corrupt tensor info: ${dims} dimensions`);
    let elements = 1;
    for (let d = 0; d < dims; d++) elements *= await cursor.u64('tensor dimension');
    const type = await cursor.u32();
    const offset = await cursor.u64('tensor offset');
    const block = GGML_TYPE_BLOCKS.get(type);
    const bytes = block ? Math.ceil(elements / block[0]) * block[1] : 0;
    dataEnd = Math.max(dataEnd, offset + bytes);
  }
  const dataStart = Math.ceil(cursor.position / alignment) * alignment;
  const minimumFileBytes = tensorCount === 0 ? cursor.position : dataStart + dataEnd;
  if (size < minimumFileBytes) {
    throw new Problem(`truncated: ${size} bytes, but its header and tensor data need at least ${minimumFileBytes}`);
  }
  return { version, tensorCount, metadataCount, minimumFileBytes };
}

async function skipValue(cursor: Cursor, type: number, depth: number): Promise<void> {
  const scalar = SCALAR_BYTES.get(type);
  if (scalar !== undefined) return cursor.skip(scalar);
  if (type === ValueType.String) return cursor.skip(await cursor.u64('string length'));
  if (type !== ValueType.Array || depth > 2) throw new Problem(`corrupt metadata: unknown value type ${type}`);
  const elementType = await cursor.u32();
  const elementBytes = SCALAR_BYTES.get(elementType);
  const count = await cursor.count('array length', elementBytes ?? 8);
  if (elementBytes !== undefined) return cursor.skip(count * elementBytes);
  for (let i = 0; i < count; i++) await skipValue(cursor, elementType, depth + 1);
}

const CHUNK_BYTES = 1 << 20;

/** Sequential little-endian reader over a file handle with a 1 MiB window; every read is bounds-checked. */
class Cursor {
  position = 0;
  private window = Buffer.alloc(0);
  private windowStart = 0;

  constructor(
    private readonly fh: FileHandle,
    readonly size: number,
  ) {}

  async bytes(n: number): Promise<Buffer> {
    this.need(n, 'header');
    const offset = this.position - this.windowStart;
    if (offset < 0 || offset + n > this.window.length) {
      const length = Math.min(Math.max(n, CHUNK_BYTES), this.size - this.position);
      const buffer = Buffer.alloc(length);
      const { bytesRead } = await this.fh.read(buffer, 0, length, this.position);
      this.window = buffer.subarray(0, bytesRead);
      this.windowStart = this.position;
      if (bytesRead < n) throw new Problem(`truncated: the file shrank while it was being read`);
    }
    const start = this.position - this.windowStart;
    this.position += n;
    return this.window.subarray(start, start + n);
  }

  async u32(): Promise<number> {
    return (await this.bytes(4)).readUInt32LE();
  }

  async u64(what: string): Promise<number> {
    const value = (await this.bytes(8)).readBigUInt64LE();
    if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new Problem(`corrupt header: ${what} ${value} is implausible`);
    return Number(value);
  }

  /** A u64 count of items that each take at least `minItemBytes` in the rest of the file. */
  async count(what: string, minItemBytes: number): Promise<number> {
    const value = await this.u64(what);
    if (value * minItemBytes > this.size - this.position) {
      throw new Problem(`truncated or corrupt: ${what} ${value} does not fit in a file of ${this.size} bytes`);
    }
    return value;
  }

  async string(): Promise<string> {
    const length = await this.u64('string length');
    if (length > MAX_NAME_BYTES) throw new Problem(`corrupt header: a key or tensor name of ${length} bytes`);
    return (await this.bytes(length)).toString('utf8');
  }

  skip(n: number): void {
    this.need(n, 'metadata');
    this.position += n;
  }

  private need(n: number, what: string): void {
    if (this.position + n > this.size) {
      throw new Problem(`truncated: ${this.size} bytes, the ${what} continues past the end of the file`);
    }
  }
}
