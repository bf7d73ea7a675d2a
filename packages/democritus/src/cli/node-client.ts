import { DemocritusClient } from '@democritus/sdk';

/** The `--api` and `--api-key` flags of the commands that talk to a running node. */
export interface NodeApiFlags {
  api?: string;
  apiKey?: string;
}

export const API_FLAG_HELP = 'REST API of the node (default: $DEMOCRITUS_API or http://127.0.0.1:8080)';
export const API_KEY_FLAG_HELP = 'API key of the node, when it requires one (default: $DEMOCRITUS_API_KEY)';

/** The SDK client for a running node: `--api` wins over `$DEMOCRITUS_API`, `--api-key` over `$DEMOCRITUS_API_KEY`. */
export function nodeClient(flags: NodeApiFlags, options: { timeoutMs?: number } = {}): DemocritusClient {
  return DemocritusClient.fromEnv({
    ...(flags.api === undefined ? {} : { url: flags.api }),
    ...(flags.apiKey === undefined ? {} : { apiKey: flags.apiKey }),
    ...options,
  });
}
