import { Command, CommanderError } from 'commander';
import { DemocritusError, errorMessage } from '../errors.js';
import { SOFTWARE_VERSION } from '../version.js';
import { registerAskCommand } from './commands/ask.js';
import { registerDaemonCommand } from './commands/daemon.js';
import { registerHealthCommand } from './commands/health.js';
import { registerModelsCommand } from './commands/models.js';
import { registerPeersCommand } from './commands/peers.js';
import { registerPlanCommand } from './commands/plan.js';
import { registerRouteCommand } from './commands/route.js';
import { registerRunCommand } from './commands/run.js';
import { registerSwarmCommand } from './commands/swarm.js';
import { registerSwarmKeyCommand } from './commands/swarm-key.js';
import { EXIT_FAILURE, EXIT_USAGE, exitCodeOf } from './exit-codes.js';

export function buildProgram(): Command {
  const program = new Command('democritus')
    .description('Democritus: a decentralized swarm-inference network node')
    .version(SOFTWARE_VERSION)
    .showHelpAfterError()
    .exitOverride();
  registerDaemonCommand(program);
  registerSwarmCommand(program);
  registerAskCommand(program);
  registerHealthCommand(program);
  registerRunCommand(program);
  registerModelsCommand(program);
  registerPeersCommand(program);
  registerRouteCommand(program);
  registerPlanCommand(program);
  registerSwarmKeyCommand(program);
  program.commands.forEach((command) => command.exitOverride());
  return program;
}

/** Runs the CLI and returns the process exit code: 0 success, 1 failure, 2 bad usage or configuration. */
export async function main(argv: string[]): Promise<number> {
  try {
    await buildProgram().parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : EXIT_USAGE;
    process.stderr.write(`error: ${errorMessage(error)}\n`);
    return error instanceof DemocritusError ? exitCodeOf(error.kind) : EXIT_FAILURE;
  }
}
