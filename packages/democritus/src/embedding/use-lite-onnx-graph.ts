/**
 * USE-lite's TF.js graph rewritten as an ONNX model over the same weights, so that onnxruntime's native kernels run
 * it. The TF.js graph is a two-layer Tensor2Tensor encoder that works on a packed list of tokens (gather, compute,
 * scatter back); this graph computes the same thing on the padded [batch, tokens] layout, masking padding where it
 * matters (attention keys, residuals, the mean). `test/embedding.test.ts` checks its vectors against TF.js's.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { onnx as Onnx } from 'onnx-proto';
import type { UseLiteFiles } from './use-lite-files.js';

/** Padding in the `tokens` input (token ids are >= 0). */
export const ONNX_PADDING_TOKEN = -1;
export const ONNX_INPUT = 'tokens';
export const ONNX_OUTPUT = 'embedding';

interface Weight {
  shape: number[];
  data: Float32Array | Int32Array;
}

interface Manifest {
  weightsManifest: { paths: string[]; weights: { name: string; shape: number[]; dtype: string; quantization?: unknown }[] }[];
}

export function readUseLiteWeights(files: UseLiteFiles): Map<string, Weight> {
  const manifest = JSON.parse(readFileSync(files.modelJson, 'utf8')) as Manifest;
  const weights = new Map<string, Weight>();
  let shard = 0;
  for (const group of manifest.weightsManifest) {
    const bytes = Buffer.concat(group.paths.map(() => readFileSync(files.weightShards[shard++]!)));
    let offset = bytes.byteOffset;
    for (const weight of group.weights) {
      if (weight.quantization !== undefined) throw new Error(`USE-lite weight ${weight.name} is quantized; expected float32`);
      const count = weight.shape.reduce((product, dim) => product * dim, 1);
      const slice = bytes.buffer.slice(offset, offset + count * 4);
      if (weight.dtype === 'float32') weights.set(weight.name, { shape: weight.shape, data: new Float32Array(slice) });
      else if (weight.dtype === 'int32') weights.set(weight.name, { shape: weight.shape, data: new Int32Array(slice) });
      else throw new Error(`USE-lite weight ${weight.name} has dtype ${weight.dtype}; expected float32 or int32`);
      offset += count * 4;
    }
  }
  return weights;
}

// A CommonJS package whose namespace export Node's ESM loader cannot see by name.
const { onnx } = createRequire(import.meta.url)('onnx-proto') as { onnx: typeof Onnx };

const FLOAT = onnx.TensorProto.DataType.FLOAT;
const INT64 = onnx.TensorProto.DataType.INT64;

class GraphBuilder {
  readonly nodes: Onnx.INodeProto[] = [];
  readonly initializers: Onnx.ITensorProto[] = [];
  private next = 0;

  constant(dims: number[], data: Float32Array | BigInt64Array): string {
    const name = `c${this.next++}`;
    const dataType = data instanceof Float32Array ? FLOAT : INT64;
    this.initializers.push({ name, dims, dataType, rawData: new Uint8Array(data.buffer, data.byteOffset, data.byteLength) });
    return name;
  }

  floats(values: number[]): string {
    return this.constant([values.length], Float32Array.from(values));
  }

  ints(values: number[]): string {
    return this.constant([values.length], BigInt64Array.from(values.map(BigInt)));
  }

  op(opType: string, input: string[], attributes: Record<string, number | number[]> = {}, outputs = 1): string[] {
    const output = Array.from({ length: outputs }, () => `t${this.next++}`);
    const attribute = Object.entries(attributes).map(([name, value]) =>
      Array.isArray(value)
        ? { name, type: onnx.AttributeProto.AttributeType.INTS, ints: value }
        : Number.isInteger(value)
          ? { name, type: onnx.AttributeProto.AttributeType.INT, i: value }
          : { name, type: onnx.AttributeProto.AttributeType.FLOAT, f: value },
    );
    this.nodes.push({ opType, input, output, attribute, name: `n${this.next++}` });
    return output;
  }

  one(opType: string, input: string[], attributes: Record<string, number | number[]> = {}): string {
    return this.op(opType, input, attributes)[0]!;
  }
}

/** The ONNX model (serialized ModelProto): input `tokens` int64 [batch, tokens], output `embedding` float [batch, 512]. */
export function buildUseLiteOnnx(files: UseLiteFiles): Uint8Array {
  const weights = readUseLiteWeights(files);
  const find = (suffix: string): Weight => {
    const names = [...weights.keys()].filter((name) => name.endsWith(suffix));
    if (names.length !== 1) throw new Error(`USE-lite weights: expected one weight named *${suffix}, found ${names.length}`);
    return weights.get(names[0]!)!;
  };
  const scalar = (suffix: string): number => find(suffix).data[0]!;
  const g = new GraphBuilder();
  const weight = (suffix: string, dims?: number[]): string => {
    const found = find(suffix);
    if (!(found.data instanceof Float32Array)) throw new Error(`USE-lite weight *${suffix} is not float32`);
    return g.constant(dims ?? found.shape, found.data);
  };
  const layer = (i: number, rest: string): string => `Encode/Layer_${i}/TransformerLayer/${rest}`;
  const epsilon = scalar('Layer_1/TransformerLayer/FFN/layer_prepostprocess/layer_norm/Cast/x');

  const valid = g.one('Greater', [ONNX_INPUT, g.ints([ONNX_PADDING_TOKEN])]);
  const mask = g.one('Cast', [valid], { to: FLOAT });
  const mask3 = g.one('Unsqueeze', [mask, g.ints([-1])]);
  const embedded = g.one('Gather', [weight('module/Embeddings_en'), g.one('Max', [ONNX_INPUT, g.ints([0])])], { axis: 0 });

  const length = g.one('Gather', [g.one('Shape', [ONNX_INPUT]), g.ints([1])], { axis: 0 });
  const scalarOf = (x: string): string => g.one('Squeeze', [x]);
  const positions = g.one('Cast', [g.one('Range', [scalarOf(g.ints([0])), scalarOf(length), scalarOf(g.ints([1]))])], { to: FLOAT });
  const angles = g.one('Mul', [g.one('Unsqueeze', [positions, g.ints([1])]), weight('AddTimingSignal/TimingSignal/ExpandDims_1')]);
  const timing = g.one('Concat', [g.one('Sin', [angles]), g.one('Cos', [angles])], { axis: 1 });
  // TF.js adds the scattered embeddings to the scattered (embeddings + timing signal): 2·e + t, zero at padding.
  const input = g.one('Mul', [g.one('Add', [g.one('Add', [embedded, embedded]), timing]), mask3]);
  const keyBias = g.one('Unsqueeze', [
    g.one('Mul', [g.one('Sub', [g.floats([1]), mask]), g.floats([scalar('attention_bias_ignore_padding/mul/y')])]),
    g.ints([1, 2]),
  ]);

  const layerNorm = (x: string, i: number, part: string): string =>
    g.one(
      'LayerNormalization',
      [
        x,
        weight(layer(i, `${part}layer_prepostprocess/layer_norm/layer_norm_scale/ConcatPartitions/concat`)),
        weight(layer(i, `${part}layer_prepostprocess/layer_norm/layer_norm_bias/ConcatPartitions/concat`)),
      ],
      { axis: -1, epsilon },
    );
  const dense = (x: string, kernel: string, kernelDims: number[] | undefined, bias: string): string =>
    g.one('Add', [g.one('MatMul', [x, weight(kernel, kernelDims)]), weight(bias)]);
  const attention = (x: string, i: number): string => {
    const qkvShape = find(layer(i, 'MultiheadAttention/qkv_transform_single/kernel/part_0')).shape;
    const width = qkvShape[3]! / 3;
    const headWidth = scalar(`Layer_${i}/TransformerLayer/MultiheadAttention/split_heads/split_last_dimension/Reshape/shape/3`);
    const qkv = dense(
      layerNorm(x, i, ''),
      layer(i, 'MultiheadAttention/qkv_transform_single/kernel/part_0'),
      [qkvShape[2]!, qkvShape[3]!],
      layer(i, 'MultiheadAttention/qkv_transform_single/bias/ConcatPartitions/concat'),
    );
    const [q, k, v] = g.op('Split', [qkv, g.ints([width, width, width])], { axis: -1 }, 3) as [string, string, string];
    const splitHeads = (t: string): string =>
      g.one('Transpose', [g.one('Reshape', [t, g.ints([0, 0, width / headWidth, headWidth])])], { perm: [0, 2, 1, 3] });
    const query = g.one('Mul', [splitHeads(q), g.floats([scalar(`Layer_${i}/TransformerLayer/MultiheadAttention/mul/y`)])]);
    const keys = g.one('Transpose', [splitHeads(k)], { perm: [0, 1, 3, 2] });
    const scores = g.one('Softmax', [g.one('Add', [g.one('MatMul', [query, keys]), keyBias])], { axis: -1 });
    const context = g.one('MatMul', [scores, splitHeads(v)]);
    const merged = g.one('Reshape', [g.one('Transpose', [context], { perm: [0, 2, 1, 3] }), g.ints([0, 0, width])]);
    const outShape = find(layer(i, 'MultiheadAttention/output_transform_single/kernel/part_0')).shape;
    return dense(
      merged,
      layer(i, 'MultiheadAttention/output_transform_single/kernel/part_0'),
      [outShape[2]!, outShape[3]!],
      layer(i, 'MultiheadAttention/output_transform_single/bias/ConcatPartitions/concat'),
    );
  };
  const feedForward = (h: string, i: number): string => {
    const stack = `Layer_${i}/TransformerLayer/FFN`;
    const hidden = g.one('Relu', [
      dense(layerNorm(h, i, 'FFN/'), `${stack}/conv1/Tensordot/Reshape_1`, undefined, layer(i, 'FFN/conv1/bias/ConcatPartitions/concat')),
    ]);
    const out = dense(hidden, `${stack}/conv2/Tensordot/Reshape_1`, undefined, layer(i, 'FFN/conv2/bias/ConcatPartitions/concat'));
    return g.one('Add', [g.one('Mul', [out, mask3]), h]);
  };

  // Layer 0 widens 256 -> 512, so its residual goes through a dense projection; layer 1's is the identity.
  const residual = g.one('Mul', [
    dense(input, layer(0, 'dense/kernel/ConcatPartitions/concat'), undefined, layer(0, 'dense/bias/ConcatPartitions/concat')),
    mask3,
  ]);
  let h = feedForward(g.one('Add', [attention(input, 0), residual]), 0);
  h = feedForward(g.one('Add', [attention(h, 1), h]), 1);

  const summed = g.one('ReduceSum', [g.one('Mul', [h, mask3]), g.ints([1])], { keepdims: 0 });
  const counts = g.one('Max', [g.one('ReduceSum', [mask, g.ints([1])], { keepdims: 1 }), g.floats([1])]);
  const pooled = g.one('Div', [summed, counts]);
  const squashed = g.one('Tanh', [dense(pooled, 'tanh_layer_0/weights', undefined, 'tanh_layer_0/bias')]);
  const squares = g.one('ReduceSum', [g.one('Mul', [squashed, squashed]), g.ints([-1])], { keepdims: 1 });
  const norm = g.one('Sqrt', [g.one('Max', [squares, g.floats([scalar('l2_normalize/Maximum/y')])])]);
  g.nodes.push({ opType: 'Div', input: [squashed, norm], output: [ONNX_OUTPUT], name: 'l2_normalize' });

  const tensorType = (elemType: number, dims: (number | string)[]): Onnx.ITypeProto => ({
    tensorType: { elemType, shape: { dim: dims.map((d) => (typeof d === 'string' ? { dimParam: d } : { dimValue: d })) } },
  });
  const graph: Onnx.IGraphProto = {
    name: 'use-lite',
    node: g.nodes,
    initializer: g.initializers,
    input: [{ name: ONNX_INPUT, type: tensorType(INT64, ['batch', 'tokens']) }],
    output: [{ name: ONNX_OUTPUT, type: tensorType(FLOAT, ['batch', find('tanh_layer_0/bias').shape[0]!]) }],
  };
  const model = onnx.ModelProto.create({ irVersion: 8, opsetImport: [{ domain: '', version: 17 }], graph, producerName: 'democritus' });
  return onnx.ModelProto.encode(model).finish();
}
