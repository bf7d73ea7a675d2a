/**
 * The gRPC service definition, loaded at run time from the project's one .proto file, which the package ships
 * (`packages/democritus/proto/democritus.proto`). The same relative path works from `src/` (tests) and from the built
 * `dist/`.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';

/** Absolute path of the package's proto/democritus.proto. */
export const PROTO_FILE = fileURLToPath(new URL('../../../proto/democritus.proto', import.meta.url));

/** How messages map to JS: snake_case fields as in the .proto, 64-bit integers as numbers, empty lists as []. */
export const PROTO_LOADER_OPTIONS: protoLoader.Options = { keepCase: true, longs: Number, enums: String, defaults: false, arrays: true, oneofs: true };

/** The `democritus.v1.Democritus` service constructor (for a server's `addService` or a client). */
export function loadDemocritusService(): grpc.ServiceClientConstructor {
  if (!existsSync(PROTO_FILE)) throw new Error(`the gRPC service definition is missing: ${PROTO_FILE}`);
  const definition = protoLoader.loadSync(PROTO_FILE, PROTO_LOADER_OPTIONS);
  const root = grpc.loadPackageDefinition(definition) as unknown as { democritus: { v1: { Democritus: grpc.ServiceClientConstructor } } };
  return root.democritus.v1.Democritus;
}
