// CI step (.ci/run, after `npm test`): the packages work once installed. Packs both workspaces, installs the two
// tarballs into an empty temporary project (their dependencies come from the registry as usual), then, in that project:
// imports the library and the SDK, runs `democritus --help`, runs one generation with the tiny model, and starts a
// daemon (its gRPC API loads the .proto the package ships) until its REST health answers. Removes the project after.
//
//   node scripts/pack-check.js [--keep]     (--keep leaves the temporary project for inspection)
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from './build.js';
import { repoRoot, withSharedModelsPath } from './models-path.js';

const TINY_MODEL = 'stories260K.gguf';
const keep = process.argv.includes('--keep');
const started = performance.now();
const seconds = (since) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

function step(what, action) {
  const since = performance.now();
  const detail = action();
  console.log(`pack-check: ok  ${what}${detail ? ` (${detail})` : ''} [${seconds(since)}]`);
}

async function stepAsync(what, action) {
  const since = performance.now();
  const detail = await action();
  console.log(`pack-check: ok  ${what}${detail ? ` (${detail})` : ''} [${seconds(since)}]`);
}

function run(command, args, options) {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal})\n${result.stdout ?? ''}\n${result.stderr ?? ''}`);
  }
  return result.stdout;
}

function check(condition, message) {
  if (!condition) throw new Error(message);
}

const env = withSharedModelsPath({ ...process.env });
const modelDir = (env.DEMOCRITUS_MODELS_PATH ?? '').split(':').find((dir) => dir !== '' && existsSync(join(dir, TINY_MODEL)));
if (modelDir === undefined) {
  console.error(`pack-check: ${TINY_MODEL} not found: put it in ../shared/models beside the checkout or on DEMOCRITUS_MODELS_PATH`);
  process.exit(1);
}

const root = mkdtempSync(join(tmpdir(), 'democritus-pack-check-'));
const tarballs = join(root, 'tarballs');
const project = join(root, 'project');
const bin = join(project, 'node_modules', '.bin', 'democritus');

try {
  step('built the SDK and the node (dist up to date)', () => build());

  const packed = {};
  step('packed both workspaces', () => {
    mkdirSync(tarballs);
    const out = run('npm', ['pack', '--workspace', 'packages/sdk', '--workspace', 'packages/democritus', '--pack-destination', tarballs, '--json'], {
      cwd: repoRoot,
    });
    for (const entry of JSON.parse(out)) packed[entry.name] = { file: join(tarballs, entry.filename), files: entry.files.map((f) => f.path) };
    const node = packed.democritus;
    const sdk = packed['@democritus/sdk'];
    check(node !== undefined && sdk !== undefined, `npm pack did not produce both tarballs: ${Object.keys(packed).join(', ')}`);
    for (const file of ['bin/democritus.js', 'dist/index.js', 'dist/index.d.ts', 'dist/protocol/generated/democritus-proto.js', 'proto/democritus.proto']) {
      check(node.files.includes(file), `the democritus tarball lacks ${file}`);
    }
    check(sdk.files.includes('dist/index.js'), 'the @democritus/sdk tarball lacks dist/index.js');
    return `democritus: ${node.files.length} files, @democritus/sdk: ${sdk.files.length} files`;
  });

  step('installed both tarballs into an empty project (dependencies from the registry)', () => {
    mkdirSync(project, { recursive: true });
    // The project's install-script policy, as the repository's: onnxruntime-node's script would fetch GPU binaries
    // from outside the npm registry (its CPU binaries are in the package).
    const { allowScripts } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'democritus-pack-check', private: true, type: 'module', allowScripts }, null, 2));
    run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', packed['@democritus/sdk'].file, packed.democritus.file], { cwd: project, env });
    const lock = JSON.parse(readFileSync(join(project, 'package-lock.json'), 'utf8'));
    const sdk = lock.packages['node_modules/@democritus/sdk'];
    check(sdk?.resolved?.startsWith('file:') === true, `@democritus/sdk was not installed from the packed tarball: ${JSON.stringify(sdk)}`);
    const nested = Object.keys(lock.packages).filter((path) => path.endsWith('/node_modules/@democritus/sdk') && path !== 'node_modules/@democritus/sdk');
    check(nested.length === 0, `democritus uses another copy of @democritus/sdk: ${nested.join(', ')}`);
    return `${Object.keys(lock.packages).length - 1} packages, @democritus/sdk ${sdk.version} from the tarball`;
  });

  step('imported the library and the SDK (Promise.withResolvers present on this Node after the import)', () => {
    const script = [
      `const hadWithResolvers = typeof Promise.withResolvers === 'function';`,
      `const node = await import('democritus');`,
      `const sdk = await import('@democritus/sdk');`,
      `for (const name of ['loadConfig', 'startDaemon', 'createLogger', 'LlamaEngine', 'Scheduler', 'loadOrCreateIdentity', 'SOFTWARE_VERSION']) {`,
      `  if (node[name] === undefined) throw new Error('democritus does not export ' + name);`,
      `}`,
      `if (typeof sdk.DemocritusClient !== 'function') throw new Error('@democritus/sdk does not export DemocritusClient');`,
      `if (typeof Promise.withResolvers !== 'function') throw new Error('importing democritus did not make Promise.withResolvers available');`,
      `console.log(JSON.stringify({ version: node.SOFTWARE_VERSION, node: process.version, native: hadWithResolvers }));`,
    ].join('\n');
    const out = JSON.parse(run(process.execPath, ['--input-type=module', '-e', script], { cwd: project, env }).trim());
    return `democritus ${out.version} on Node ${out.node}, Promise.withResolvers ${out.native ? 'native' : 'polyfilled'}`;
  });

  step('ran democritus --help', () => {
    const out = run(bin, ['--help'], { cwd: project, env });
    check(out.includes('Usage: democritus'), `unexpected --help output:\n${out}`);
    for (const command of ['daemon', 'run']) check(new RegExp(`^\\s+${command}\\b`, 'm').test(out), `--help does not list "${command}"`);
  });

  step(`generated with the tiny model (democritus run ${TINY_MODEL})`, () => {
    const stateDir = join(root, 'run-state');
    const out = run(bin, ['run', TINY_MODEL, 'Once upon a time', '-n', '20', '-t', '0', '--json', '--state-dir', stateDir], { cwd: project, env });
    const result = JSON.parse(out);
    check(result.tokens === 20 && typeof result.text === 'string' && result.text.length > 0, `unexpected generation: ${out}`);
    return `${result.tokens} tokens, ${Math.round(result.tokens_per_second)} tokens/s: ${JSON.stringify(result.text.slice(0, 40))}...`;
  });

  await stepAsync('started a daemon (REST, WebSocket and gRPC APIs, the gRPC one from the shipped .proto), asked its health', () =>
    daemonHealth(join(root, 'daemon')),
  );

  console.log(`pack-check: all checks passed in ${seconds(started)}`);
} catch (error) {
  console.error(`pack-check: FAILED: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
} finally {
  if (keep) console.log(`pack-check: kept ${root}`);
  else rmSync(root, { recursive: true, force: true });
}

async function daemonHealth(dir) {
  mkdirSync(dir, { recursive: true });
  const config = join(dir, 'node.toml');
  writeFileSync(
    config,
    [
      '[node]',
      'name = "pack-check"',
      'state_dir = "state"',
      'listen_address = ["/ip4/127.0.0.1/tcp/0"]',
      'bootstrap_nodes = []',
      '[expert]',
      `model_path = "${TINY_MODEL}"`,
      '[api]',
      'rest_port = 0',
      'ws_port = 0',
      'grpc_port = 0',
      '[inference]',
      'threads = 1',
      '',
    ].join('\n'),
  );
  const child = spawn(bin, ['daemon', '--config', config], { cwd: project, env: { ...env, DEMOCRITUS_LOG_LEVEL: 'info' }, stdio: ['ignore', 'ignore', 'pipe'] });
  const exited = new Promise((resolve) => child.on('close', resolve));
  const patchLines = [];
  try {
    const ready = await new Promise((resolve, reject) => {
      let buffered = '';
      const lines = [];
      const timer = setTimeout(() => reject(new Error(`the daemon was not ready in 180 s:\n${lines.join('\n')}`)), 180_000);
      child.stderr.on('data', (chunk) => {
        buffered += chunk.toString();
        let newline;
        while ((newline = buffered.indexOf('\n')) !== -1) {
          const line = buffered.slice(0, newline);
          buffered = buffered.slice(newline + 1);
          lines.push(line);
          try {
            const parsed = JSON.parse(line);
            if (typeof parsed.msg === 'string' && parsed.msg.startsWith('dependency patches active:')) patchLines.push(parsed);
            if (parsed.msg === 'node ready') {
              clearTimeout(timer);
              resolve(parsed);
            }
          } catch {
            // not a JSON log line
          }
        }
      });
      void exited.then((code) => {
        clearTimeout(timer);
        reject(new Error(`the daemon exited (code ${code}) before it was ready:\n${lines.join('\n')}`));
      });
    });
    check(typeof ready.grpcAddress === 'string' && ready.grpcAddress.length > 0, `the daemon reported no gRPC address: ${JSON.stringify(ready)}`);
    const response = await fetch(`${ready.restUrl}/health`);
    check(response.ok, `GET /health answered ${response.status}`);
    // The installed dependencies are the pinned versions, so every patch must be active, named in one line.
    check(patchLines.length === 1, `expected one "dependency patches active" log line, got ${patchLines.length}`);
    const inactive = Object.keys(patchLines[0].inactivePatches ?? {});
    check(inactive.length === 0, `dependency patches inactive in the installed package: ${JSON.stringify(patchLines[0].inactivePatches)}`);
    return `gRPC on ${ready.grpcAddress}, ${patchLines[0].msg}`;
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}
