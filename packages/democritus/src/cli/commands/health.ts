import type { Command } from 'commander';
import { API_FLAG_HELP, API_KEY_FLAG_HELP, nodeClient, type NodeApiFlags } from '../node-client.js';

interface HealthFlags extends NodeApiFlags {
  json?: boolean;
}

/** `democritus health`: is the node up, and how is it doing (GET /health). */
export function registerHealthCommand(program: Command): void {
  program
    .command('health')
    .description("the running node's health: identity, model, peers, queue (GET /health)")
    .option('--api <url>', API_FLAG_HELP)
    .option('--api-key <key>', API_KEY_FLAG_HELP)
    .option('--json', 'print the API answer as JSON')
    .action(async (flags: HealthFlags) => {
      const client = nodeClient(flags, { timeoutMs: 30_000 });
      const health = await client.health();
      if (flags.json) {
        process.stdout.write(`${JSON.stringify(health, null, 2)}\n`);
        return;
      }
      const rows: [string, string][] = [
        ['status', health.status],
        ['node', `${health.name} (${health.peerId})`],
        ['version', health.version],
        ['uptime', `${Math.round(health.uptimeMs / 1000)} s`],
        ['model', `${health.model.name} (sha256 ${health.model.sha256.slice(0, 12)}…)`],
        ['peers', `${health.peers.connected} connected, ${health.peers.known} known`],
        ['queue', `${health.scheduler.running} running, ${health.scheduler.queued} queued`],
        ['swarm', health.swarmId],
        ['addresses', health.addresses.join('\n           ') || '(none)'],
      ];
      process.stdout.write(`${rows.map(([key, value]) => `${key.padEnd(10)} ${value}`).join('\n')}\n`);
    });
}
