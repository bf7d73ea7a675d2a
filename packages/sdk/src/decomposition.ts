/**
 * Whether a `"swarm"` chat may be split into sub-tasks (`democritus.decompose`): `auto` when the node's complexity
 * decision says so, `never`, or `always` when the prompt has any structure to split.
 */
export const DECOMPOSE_MODES = ['auto', 'never', 'always'] as const;
export type DecomposeMode = (typeof DECOMPOSE_MODES)[number];
