/**
 * The wire messages of `packages/democritus/proto/democritus.proto`, under short names. Generated code lives in
 * `generated/` (scripts/generate-proto.sh); its quirks are handled here so the rest of the code sees plain numbers and
 * bytes.
 */
import { democritus } from './generated/democritus-proto.js';

const v1 = democritus.v1;

export const AuditReport = v1.AuditReport;
export type AuditReport = democritus.v1.AuditReport;
export const Signed = v1.Signed;
export type Signed = democritus.v1.Signed;
export const ExpertAdvert = v1.ExpertAdvert;
export type ExpertAdvert = democritus.v1.ExpertAdvert;
export const ChatMessage = v1.ChatMessage;
export type ChatMessage = democritus.v1.ChatMessage;
export const SamplingParameters = v1.SamplingParameters;
export type SamplingParameters = democritus.v1.SamplingParameters;
export const InferenceRequest = v1.InferenceRequest;
export type InferenceRequest = democritus.v1.InferenceRequest;
export const TokenAlternative = v1.TokenAlternative;
export type TokenAlternative = democritus.v1.TokenAlternative;
export const GeneratedToken = v1.GeneratedToken;
export type GeneratedToken = democritus.v1.GeneratedToken;
export const TokenPacket = v1.TokenPacket;
export type TokenPacket = democritus.v1.TokenPacket;
export const FinalSummary = v1.FinalSummary;
export type FinalSummary = democritus.v1.FinalSummary;
export const ErrorFrame = v1.ErrorFrame;
export type ErrorFrame = democritus.v1.ErrorFrame;
export const ErrorCode = v1.ErrorFrame.Code;
export type ErrorCode = democritus.v1.ErrorFrame.Code;
export const ResponseFrame = v1.ResponseFrame;
export type ResponseFrame = democritus.v1.ResponseFrame;
export const ProviderLookupRequest = v1.ProviderLookupRequest;
export type ProviderLookupRequest = democritus.v1.ProviderLookupRequest;
export const ProvideRequest = v1.ProvideRequest;
export type ProvideRequest = democritus.v1.ProvideRequest;
export const ProvideResponse = v1.ProvideResponse;
export type ProvideResponse = democritus.v1.ProvideResponse;
export const AdvertBatchRequest = v1.AdvertBatchRequest;
export type AdvertBatchRequest = democritus.v1.AdvertBatchRequest;
export const AdvertBatchResponse = v1.AdvertBatchResponse;
export type AdvertBatchResponse = democritus.v1.AdvertBatchResponse;
export const ProviderLookupResponse = v1.ProviderLookupResponse;
export type ProviderLookupResponse = democritus.v1.ProviderLookupResponse;

/** Plain-object shapes accepted by `encode`. */
export type SignedFields = democritus.v1.Signed.$Properties;
export type ExpertAdvertFields = democritus.v1.ExpertAdvert.$Properties;
export type InferenceRequestFields = democritus.v1.InferenceRequest.$Properties;
export type GeneratedTokenFields = democritus.v1.GeneratedToken.$Properties;
export type TokenPacketFields = democritus.v1.TokenPacket.$Properties;
export type FinalSummaryFields = democritus.v1.FinalSummary.$Properties;
export type ErrorFrameFields = democritus.v1.ErrorFrame.$Properties;
export type ResponseFrameFields = democritus.v1.ResponseFrame.$Properties;
export type ProviderLookupResponseFields = democritus.v1.ProviderLookupResponse.$Properties;

interface LongLike {
  toNumber(): number;
}

/**
 * A uint64 field as a number. The generated types say `number`, but protobufjs decodes uint64 into a `Long` whenever
 * the `long` package is installed (it is, as a dependency of other packages), and an absent field reads the prototype
 * default, which is a `Long` too. Values above 2^53 lose precision: fine for timestamps and counters.
 */
export function uint64ToNumber(value: number | LongLike | null | undefined): number {
  if (value === null || value === undefined) return 0;
  return typeof value === 'number' ? value : value.toNumber();
}

/** Decodes a protobuf message; `toError` turns the decoder's complaint into the caller's error, which names what was malformed. */
export function decodeMessage<T>(type: { decode(bytes: Uint8Array): T }, bytes: Uint8Array, toError: (reason: string, cause: unknown) => Error): T {
  try {
    return type.decode(bytes);
  } catch (error) {
    throw toError(error instanceof Error ? error.message : String(error), error);
  }
}
