// Multinomial logistic regression over sparse binary features: prediction and a deterministic SGD trainer
// (seeded shuffling, fixed epochs, L2), small enough to read in one sitting.

export interface SoftmaxModel {
  labels: string[];
  /** Feature → one weight per label (features absent here weigh nothing). */
  weights: Record<string, number[]>;
}

/**
 * Models that read the same features, ready for prediction: for each feature one row holding every model's weights
 * side by side (zeros where a model lacks the feature, which add nothing), in a Map built once at load. One lookup
 * and one flat loop per feature serve every model; the JSON objects hold thousands of keys in dictionary mode.
 */
export interface CompiledModels {
  labels: string[][];
  /** Where each model's weights start in a row. */
  offsets: number[];
  width: number;
  weights: Map<string, Float64Array>;
}

export function compileModels(models: SoftmaxModel[]): CompiledModels {
  const offsets: number[] = [];
  let width = 0;
  for (const m of models) {
    offsets.push(width);
    width += m.labels.length;
  }
  const weights = new Map<string, Float64Array>();
  models.forEach((model, i) => {
    for (const [feature, w] of Object.entries(model.weights)) {
      const row = weights.get(feature) ?? new Float64Array(width);
      row.set(w, offsets[i]);
      weights.set(feature, row);
    }
  });
  return { labels: models.map((m) => m.labels), offsets, width, weights };
}

/** In place: z becomes the softmax of z (same operations, in the same order, as scores). */
function softmaxInPlace(z: number[]): number[] {
  let max = -Infinity;
  for (const v of z) if (v > max) max = v;
  let sum = 0;
  for (let k = 0; k < z.length; k++) {
    z[k] = Math.exp(z[k]! - max);
    sum += z[k]!;
  }
  for (let k = 0; k < z.length; k++) z[k]! /= sum;
  return z;
}

export function scores(model: SoftmaxModel, features: string[]): number[] {
  const z = new Array<number>(model.labels.length).fill(0);
  for (const f of features) {
    const w = model.weights[f];
    if (w) for (let k = 0; k < z.length; k++) z[k]! += w[k]!;
  }
  return softmaxInPlace(z);
}

/** The index of the largest value. */
export function argmax(values: readonly number[]): number {
  let best = 0;
  for (let k = 1; k < values.length; k++) if (values[k]! > values[best]!) best = k;
  return best;
}

/** Each model's most probable label and its probability, for one set of features. */
export function predictAll(models: CompiledModels, features: string[]): { label: string; probability: number }[] {
  const sums = new Float64Array(models.width);
  for (const f of features) {
    const row = models.weights.get(f);
    if (row) for (let k = 0; k < sums.length; k++) sums[k]! += row[k]!;
  }
  return models.labels.map((labels, i) => {
    const from = models.offsets[i]!;
    const p = softmaxInPlace(Array.from(sums.subarray(from, from + labels.length)));
    let best = 0;
    for (let k = 1; k < p.length; k++) if (p[k]! > p[best]!) best = k;
    return { label: labels[best]!, probability: p[best]! };
  });
}

export interface TrainingOptions {
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
  /** How many runs (seeds seed, seed+1, …) to average; one when absent. */
  runs?: number;
}

/** A small deterministic PRNG (mulberry32), so that training twice gives the same weights. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Fits `options.runs` models that differ only in the order SGD visits the examples (seeds seed, seed+1, …) and
 * averages their weights: one run's weights depend on that order enough to move the extraction figures by a point
 * or two, the average keeps what the runs agree on. The result is one model, as fast to apply as a single run.
 */
export function train(
  examples: { features: string[]; label: string }[],
  labels: string[],
  options: TrainingOptions,
): SoftmaxModel {
  const runs = Math.max(1, options.runs ?? 1);
  if (runs === 1) return compact(trainRun(examples, labels, options));
  const sum: Record<string, number[]> = {};
  for (let r = 0; r < runs; r++) {
    const run = trainRun(examples, labels, { ...options, seed: options.seed + r });
    for (const [f, w] of Object.entries(run.weights)) {
      const acc = (sum[f] ??= labels.map(() => 0));
      for (let k = 0; k < labels.length; k++) acc[k]! += w[k]! / runs;
    }
  }
  return compact({ labels, weights: sum });
}

function trainRun(examples: { features: string[]; label: string }[], labels: string[], options: TrainingOptions): SoftmaxModel {
  const model: SoftmaxModel = { labels, weights: {} };
  const rand = random(options.seed);
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const rate = options.learningRate / (1 + epoch * 0.2);
    for (const index of order) {
      const { features, label } = examples[index]!;
      const p = scores(model, features);
      const gold = labels.indexOf(label);
      for (const f of features) {
        const w = (model.weights[f] ??= labels.map(() => 0));
        for (let k = 0; k < labels.length; k++) w[k]! -= rate * (p[k]! - (k === gold ? 1 : 0) + options.l2 * w[k]!);
      }
    }
  }
  return model;
}

/** Rounds weights to 3 decimals and drops features whose weights all round to zero (smaller, stable JSON). */
function compact(model: SoftmaxModel): SoftmaxModel {
  const weights: Record<string, number[]> = {};
  for (const f of Object.keys(model.weights).sort()) {
    const w = model.weights[f]!.map((v) => Math.round(v * 1000) / 1000);
    if (w.some((v) => v !== 0)) weights[f] = w;
  }
  return { labels: model.labels, weights };
}
