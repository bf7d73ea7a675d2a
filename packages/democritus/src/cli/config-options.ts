import { Option, type Command } from 'commander';
import { envOverrides, loadConfig, type ConfigOverride, type LoadedConfig } from '../config/index.js';

/** Options shared by every command that reads the node's configuration. Flags override the file. */
export interface ConfigFlags {
  config?: string;
  stateDir?: string;
  name?: string;
  model?: string;
  threads?: string;
  logLevel?: string;
  set?: string[];
}

export function addConfigOptions(command: Command): Command {
  return command
    .option('-c, --config <file>', 'configuration file (TOML); without it the built-in defaults apply')
    .option('--state-dir <dir>', 'override node.state_dir (identity key, model cache)')
    .option('--name <name>', 'override node.name')
    .option('--model <source>', 'override expert.model_path (file name, path, https: URL or hf: spec)')
    .option('--threads <n>', 'override inference.threads (0 = one per physical core, one for a small model)')
    .addOption(new Option('--log-level <level>', 'override node.log_level').choices(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']))
    .option('--set <field=value...>', 'override any field, e.g. --set expert.temperature=0.2 api.rest_port=9090');
}

export function configOverrides(flags: ConfigFlags): ConfigOverride[] {
  const overrides: ConfigOverride[] = [...envOverrides()];
  const flag = (path: string, value: string | undefined, source: string) => {
    if (value !== undefined) overrides.push({ path, value, source });
  };
  flag('node.state_dir', flags.stateDir, '--state-dir');
  flag('node.name', flags.name, '--name');
  flag('expert.model_path', flags.model, '--model');
  flag('inference.threads', flags.threads, '--threads');
  flag('node.log_level', flags.logLevel, '--log-level');
  for (const assignment of flags.set ?? []) {
    const separator = assignment.indexOf('=');
    if (separator <= 0) throw new Error(`--set ${assignment}: expected <field>=<value>, e.g. expert.temperature=0.2`);
    overrides.push({ path: assignment.slice(0, separator), value: assignment.slice(separator + 1), source: `--set ${assignment}` });
  }
  return overrides;
}

export function loadConfigFromFlags(flags: ConfigFlags): Promise<LoadedConfig> {
  const options: Parameters<typeof loadConfig>[0] = { overrides: configOverrides(flags) };
  if (flags.config !== undefined) options.file = flags.config;
  return loadConfig(options);
}
