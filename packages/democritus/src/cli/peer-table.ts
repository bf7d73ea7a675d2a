import type { PeerView } from '../network/peer-view.js';

/** How `democritus peers list` shows the peer directory: an aligned table, and a detail block per peer. */

const DESCRIPTION_WIDTH = 40;
const NONE = '-';

export function formatPeerTable(peers: PeerView[]): string {
  const header = ['PEER ID', 'NAME', 'STATUS', 'ADDRESSES', 'TRANSPORT', 'LATENCY', 'MODEL', 'DESCRIPTION', 'ADVERT AGE'];
  const rows = peers.map((peer) => [
    peer.peerId,
    peer.name ?? NONE,
    peerStatus(peer),
    firstAddress(peer),
    peer.connected ? peer.transports.join(',') || '?' : NONE,
    formatLatency(peer.latencyMs),
    peer.model?.name ?? NONE,
    peer.description === null || peer.description === '' ? NONE : truncate(oneLine(peer.description), DESCRIPTION_WIDTH),
    peer.advertAgeMs === null ? NONE : formatAge(peer.advertAgeMs),
  ]);
  return alignColumns([header, ...rows]);
}

export function formatPeerDetails(peer: PeerView): string {
  const lines: string[] = [peer.peerId];
  const field = (label: string, values: string[]) => {
    const [first = NONE, ...rest] = values;
    lines.push(`  ${`${label}:`.padEnd(14)}${first}`, ...rest.map((value) => `${' '.repeat(16)}${value}`));
  };
  field('name', [peer.name ?? NONE]);
  field('connected', [peer.connected ? `yes (${peer.transports.join(', ') || 'unknown transport'})` : 'no']);
  field('reachable', [peer.reachable ? 'yes' : 'no (its connections closed or a dial failed; not routed to)']);
  field('latency', [formatLatency(peer.latencyMs)]);
  field('addresses', peer.addresses);
  field('model', [peer.model === null ? NONE : `${peer.model.name} ${peer.model.sha256}`]);
  field('description', [peer.description === null || peer.description === '' ? NONE : oneLine(peer.description)]);
  field('protocols', peer.protocols);
  if (peer.advert === null) {
    field('advert', ['none received']);
  } else {
    field('advert', [`from ${peer.advertSource ?? 'unknown source'}, ${peer.advertAgeMs === null ? 'age unknown' : `${formatAge(peer.advertAgeMs)} old`}`]);
    for (const [key, value] of Object.entries(peer.advert)) lines.push(...advertField(key, value));
  }
  return lines.join('\n');
}

/** `connected`; `unreachable` (connections closed or a dial failed: routing leaves it out); else `not connected`. */
function peerStatus(peer: PeerView): string {
  if (peer.connected) return 'connected';
  return peer.reachable ? 'not connected' : 'unreachable';
}

function advertField(key: string, value: unknown): string[] {
  const label = `    ${key}:`.padEnd(24);
  if (Array.isArray(value)) {
    if (value.length === 0) return [`${label}(none)`];
    return value.map((item, index) => `${index === 0 ? label : ' '.repeat(label.length)}${String(item)}`);
  }
  if (typeof value === 'number' && /AtMs$|^timestampMs$/.test(key)) return [`${label}${value} (${new Date(value).toISOString()})`];
  if (typeof value === 'object' && value !== null) return [`${label}${JSON.stringify(value)}`];
  return [`${label}${String(value)}`];
}

/** The first address without the peer's own /p2p suffix (the ID column has it), and how many more there are. */
function firstAddress(peer: PeerView): string {
  const [first] = peer.addresses;
  if (first === undefined) return NONE;
  const short = first.endsWith(`/p2p/${peer.peerId}`) ? first.slice(0, -`/p2p/${peer.peerId}`.length) : first;
  return peer.addresses.length > 1 ? `${short} (+${peer.addresses.length - 1})` : short;
}

export function formatLatency(ms: number | null): string {
  if (ms === null) return NONE;
  return ms < 1 ? '<1 ms' : `${Math.round(ms)} ms`;
}

export function formatAge(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  if (seconds < 60) return `${seconds}s`;
  if (seconds < 3600) return `${Math.floor(seconds / 60)}m${String(seconds % 60).padStart(2, '0')}s`;
  if (seconds < 86_400) return `${Math.floor(seconds / 3600)}h${String(Math.floor((seconds % 3600) / 60)).padStart(2, '0')}m`;
  return `${Math.floor(seconds / 86_400)}d`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function truncate(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text;
}

/** Pads each column to its widest cell, two spaces apart. */
export function alignColumns(rows: string[][]): string {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  return rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd()).join('\n');
}
