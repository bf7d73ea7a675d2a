import { randomBytes } from 'node:crypto';
import type { Command } from 'commander';

export function registerSwarmKeyCommand(program: Command): void {
  const swarmKey = program.command('swarm-key').description('keys of private swarms');

  swarmKey
    .command('generate')
    .description('print a new random private swarm key (32 bytes, hex); every node of the swarm needs the same key')
    .action(() => {
      const key = randomBytes(32).toString('hex');
      // The key is the last line alone, so that `democritus swarm-key generate | tail -n 1` captures it.
      process.stdout.write(`# add to [node] in config.toml: private_swarm_key = "${key}"\n${key}\n`);
    });
}
