import { TINY_MODEL_FILE } from './tiny-model.js';

export interface TestNodeConfig {
  name?: string;
  stateDir?: string;
  listen?: string[];
  bootstrap?: string[];
  privateSwarmKey?: string;
  /** Extra TOML lines appended to [expert] (e.g. model_url). */
  expert?: string[];
}

/**
 * A daemon config for tests: loopback only, every port picked by the OS (tests run in parallel), one llama.cpp thread.
 */
export function testNodeToml(options: TestNodeConfig = {}): string {
  return [
    '[node]',
    `name = "${options.name ?? 'test-node'}"`,
    `state_dir = "${options.stateDir ?? 'state'}"`,
    `listen_address = ${JSON.stringify(options.listen ?? ['/ip4/127.0.0.1/tcp/0'])}`,
    `bootstrap_nodes = ${JSON.stringify(options.bootstrap ?? [])}`,
    ...(options.privateSwarmKey ? [`private_swarm_key = "${options.privateSwarmKey}"`] : []),
    '[expert]',
    `model_path = "${TINY_MODEL_FILE}"`,
    ...(options.expert ?? []),
    '[api]',
    'rest_port = 0',
    'ws_port = 0',
    'grpc_port = 0',
    '[inference]',
    'threads = 1',
    '',
  ].join('\n');
}
