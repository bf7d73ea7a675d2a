/**
 * TF.js WASM runs a plain 2-D matrix product through XNNPACK, but a batched or transposed one (attention: Q·Kᵀ and
 * weights·V per head) through a naive loop about 10x slower: at 128 tokens USE-lite's four attention products took
 * ~29 ms of its ~70 ms. This replaces the `BatchMatMul` kernel with one that cuts such products into 2-D slices for the
 * XNNPACK path when they are big enough to gain (below ~32x32x128 the slicing costs more than it saves). Same sums,
 * same results to float rounding.
 */

export interface TensorInfo {
  dataId: object;
  shape: number[];
  dtype: string;
}

interface KernelArgs {
  inputs: Record<string, TensorInfo> | TensorInfo[];
  backend: { disposeData(dataId: object): boolean };
  attrs: Record<string, unknown>;
}

type KernelFunc = (args: KernelArgs) => TensorInfo;

interface KernelConfig {
  kernelName: string;
  backendName: string;
  kernelFunc: KernelFunc;
}

/** The slice of TF.js's kernel registry used here. */
export interface KernelRegistry {
  getKernel(kernelName: string, backendName: string): KernelConfig | undefined;
  unregisterKernel(kernelName: string, backendName: string): void;
  registerKernel(config: KernelConfig): void;
}

/** Multiply-adds per 2-D product above which slicing pays. */
const MIN_SLICED_WORK = 32 * 32 * 128;

/** Call after the WASM backend is initialised (the original kernel's set-up must have run). */
export function useSlicedBatchMatMul(tf: KernelRegistry): void {
  const config = (name: string): KernelConfig => {
    const found = tf.getKernel(name, 'wasm');
    if (found === undefined) throw new Error(`TF.js WASM kernel ${name} not registered`);
    return found;
  };
  const kernel = (name: string): KernelFunc => config(name).kernelFunc;
  const original = config('BatchMatMul');
  const batchMatMul = original.kernelFunc;
  const slice = kernel('Slice');
  const transpose = kernel('Transpose');
  const concat = kernel('Concat');
  const reshape = kernel('Reshape');

  const sliced: KernelFunc = (args) => {
    const { a, b } = args.inputs as { a: TensorInfo; b: TensorInfo };
    const transposeA = args.attrs.transposeA === true;
    const transposeB = args.attrs.transposeB === true;
    const batch = a.shape.slice(0, -2).reduce((product, dim) => product * dim, 1);
    const [rows, inner] = transposeA ? [a.shape.at(-1)!, a.shape.at(-2)!] : [a.shape.at(-2)!, a.shape.at(-1)!];
    const columns = transposeB ? b.shape.at(-2)! : b.shape.at(-1)!;
    const sameBatch = a.shape.length === b.shape.length && a.shape.slice(0, -2).every((dim, i) => dim === b.shape[i]);
    const plain2d = batch === 1 && !transposeA && !transposeB;
    if (plain2d || !sameBatch || rows * inner * columns < MIN_SLICED_WORK) return batchMatMul(args);

    const { backend } = args;
    const temporaries: TensorInfo[] = [];
    const run = (func: KernelFunc, inputs: KernelArgs['inputs'], attrs: Record<string, unknown>): TensorInfo => {
      const out = func({ inputs, backend, attrs });
      temporaries.push(out);
      return out;
    };
    // [batch, rows, inner] and [batch, inner, columns], untransposed.
    const as3d = (x: TensorInfo, transposed: boolean): TensorInfo => {
      const flat = run(reshape, { x }, { shape: [batch, x.shape.at(-2)!, x.shape.at(-1)!] });
      return transposed ? run(transpose, { x: flat }, { perm: [0, 2, 1] }) : flat;
    };
    const a3 = as3d(a, transposeA);
    const b3 = as3d(b, transposeB);
    const products: TensorInfo[] = [];
    for (let i = 0; i < batch; i++) {
      const ai = slice({ inputs: { x: a3 }, backend, attrs: { begin: [i, 0, 0], size: [1, rows, inner] } });
      const bi = slice({ inputs: { x: b3 }, backend, attrs: { begin: [i, 0, 0], size: [1, inner, columns] } });
      const a2 = reshape({ inputs: { x: ai }, backend, attrs: { shape: [rows, inner] } });
      const b2 = reshape({ inputs: { x: bi }, backend, attrs: { shape: [inner, columns] } });
      products.push(run(batchMatMul, { a: a2, b: b2 }, { transposeA: false, transposeB: false }));
      for (const t of [ai, bi, a2, b2]) backend.disposeData(t.dataId);
    }
    const joined = run(concat, products, { axis: 0 });
    const out = reshape({ inputs: { x: joined }, backend, attrs: { shape: [...a.shape.slice(0, -2), rows, columns] } });
    for (const temporary of temporaries) backend.disposeData(temporary.dataId);
    return out;
  };

  tf.unregisterKernel('BatchMatMul', 'wasm');
  tf.registerKernel({ ...original, kernelFunc: sliced });
}
