/**
 * Linear discriminant analysis with shrinkage: each class is a Gaussian around its mean with one covariance shared by
 * all classes, shrunk towards a multiple of the identity (the covariance of a few hundred examples in hundreds of
 * dimensions is singular without it). Trained in closed form, so it costs milliseconds at first use; the discriminant
 * of class c is x . S^-1 m_c - m_c . S^-1 m_c / 2, and a softmax over the discriminants gives class probabilities
 * (equal class priors: how many examples the project wrote of each class says nothing about how often it comes).
 */
export interface LinearDiscriminantModel {
  readonly classes: number;
  readonly dimensions: number;
  /** Row-major `classes x dimensions`: S^-1 m_c for each class. */
  readonly weights: Float64Array;
  /** -m_c . S^-1 m_c / 2 for each class. */
  readonly offsets: Float64Array;
}

type Features = ArrayLike<number>;

/**
 * Fits on `features[i]` labelled `labels[i]` (an integer in [0, classes)). `shrinkage` in (0, 1]: the share of the
 * identity target in the covariance, (1 - shrinkage) x pooled within-class covariance + shrinkage x (its mean variance) x I.
 */
export function trainLinearDiscriminant(features: readonly Features[], labels: readonly number[], classes: number, shrinkage: number): LinearDiscriminantModel {
  const n = features.length;
  if (n === 0) throw new RangeError('linear discriminant analysis needs at least one example');
  if (labels.length !== n) throw new RangeError(`got ${n} feature vectors but ${labels.length} labels`);
  if (!(shrinkage > 0 && shrinkage <= 1)) throw new RangeError(`shrinkage must be in (0, 1], got ${shrinkage}`);
  const d = features[0]!.length;
  const means = new Float64Array(classes * d);
  const counts = new Array<number>(classes).fill(0);
  features.forEach((x, i) => {
    if (x.length !== d) throw new RangeError(`feature vector ${i} has ${x.length} dimensions, expected ${d}`);
    const c = labels[i]!;
    if (!Number.isInteger(c) || c < 0 || c >= classes) throw new RangeError(`label ${c} of example ${i} is not in [0, ${classes})`);
    counts[c]!++;
    for (let j = 0; j < d; j++) means[c * d + j]! += x[j]!;
  });
  const empty = counts.findIndex((count) => count === 0);
  if (empty >= 0) throw new RangeError(`class ${empty} has no example`);
  for (let c = 0; c < classes; c++) for (let j = 0; j < d; j++) means[c * d + j]! /= counts[c]!;

  // Pooled within-class covariance (upper triangle, mirrored below).
  const covariance = new Float64Array(d * d);
  const centred = new Float64Array(d);
  features.forEach((x, i) => {
    const row = labels[i]! * d;
    for (let j = 0; j < d; j++) centred[j] = x[j]! - means[row + j]!;
    for (let a = 0; a < d; a++) {
      const ca = centred[a]!;
      if (ca === 0) continue;
      const base = a * d;
      for (let b = a; b < d; b++) covariance[base + b]! += ca * centred[b]!;
    }
  });
  const dof = Math.max(1, n - classes);
  let trace = 0;
  for (let a = 0; a < d; a++) {
    for (let b = a; b < d; b++) covariance[b * d + a] = covariance[a * d + b]! /= dof;
    trace += covariance[a * d + a]!;
  }
  const target = Math.max(trace / d, Number.MIN_VALUE);
  for (let a = 0; a < d; a++)
    for (let b = 0; b < d; b++) covariance[a * d + b] = (1 - shrinkage) * covariance[a * d + b]! + (a === b ? shrinkage * target : 0);

  const factor = choleskyInPlace(covariance, d);
  const weights = new Float64Array(classes * d);
  const offsets = new Float64Array(classes);
  for (let c = 0; c < classes; c++) {
    const mean = means.subarray(c * d, (c + 1) * d);
    const w = choleskySolve(factor, d, mean);
    weights.set(w, c * d);
    let quadratic = 0;
    for (let j = 0; j < d; j++) quadratic += w[j]! * mean[j]!;
    offsets[c] = -quadratic / 2;
  }
  return { classes, dimensions: d, weights, offsets };
}

/** Each class's discriminant (a log-likelihood up to a shared constant) for one feature vector. */
export function discriminantScores(model: LinearDiscriminantModel, x: Features): Float64Array {
  if (x.length !== model.dimensions) throw new RangeError(`feature vector has ${x.length} dimensions, the model ${model.dimensions}`);
  const scores = new Float64Array(model.classes);
  for (let c = 0; c < model.classes; c++) {
    let sum = model.offsets[c]!;
    const row = c * model.dimensions;
    for (let j = 0; j < model.dimensions; j++) sum += model.weights[row + j]! * x[j]!;
    scores[c] = sum;
  }
  return scores;
}

/** Cholesky factor L (lower triangle, in place) of a symmetric positive definite row-major matrix. */
function choleskyInPlace(m: Float64Array, d: number): Float64Array {
  for (let j = 0; j < d; j++) {
    let diagonal = m[j * d + j]!;
    for (let k = 0; k < j; k++) diagonal -= m[j * d + k]! ** 2;
    if (!(diagonal > 0)) throw new RangeError('covariance is not positive definite (raise the shrinkage)');
    const root = Math.sqrt(diagonal);
    m[j * d + j] = root;
    for (let i = j + 1; i < d; i++) {
      let sum = m[i * d + j]!;
      for (let k = 0; k < j; k++) sum -= m[i * d + k]! * m[j * d + k]!;
      m[i * d + j] = sum / root;
    }
  }
  return m;
}

/** Solves L L^T x = b. */
function choleskySolve(factor: Float64Array, d: number, b: ArrayLike<number>): Float64Array {
  const y = new Float64Array(d);
  for (let i = 0; i < d; i++) {
    let sum = b[i]!;
    for (let k = 0; k < i; k++) sum -= factor[i * d + k]! * y[k]!;
    y[i] = sum / factor[i * d + i]!;
  }
  const x = new Float64Array(d);
  for (let i = d - 1; i >= 0; i--) {
    let sum = y[i]!;
    for (let k = i + 1; k < d; k++) sum -= factor[k * d + i]! * x[k]!;
    x[i] = sum / factor[i * d + i]!;
  }
  return x;
}
