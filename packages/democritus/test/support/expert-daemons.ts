// Daemon processes that are clearly different experts (stories, mathematics, medicine), for tests of routing and of
// the coordinator across a real swarm.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startDaemonProcess, type DaemonProcess } from './cli.js';
import { testNodeToml } from './node-config.js';
import { eventually } from './swarm.js';

export interface ExpertSpec {
  name: string;
  description: string;
  examples: string[];
}

export interface ExpertDaemon {
  name: string;
  process: DaemonProcess;
  peerId: string;
  addresses: string[];
  restUrl: string;
  wsUrl: string;
  grpcAddress: string;
}

export const STORIES: ExpertSpec = {
  name: 'story-teller',
  description: "Writes children's stories about animals and friendship",
  examples: ['Tell me a bedtime story about a rabbit who makes a new friend', 'Write a short tale about a brave little duck'],
};
export const MATH: ExpertSpec = {
  name: 'math-solver',
  description: 'Solves mathematics problems: algebra, calculus, probability, geometry',
  examples: ['What is the derivative of x^2 sin(x)?', 'Find the probability of rolling two sixes with two dice', 'Compute the area of a circle of radius 3'],
};
export const MEDICAL: ExpertSpec = {
  name: 'medical-advisor',
  description: 'Answers medical questions about diseases, symptoms and treatment',
  examples: ['What are the early symptoms of type 2 diabetes?', 'How is bacterial pneumonia treated?'],
};

/**
 * Starts a daemon with `expert`'s profile, its config in `dir`; resolves once it logged "node ready". `args` go to
 * `democritus daemon` after the config (e.g. `--set inference.max_tokens_per_second=4`).
 */
export async function startExpertDaemon(dir: string, expert: ExpertSpec, bootstrap: string[], env: NodeJS.ProcessEnv = {}, args: string[] = []): Promise<ExpertDaemon> {
  const config = join(dir, `${expert.name}.toml`);
  const toml = testNodeToml({
    name: expert.name,
    stateDir: `${expert.name}-state`,
    bootstrap,
    expert: [`description = ${JSON.stringify(expert.description)}`, `examples = ${JSON.stringify(expert.examples)}`],
  });
  await writeFile(config, toml);
  const process = startDaemonProcess(['--config', config, ...args], env);
  const ready = await process.waitForLog((line) => line.msg === 'node ready', 90_000);
  return {
    name: expert.name,
    process,
    peerId: String(ready.peerId),
    addresses: ready.addresses as string[],
    restUrl: String(ready.restUrl),
    wsUrl: String(ready.wsUrl),
    grpcAddress: String(ready.grpcAddress),
  };
}

/** Node `a` plus one daemon per other expert, bootstrapped to it; resolves once `a` holds every other's routing advert. */
export async function startExpertSwarm(dir: string, first: ExpertSpec, others: ExpertSpec[]): Promise<ExpertDaemon[]> {
  const a = await startExpertDaemon(dir, first, []);
  const bootstrap = a.addresses.filter((address) => address.includes('/tcp/'));
  const rest = await Promise.all(others.map((expert) => startExpertDaemon(dir, expert, bootstrap)));
  await eventually(
    `${first.name} holds the routing adverts of ${others.map((expert) => expert.name).join(', ')}`,
    async () => {
      const response = await fetch(`${a.restUrl}/api/peers`);
      if (!response.ok) return false;
      const { peers } = (await response.json()) as { peers: { peerId: string; advert: { routing: unknown } | null }[] };
      return rest.every((node) => peers.some((peer) => peer.peerId === node.peerId && peer.advert !== null && peer.advert.routing !== null));
    },
    90_000,
  );
  return [a, ...rest];
}
