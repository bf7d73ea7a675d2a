import type { Command } from 'commander';
import { ControlClient, resolveApiKey, resolveApiUrl } from '../control-client.js';
import { formatPeerDetails, formatPeerTable } from '../peer-table.js';

interface PeersListFlags {
  api?: string;
  apiKey?: string;
  json?: boolean;
  verbose?: boolean;
}

export function registerPeersCommand(program: Command): void {
  const peers = program.command('peers').description('the peer directory of the running node (asks its control API)');

  peers
    .command('list')
    .description('peers this node knows or is connected to')
    .option('--api <url>', 'control API of the node (default: $DEMOCRITUS_API or http://127.0.0.1:8080)')
    .option('--api-key <key>', 'API key of the node, when it requires one (default: $DEMOCRITUS_API_KEY)')
    .option('--verbose', "add each peer's protocols and every field of its advert")
    .option('--json', 'print {peers: [...]} as the API returns it')
    .action(async (flags: PeersListFlags) => {
      const client = new ControlClient(resolveApiUrl(flags.api), resolveApiKey(flags.apiKey));
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
