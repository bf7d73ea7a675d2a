/** How a failure is answered over gRPC: the one table from a failure's kind to a gRPC status, with the code in metadata. */
import * as grpc from '@grpc/grpc-js';
import type { FailureKind } from '../../errors.js';
import type { Failure } from '../failures.js';

export const GRPC_OF_KIND: Record<FailureKind, grpc.status> = {
  bad_request: grpc.status.INVALID_ARGUMENT,
  unauthorized: grpc.status.UNAUTHENTICATED,
  not_found: grpc.status.NOT_FOUND,
  timeout: grpc.status.DEADLINE_EXCEEDED,
  too_large: grpc.status.RESOURCE_EXHAUSTED,
  unsupported_media_type: grpc.status.INVALID_ARGUMENT,
  busy: grpc.status.UNAVAILABLE,
  rate_limited: grpc.status.RESOURCE_EXHAUSTED,
  upstream_failed: grpc.status.UNAVAILABLE,
  cancelled: grpc.status.CANCELLED,
  unavailable: grpc.status.UNAVAILABLE,
  internal: grpc.status.INTERNAL,
  address_in_use: grpc.status.INTERNAL,
  io: grpc.status.INTERNAL,
  config_invalid: grpc.status.INTERNAL,
};

/** Metadata keys of a failed call: the stable failure code and, for busy and rate limited, seconds to wait. */
export const ERROR_CODE_METADATA = 'democritus-error-code';
export const RETRY_AFTER_METADATA = 'retry-after';

export function grpcError(failure: Failure): Partial<grpc.StatusObject> {
  const metadata = new grpc.Metadata();
  metadata.set(ERROR_CODE_METADATA, failure.code);
  if (failure.retryAfterSeconds !== undefined) metadata.set(RETRY_AFTER_METADATA, String(failure.retryAfterSeconds));
  return { code: GRPC_OF_KIND[failure.kind], details: failure.message, metadata };
}
