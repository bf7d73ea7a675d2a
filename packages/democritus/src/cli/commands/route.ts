import type { RankedExpert, RouteDecision } from '@democritus/sdk';
import type { Command } from 'commander';
import { positiveInteger } from '../argument-parsers.js';
import { API_FLAG_HELP, API_KEY_FLAG_HELP, nodeClient, type NodeApiFlags } from '../node-client.js';
import { alignColumns } from '../peer-table.js';

interface RouteFlags extends NodeApiFlags {
  top?: number;
  json?: boolean;
}

/** `democritus route "<prompt>"`: where the running node would send a prompt, and why (POST /api/route). */
export function registerRouteCommand(program: Command): void {
  program
    .command('route')
    .description('explain where the running node would route a prompt: the ranked experts and every factor (POST /api/route)')
    .argument('<prompt>', 'the prompt to route (nothing is generated)')
    .option('--top <n>', 'list at most this many experts (the chosen one first)', positiveInteger)
    .option('--json', 'print the API answer as JSON')
    .option('--api <url>', API_FLAG_HELP)
    .option('--api-key <key>', API_KEY_FLAG_HELP)
    .action(async (prompt: string, flags: RouteFlags) => {
      const client = nodeClient(flags, { timeoutMs: 30_000 });
      const decision = await client.route(prompt, flags.top === undefined ? {} : { top: flags.top });
      process.stdout.write(flags.json ? `${JSON.stringify(decision, null, 2)}\n` : `${formatRouteDecision(decision)}\n`);
    });
}

const NONE = '-';

/** The readable explanation: the decision, where it came from, the DHT lookup, timings, then the ranked experts. */
export function formatRouteDecision(decision: RouteDecision): string {
  const best = decision.ranked[0];
  const lines: string[] = [];
  if (decision.kind === 'matched') {
    lines.push(`decision:   matched: ${best === undefined ? 'no expert' : `${best.name} (${best.peerId}${best.isLocal ? ', this node' : ''})`}`);
  } else {
    const why =
      decision.reason === 'no-candidates'
        ? 'no expert with a routing profile in this embedding space'
        : 'no expert reached the minimum similarity; the local or least-loaded expert takes it';
    lines.push(`decision:   fallback (${decision.reason ?? 'unknown'}): ${why}`);
    if (best !== undefined) lines.push(`            chosen: ${best.name} (${best.peerId}${best.isLocal ? ', this node' : ''})`);
  }
  lines.push(
    `from:       ${decision.from === 'cache' ? 'cache (the matches of a recent decision for the same signature, re-ranked with current load)' : 'fresh (ranked now)'}`,
    `signature:  ${decision.signature} (embedding space ${decision.spaceId})`,
    `dht:        ${formatDht(decision)}`,
    `timings:    embed ${ms(decision.timings.embedMs)}, decide ${ms(decision.timings.decideMs)}, total ${ms(decision.timings.totalMs)}`,
    '',
  );
  if (decision.ranked.length === 0) {
    lines.push('no ranked experts');
    return lines.join('\n');
  }
  const header = ['RANK', 'NAME', 'PEER', 'SOURCE', 'SIMILARITY', 'EMBEDDING', 'LEXICAL', 'LOAD', 'LATENCY', 'REPUTATION', 'SCORE'];
  const rows = decision.ranked.map((route: RankedExpert, index) => [
    String(index + 1),
    route.name,
    shortPeerId(route.peerId),
    route.source,
    fixed(route.similarity),
    fixed(route.embedding),
    fixed(route.lexical),
    fixed(route.factors.load),
    fixed(route.factors.latency),
    fixed(route.factors.reputation),
    fixed(route.score),
  ]);
  lines.push(alignColumns([header, ...rows]));
  return lines.join('\n');
}

function formatDht(decision: RouteDecision): string {
  const { dht } = decision;
  if (dht === null) return decision.from === 'cache' ? 'no lookup (cached decision)' : 'no lookup (routing.dht_lookup is off)';
  if (dht.mode === 'background') return `${dht.probes} band keys looked up in the background (known experts already matched)`;
  const how = dht.method === 'batched' ? `asked ${dht.peersAsked} DHT peers` : 'one kad-dht walk per key';
  return `${dht.probes} band keys probed (${how}), ${dht.providers} providers found, adverts of unknown ones: ${dht.fromHolders} from record holders, ${dht.fetched} from the providers, ${ms(dht.ms)} (band-key walk ${ms(dht.walkMs)})`;
}

/** `12D3Ko…a1b2c3`: enough to tell the experts apart (`--json` has the full IDs). */
export function shortPeerId(peerId: string): string {
  return peerId.length <= 14 ? peerId : `${peerId.slice(0, 6)}…${peerId.slice(-6)}`;
}

function fixed(value: number | null): string {
  return value === null ? NONE : value.toFixed(3);
}

function ms(value: number): string {
  return `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ms`;
}
