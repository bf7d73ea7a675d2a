import type { Command } from 'commander';
import { createLogger } from '../../logging/logger.js';
import { createRegistry } from '../../runtime/local-runtime.js';
import { createDownloadProgress } from '../progress.js';
import { addConfigOptions, loadConfigFromFlags, type ConfigFlags } from '../config-options.js';

interface ModelsFlags extends ConfigFlags {
  json?: boolean;
  sha256?: string;
}

export function registerModelsCommand(program: Command): void {
  const models = program.command('models').description('the local model cache: list, download, verify');

  addConfigOptions(models.command('list').description('models in the cache and on the search path').option('--json', 'print JSON')).action(
    async (flags: ModelsFlags) => {
      const registry = createRegistry(await loadConfigFromFlags(flags));
      const listing = await registry.list();
      if (flags.json) {
        process.stdout.write(`${JSON.stringify(listing, null, 2)}\n`);
        return;
      }
      if (listing.length === 0) {
        process.stdout.write('no models found (pull one with `democritus models pull <source>`)\n');
        return;
      }
      for (const model of listing) {
        process.stdout.write(`${model.name}\t${(model.sizeBytes / 1_048_576).toFixed(1)} MiB\t${model.sha256}\t${model.location}\t${model.path}\n`);
      }
    },
  );

  addConfigOptions(
    models
      .command('pull')
      .description('download a model into the cache (resumes an interrupted download)')
      .argument('<source>', 'https: URL or hf:<owner>/<repo>/<file>')
      .option('--sha256 <hex>', 'expected SHA-256; a mismatch is refused and nothing is kept'),
  ).action(async (source: string, flags: ModelsFlags) => {
    const loaded = await loadConfigFromFlags(flags);
    const logger = createLogger({ level: loaded.config.node.log_level });
    const registry = createRegistry(loaded);
    const progress = createDownloadProgress(source, logger);
    try {
      const model = await registry.pull(source, { expectedSha256: flags.sha256, onProgress: (p) => progress.update(p) });
      process.stdout.write(`${model.name}\t${model.sha256}\t${model.path}\n`);
    } finally {
      progress.stop();
    }
  });

  addConfigOptions(
    models
      .command('verify')
      .description('re-hash a model file and check that it is a complete GGUF file')
      .argument('<model>', 'file name (looked up like `run` does) or path')
      .option('--sha256 <hex>', 'expected SHA-256'),
  ).action(async (model: string, flags: ModelsFlags) => {
    const loaded = await loadConfigFromFlags(flags);
    const registry = createRegistry(loaded);
    const result = await registry.verify(model, flags.sha256);
    process.stdout.write(`${result.ok ? 'ok' : 'FAILED'}\t${result.handle.name}\t${result.handle.sha256}\t${result.handle.path}\n`);
    if (!result.ok) {
      process.stderr.write(`error: ${result.problem ?? 'verification failed'}\n`);
      process.exitCode = 1;
    }
  });
}
