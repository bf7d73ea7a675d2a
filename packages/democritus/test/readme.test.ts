// The README's commands, run as written (a user's first steps): `democritus run` with the bundled model's file name, and
// the "Two nodes by hand" section. The commands are read from README.md itself, so the test fails when the README
// changes in a way that breaks them. Only the placeholders a user fills in (node 1's address, node 2's peer ID) are
// replaced. DEMOCRITUS_MODELS_PATH is not set, as on a user's machine: the CLI finds the bundled model the way `npm start`
// does.
import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, startDaemonProcess, type DaemonProcess } from './support/cli.js';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));

/** The `sh` code blocks of a README section, one command per entry (continued lines joined, comments dropped). */
function shellCommands(readme: string, heading: string): string[][] {
  const start = readme.indexOf(`## ${heading}`);
  if (start === -1) throw new Error(`README has no section "${heading}"`);
  const end = readme.indexOf('\n## ', start + 3);
  const section = readme.slice(start, end === -1 ? undefined : end);
  const commands: string[][] = [];
  for (const [, block] of section.matchAll(/```sh\n([\s\S]*?)```/g)) {
    for (const line of (block ?? '').replace(/\\\n\s*/g, '').split('\n')) {
      const words = shellWords(line);
      if (words.length > 0) commands.push(words);
    }
  }
  return commands;
}

/** Splits a command line as sh does for plain words, 'single' and "double" quotes; `#` after a space starts a comment. */
function shellWords(line: string): string[] {
  const words: string[] = [];
  let word: string | null = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === "'" || c === '"') {
      const close = line.indexOf(c, i + 1);
      word = (word ?? '') + line.slice(i + 1, close);
      i = close;
    } else if (c === ' ') {
      if (word !== null) words.push(word);
      word = null;
    } else if (c === '#' && word === null) {
      break;
    } else {
      word = (word ?? '') + c;
    }
  }
  if (word !== null) words.push(word);
  return words;
}

/** `npx democritus <args>` as the arguments of the CLI. */
function democritusArgs(words: string[]): string[] {
  expect(words.slice(0, 2)).toEqual(['npx', 'democritus']);
  return words.slice(2);
}

/** The environment of a user who set nothing: no models path (child processes leave out undefined variables). */
const userEnv = { DEMOCRITUS_MODELS_PATH: undefined };

describe('README commands, as written', () => {
  let readme: string;
  let dir: string;
  const daemons: DaemonProcess[] = [];

  beforeAll(async () => {
    readme = await readFile(join(REPO, 'README.md'), 'utf8');
    dir = await mkdtemp(join(tmpdir(), 'democritus-readme-'));
    await copyFile(join(REPO, 'config.toml'), join(dir, 'config.toml'));
  });
  afterAll(async () => {
    for (const daemon of daemons) await daemon.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('`democritus run stories260K.gguf ...` generates with the bundled model, with no models path set', async () => {
    const runs = shellCommands(readme, 'Quick start').filter((words) => words[2] === 'run');
    expect(runs.length).toBeGreaterThanOrEqual(2);
    for (const words of runs) {
      const result = await runCli(democritusArgs(words), { env: { ...userEnv, HOME: dir }, cwd: dir });
      expect(result.code, result.stderr).toBe(0);
      if (words.includes('--json')) expect(JSON.parse(result.stdout)).toMatchObject({ finish_reason: 'length', model_sha256: expect.any(String) });
      else expect(result.stdout.trim().length).toBeGreaterThan(0);
    }
  });

  it('"Two nodes by hand": two daemons, peers list, and a generation on node 2 through node 1', async () => {
    const [first, second, peersList, remoteRun, ...rest] = shellCommands(readme, 'Two nodes by hand');
    expect(rest).toEqual([]);
    const node1 = startDaemonProcess(democritusArgs(first!).slice(1), userEnv, { cwd: dir });
    daemons.push(node1);
    const listening = await node1.waitForLog((line) => typeof line.msg === 'string' && line.msg.startsWith('listening; other nodes can bootstrap from'));
    const bootstrap = String(listening.msg).split(' ').at(-1)!;
    await node1.waitForLog((line) => line.msg === 'node ready');

    const placeholder = /\/ip4\/127\.0\.0\.1\/tcp\/40117\/p2p\/12D3KooW\.\.\./;
    const secondArgs = democritusArgs(second!).map((word) => word.replace(placeholder, bootstrap));
    expect(secondArgs.join(' ')).toContain(bootstrap);
    const node2 = startDaemonProcess(secondArgs.slice(1), userEnv, { cwd: dir });
    daemons.push(node2);
    const ready2 = await node2.waitForLog((line) => line.msg === 'node ready');
    const node2Id = String(ready2.peerId);

    // Node 1 lists node 2 with its own description once its advert arrived.
    let table = '';
    for (let attempt = 0; attempt < 60 && !table.includes('bedtime stories'); attempt++) {
      const listed = await runCli(democritusArgs(peersList!), { env: userEnv, cwd: dir });
      expect(listed.code, listed.stderr).toBe(0);
      table = listed.stdout;
      if (!table.includes('bedtime stories')) await new Promise((resolve) => setTimeout(resolve, 500));
    }
    expect(table).toContain(node2Id.slice(0, 8));
    expect(table).toContain('bedtime stories');

    const run = await runCli(democritusArgs(remoteRun!).map((word) => word.replace('<node-2-peer-id>', node2Id)), { env: userEnv, cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.trim().length).toBeGreaterThan(0);
  });
});
