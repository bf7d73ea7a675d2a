import type { Command } from 'commander';
import { API_FLAG_HELP, API_KEY_FLAG_HELP, nodeClient, type NodeApiFlags } from '../node-client.js';
import { formatPeerDetails, formatPeerTable } from '../peer-table.js';

interface PeersListFlags extends NodeApiFlags {
  json?: boolean;
  verbose?: boolean;
}

export function registerPeersCommand(program: Command): void {
  const peers = program.command('peers').description('the peer directory of the running node (GET /api/peers)');

  peers
    .command('list')
    .description('peers this node knows or is connected to')
    .option('--api <url>', API_FLAG_HELP)
    .option('--api-key <key>', API_KEY_FLAG_HELP)
    .option('--verbose', "add each peer's protocols and every field of its advert")
    .option('--json', 'print {peers: [...]} as the API returns it')
    .action(async (flags: PeersListFlags) => {
      const client = nodeClient(flags, { timeoutMs: 30_000 });
      const list = await client.peers();
      if (flags.json) {
        process.stdout.write(`${JSON.stringify({ peers: list }, null, 2)}\n`);
        return;
      }
      if (list.length === 0) {
        process.stdout.write('no peers yet: the node has not found, or been found by, any other node\n');
        return;
      }
      process.stdout.write(`${formatPeerTable(list)}\n`);
      if (flags.verbose) process.stdout.write(`\n${list.map(formatPeerDetails).join('\n\n')}\n`);
    });
}
