import * as $protobuf from "protobufjs";
import Long = require("long");

export namespace democritus {

    namespace v1 {

        interface ISigned extends democritus.v1.Signed.$Properties {
        }

        class Signed {
            constructor(properties?: democritus.v1.Signed.$Properties);
            $unknowns?: Uint8Array[];
            payload: Uint8Array;
            signature: Uint8Array;
            static create(properties: democritus.v1.Signed.$Shape): democritus.v1.Signed & democritus.v1.Signed.$Shape;
            static create(properties?: democritus.v1.Signed.$Properties): democritus.v1.Signed;
            static encode(message: democritus.v1.Signed.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): democritus.v1.Signed & democritus.v1.Signed.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace Signed {
            interface $Properties {
                payload?: (Uint8Array|null);
                signature?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = democritus.v1.Signed.$Properties;
        }

        interface IAuditReport extends democritus.v1.AuditReport.$Properties {
        }

        class AuditReport {
            constructor(properties?: democritus.v1.AuditReport.$Properties);
            $unknowns?: Uint8Array[];
            requestId: string;
            auditor: Uint8Array;
            expert: Uint8Array;
            modelSha256: string;
            passed: boolean;
            failed: string[];
            tokens: number;
            klMean: number;
            klHigh: number;
            klMax: number;
            implausibleTokens: number;
            logprobDisagreements: number;
            maxLogprobDelta: number;
            argmaxMismatches: number;
            timestampMs: number;
            request?: (democritus.v1.InferenceRequest.$Properties|null);
            packets: democritus.v1.Signed.$Properties[];
            summary?: (democritus.v1.Signed.$Properties|null);
            static create(properties: democritus.v1.AuditReport.$Shape): democritus.v1.AuditReport & democritus.v1.AuditReport.$Shape;
            static create(properties?: democritus.v1.AuditReport.$Properties): democritus.v1.AuditReport;
            static encode(message: democritus.v1.AuditReport.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): democritus.v1.AuditReport & democritus.v1.AuditReport.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace AuditReport {
            interface $Properties {
                requestId?: (string|null);
                auditor?: (Uint8Array|null);
                expert?: (Uint8Array|null);
                modelSha256?: (string|null);
                passed?: (boolean|null);
                failed?: (string[]|null);
                tokens?: (number|null);
                klMean?: (number|null);
                klHigh?: (number|null);
                klMax?: (number|null);
                implausibleTokens?: (number|null);
                logprobDisagreements?: (number|null);
                maxLogprobDelta?: (number|null);
                argmaxMismatches?: (number|null);
                timestampMs?: (number|null);
                request?: (democritus.v1.InferenceRequest.$Properties|null);
                packets?: (democritus.v1.Signed.$Properties[]|null);
                summary?: (democritus.v1.Signed.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = democritus.v1.AuditReport.$Properties;
        }

        interface IExpertAdvert extends democritus.v1.ExpertAdvert.$Properties {
        }

        class ExpertAdvert {
            constructor(properties?: democritus.v1.ExpertAdvert.$Properties);
            $unknowns?: Uint8Array[];
            peerId: Uint8Array;
            name: string;
            description: string;
            modelSha256: string;
            modelName: string;
            contextSize: number;
            activeGenerations: number;
            queueDepth: number;
            softwareVersion: string;
            timestampMs: number;
            expiresAtMs: number;
            addresses: string[];
            sequence: number;
            routing?: (democritus.v1.RoutingProfile.$Properties|null);
            static create(properties: democritus.v1.ExpertAdvert.$Shape): democritus.v1.ExpertAdvert & democritus.v1.ExpertAdvert.$Shape;
            static create(properties?: democritus.v1.ExpertAdvert.$Properties): democritus.v1.ExpertAdvert;
            static encode(message: democritus.v1.ExpertAdvert.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): democritus.v1.ExpertAdvert & democritus.v1.ExpertAdvert.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace ExpertAdvert {
            interface $Properties {
                peerId?: (Uint8Array|null);
                name?: (string|null);
                description?: (string|null);
                modelSha256?: (string|null);
                modelName?: (string|null);
                contextSize?: (number|null);
                activeGenerations?: (number|null);
                queueDepth?: (number|null);
                softwareVersion?: (string|null);
                timestampMs?: (number|null);
                expiresAtMs?: (number|null);
                addresses?: (string[]|null);
                sequence?: (number|null);
                routing?: (democritus.v1.RoutingProfile.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = democritus.v1.ExpertAdvert.$Properties;
        }

        interface IQuantizedVector extends democritus.v1.QuantizedVector.$Properties {
        }

        class QuantizedVector {
            constructor(properties?: democritus.v1.QuantizedVector.$Properties);
            $unknowns?: Uint8Array[];
            scale: number;
            values: Uint8Array;
            static create(properties: democritus.v1.QuantizedVector.$Shape): democritus.v1.QuantizedVector & democritus.v1.QuantizedVector.$Shape;
            static create(properties?: democritus.v1.QuantizedVector.$Properties): democritus.v1.QuantizedVector;
            static encode(message: democritus.v1.QuantizedVector.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): democritus.v1.QuantizedVector & democritus.v1.QuantizedVector.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace QuantizedVector {
            interface $Properties {
                scale?: (number|null);
                values?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = democritus.v1.QuantizedVector.$Properties;
        }

        interface IRoutingProfile extends democritus.v1.RoutingProfile.$Properties {
        }

        class RoutingProfile {
            constructor(properties?: democritus.v1.RoutingProfile.$Properties);
            $unknowns?: Uint8Array[];
            spaceId: string;
            dimensions: number;
            description?: (democritus.v1.QuantizedVector.$Properties|null);
            exemplars: democritus.v1.QuantizedVector.$Properties[];
            signatures: string[];
            termIds: number[];
            termCounts: number[];
            centroid?: (democritus.v1.QuantizedVector.$Properties|null);
            static create(properties: democritus.v1.RoutingProfile.$Shape): democritus.v1.RoutingProfile & democritus.v1.RoutingProfile.$Shape;
            static create(properties?: democritus.v1.RoutingProfile.$Properties): democritus.v1.RoutingProfile;
            static encode(message: democritus.v1.RoutingProfile.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): democritus.v1.RoutingProfile & democritus.v1.RoutingProfile.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace RoutingProfile {
            interface $Properties {
                spaceId?: (string|null);
                dimensions?: (number|null);
                description?: (democritus.v1.QuantizedVector.$Properties|null);
                exemplars?: (democritus.v1.QuantizedVector.$Properties[]|null);
                signatures?: (string[]|null);
                termIds?: (number[]|null);
                termCounts?: (number[]|null);
                centroid?: (democritus.v1.QuantizedVector.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = democritus.v1.RoutingProfile.$Properties;
        }

        interface IProviderLookupRequest extends democritus.v1.ProviderLookupRequest.$Properties {
        }

        class ProviderLookupRequest {
            constructor(properties?: democritus.v1.ProviderLookupRequest.$Properties);
            $unknowns?: Uint8Array[];
            keys: Uint8Array[];
            closerPerKey: number;
            static create(properties: democritus.v1.ProviderLookupRequest.$Shape): democritus.v1.ProviderLookupRequest & democritus.v1.ProviderLookupRequest.$Shape;
            static create(properties?: democritus.v1.ProviderLookupRequest.$Properties): democritus.v1.ProviderLookupRequest;
            static encode(message: democritus.v1.ProviderLookupRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): democritus.v1.ProviderLookupRequest & democritus.v1.ProviderLookupRequest.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace ProviderLookupRequest {
            interface $Properties {
                keys?: (Uint8Array[]|null);
                closerPerKey?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = democritus.v1.ProviderLookupRequest.$Properties;
        }

        interface ILookupPeer extends democritus.v1.LookupPeer.$Properties {
        }

        class LookupPeer {
            constructor(properties?: democritus.v1.LookupPeer.$Properties);
            $unknowns?: Uint8Array[];
            id: Uint8Array;
            multiaddrs: Uint8Array[];
            static create(properties: democritus.v1.LookupPeer.$Shape): democritus.v1.LookupPeer & democritus.v1.LookupPeer.$Shape;
            static create(properties?: democritus.v1.LookupPeer.$Properties): democritus.v1.LookupPeer;
            static encode(message: democritus.v1.LookupPeer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): democritus.v1.LookupPeer & democritus.v1.LookupPeer.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace LookupPeer {
            interface $Properties {
                id?: (Uint8Array|null);
                multiaddrs?: (Uint8Array[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = democritus.v1.LookupPeer.$Properties;
        }

        interface IKeyLookupResult extends democritus.v1.KeyLookupResult.$Properties {
        }

        class KeyLookupResult {
            constructor(properties?: democritus.v1.KeyLookupResult.$Properties);
            $unknowns?: Uint8Array[];
            providers: number[];
            closer: number[];
            static create(properties: democritus.v1.KeyLookupResult.$Shape): democritus.v1.KeyLookupResult & democritus.v1.KeyLookupResult.$Shape;
            static create(properties?: democritus.v1.KeyLookupResult.$Properties): democritus.v1.KeyLookupResult;
            static encode(message: democritus.v1.KeyLookupResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): democritus.v1.KeyLookupResult & democritus.v1.KeyLookupResult.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace KeyLookupResult {
            interface $Properties {
                providers?: (number[]|null);
                closer?: (number[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = democritus.v1.KeyLookupResult.$Properties;
        }

        interface IProviderLookupResponse extends democritus.v1.ProviderLookupResponse.$Properties {
        }

        class ProviderLookupResponse {
            constructor(properties?: democritus.v1.ProviderLookupResponse.$Properties);
            $unknowns?: Uint8Array[];
            peers: democritus.v1.LookupPeer.$Properties[];
            results: democritus.v1.KeyLookupResult.$Properties[];
            static create(properties: democritus.v1.ProviderLookupResponse.$Shape): democritus.v1.ProviderLookupResponse & democritus.v1.ProviderLookupResponse.$Shape;
            static create(properties?: democritus.v1.ProviderLookupResponse.$Properties): democritus.v1.ProviderLookupResponse;
            static encode(message: democritus.v1.ProviderLookupResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): democritus.v1.ProviderLookupResponse & democritus.v1.ProviderLookupResponse.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace ProviderLookupResponse {
            interface $Properties {
                peers?: (democritus.v1.LookupPeer.$Properties[]|null);
                results?: (democritus.v1.KeyLookupResult.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = democritus.v1.ProviderLookupResponse.$Properties;
        }

        interface IProvideRequest extends democritus.v1.ProvideRequest.$Properties {
        }

        class ProvideRequest {
            constructor(properties?: democritus.v1.ProvideRequest.$Properties);
            $unknowns?: Uint8Array[];
            keys: Uint8Array[];
            multiaddrs: Uint8Array[];
            advert: Uint8Array;
            static create(properties: democritus.v1.ProvideRequest.$Shape): democritus.v1.ProvideRequest & democritus.v1.ProvideRequest.$Shape;
            static create(properties?: democritus.v1.ProvideRequest.$Properties): democritus.v1.ProvideRequest;
            static encode(message: democritus.v1.ProvideRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): democritus.v1.ProvideRequest & democritus.v1.ProvideRequest.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace ProvideRequest {
            interface $Properties {
                keys?: (Uint8Array[]|null);
                multiaddrs?: (Uint8Array[]|null);
                advert?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = democritus.v1.ProvideRequest.$Properties;
        }

        interface IProvideResponse extends democritus.v1.ProvideResponse.$Properties {
        }

        class ProvideResponse {
            constructor(properties?: democritus.v1.ProvideResponse.$Properties);
            $unknowns?: Uint8Array[];
            stored: number;
            static create(properties: democritus.v1.ProvideResponse.$Shape): democritus.v1.ProvideResponse & democritus.v1.ProvideResponse.$Shape;
            static create(properties?: democritus.v1.ProvideResponse.$Properties): democritus.v1.ProvideResponse;
            static encode(message: democritus.v1.ProvideResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): democritus.v1.ProvideResponse & democritus.v1.ProvideResponse.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace ProvideResponse {
            interface $Properties {
                stored?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = democritus.v1.ProvideResponse.$Properties;
        }

        interface IAdvertBatchRequest extends democritus.v1.AdvertBatchRequest.$Properties {
        }

        class AdvertBatchRequest {
            constructor(properties?: democritus.v1.AdvertBatchRequest.$Properties);
            $unknowns?: Uint8Array[];
            peers: Uint8Array[];
            static create(properties: democritus.v1.AdvertBatchRequest.$Shape): democritus.v1.AdvertBatchRequest & democritus.v1.AdvertBatchRequest.$Shape;
            static create(properties?: democritus.v1.AdvertBatchRequest.$Properties): democritus.v1.AdvertBatchRequest;
            static encode(message: democritus.v1.AdvertBatchRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): democritus.v1.AdvertBatchRequest & democritus.v1.AdvertBatchRequest.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace AdvertBatchRequest {
            interface $Properties {
                peers?: (Uint8Array[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = democritus.v1.AdvertBatchRequest.$Properties;
        }

        interface IAdvertBatchResponse extends democritus.v1.AdvertBatchResponse.$Properties {
        }

        class AdvertBatchResponse {
            constructor(properties?: democritus.v1.AdvertBatchResponse.$Properties);
            $unknowns?: Uint8Array[];
            adverts: Uint8Array[];
            static create(properties: democritus.v1.AdvertBatchResponse.$Shape): democritus.v1.AdvertBatchResponse & democritus.v1.AdvertBatchResponse.$Shape;
            static create(properties?: democritus.v1.AdvertBatchResponse.$Properties): democritus.v1.AdvertBatchResponse;
            static encode(message: democritus.v1.AdvertBatchResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): democritus.v1.AdvertBatchResponse & democritus.v1.AdvertBatchResponse.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace AdvertBatchResponse {
            interface $Properties {
                adverts?: (Uint8Array[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = democritus.v1.AdvertBatchResponse.$Properties;
        }

        interface IChatMessage extends democritus.v1.ChatMessage.$Properties {
        }

        class ChatMessage {
            constructor(properties?: democritus.v1.ChatMessage.$Properties);
            $unknowns?: Uint8Array[];
            role: string;
            content: string;
            static create(properties: democritus.v1.ChatMessage.$Shape): democritus.v1.ChatMessage & democritus.v1.ChatMessage.$Shape;
            static create(properties?: democritus.v1.ChatMessage.$Properties): democritus.v1.ChatMessage;
            static encode(message: democritus.v1.ChatMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): democritus.v1.ChatMessage & democritus.v1.ChatMessage.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace ChatMessage {
            interface $Properties {
                role?: (string|null);
                content?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = democritus.v1.ChatMessage.$Properties;
        }

        interface ISamplingParameters extends democritus.v1.SamplingParameters.$Properties {
        }

        class SamplingParameters {
            constructor(properties?: democritus.v1.SamplingParameters.$Properties);
            $unknowns?: Uint8Array[];
            temperature: number;
            topP: number;
            topK: number;
            seed: number;
            static create(properties: democritus.v1.SamplingParameters.$Shape): democritus.v1.SamplingParameters & democritus.v1.SamplingParameters.$Shape;
            static create(properties?: democritus.v1.SamplingParameters.$Properties): democritus.v1.SamplingParameters;
            static encode(message: democritus.v1.SamplingParameters.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): democritus.v1.SamplingParameters & democritus.v1.SamplingParameters.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace SamplingParameters {
            interface $Properties {
                temperature?: (number|null);
                topP?: (number|null);
                topK?: (number|null);
                seed?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = democritus.v1.SamplingParameters.$Properties;
        }

        interface IInferenceRequest extends democritus.v1.InferenceRequest.$Properties {
        }

        class InferenceRequest {
            constructor(properties?: democritus.v1.InferenceRequest.$Properties);
            $unknowns?: Uint8Array[];
            requestId: string;
            messages: democritus.v1.ChatMessage.$Properties[];
            sampling?: (democritus.v1.SamplingParameters.$Properties|null);
            maxTokens: number;
            stop: string[];
            deadlineUnixMs: number;
            topLogprobs: number;
            modelSha256: string;
            continuation?: (democritus.v1.Continuation.$Properties|null);
            static create(properties: democritus.v1.InferenceRequest.$Shape): democritus.v1.InferenceRequest & democritus.v1.InferenceRequest.$Shape;
            static create(properties?: democritus.v1.InferenceRequest.$Properties): democritus.v1.InferenceRequest;
            static encode(message: democritus.v1.InferenceRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): democritus.v1.InferenceRequest & democritus.v1.InferenceRequest.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace InferenceRequest {
            interface $Properties {
                requestId?: (string|null);
                messages?: (democritus.v1.ChatMessage.$Properties[]|null);
                sampling?: (democritus.v1.SamplingParameters.$Properties|null);
                maxTokens?: (number|null);
                stop?: (string[]|null);
                deadlineUnixMs?: (number|null);
                topLogprobs?: (number|null);
                modelSha256?: (string|null);
                continuation?: (democritus.v1.Continuation.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = democritus.v1.InferenceRequest.$Properties;
        }

        interface IContinuation extends democritus.v1.Continuation.$Properties {
        }

        class Continuation {
            constructor(properties?: democritus.v1.Continuation.$Properties);
            $unknowns?: Uint8Array[];
            tokenIds: number[];
            text: string;
            static create(properties: democritus.v1.Continuation.$Shape): democritus.v1.Continuation & democritus.v1.Continuation.$Shape;
            static create(properties?: democritus.v1.Continuation.$Properties): democritus.v1.Continuation;
            static encode(message: democritus.v1.Continuation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): democritus.v1.Continuation & democritus.v1.Continuation.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace Continuation {
            interface $Properties {
                tokenIds?: (number[]|null);
                text?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = democritus.v1.Continuation.$Properties;
        }

        interface ITokenAlternative extends democritus.v1.TokenAlternative.$Properties {
        }

        class TokenAlternative {
            constructor(properties?: democritus.v1.TokenAlternative.$Properties);
            $unknowns?: Uint8Array[];
            tokenId: number;
            text: string;
            logprob: number;
            static create(properties: democritus.v1.TokenAlternative.$Shape): democritus.v1.TokenAlternative & democritus.v1.TokenAlternative.$Shape;
            static create(properties?: democritus.v1.TokenAlternative.$Properties): democritus.v1.TokenAlternative;
            static encode(message: democritus.v1.TokenAlternative.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): democritus.v1.TokenAlternative & democritus.v1.TokenAlternative.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace TokenAlternative {
            interface $Properties {
                tokenId?: (number|null);
                text?: (string|null);
                logprob?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = democritus.v1.TokenAlternative.$Properties;
        }

        interface IGeneratedToken extends democritus.v1.GeneratedToken.$Properties {
        }

        class GeneratedToken {
            constructor(properties?: democritus.v1.GeneratedToken.$Properties);
            $unknowns?: Uint8Array[];
            tokenId: number;
            text: string;
            logprob: number;
            topLogprobs: democritus.v1.TokenAlternative.$Properties[];
            static create(properties: democritus.v1.GeneratedToken.$Shape): democritus.v1.GeneratedToken & democritus.v1.GeneratedToken.$Shape;
            static create(properties?: democritus.v1.GeneratedToken.$Properties): democritus.v1.GeneratedToken;
            static encode(message: democritus.v1.GeneratedToken.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): democritus.v1.GeneratedToken & democritus.v1.GeneratedToken.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace GeneratedToken {
            interface $Properties {
                tokenId?: (number|null);
                text?: (string|null);
                logprob?: (number|null);
                topLogprobs?: (democritus.v1.TokenAlternative.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = democritus.v1.GeneratedToken.$Properties;
        }

        interface ITokenPacket extends democritus.v1.TokenPacket.$Properties {
        }

        class TokenPacket {
            constructor(properties?: democritus.v1.TokenPacket.$Properties);
            $unknowns?: Uint8Array[];
            sequence: number;
            tokens: democritus.v1.GeneratedToken.$Properties[];
            static create(properties: democritus.v1.TokenPacket.$Shape): democritus.v1.TokenPacket & democritus.v1.TokenPacket.$Shape;
            static create(properties?: democritus.v1.TokenPacket.$Properties): democritus.v1.TokenPacket;
            static encode(message: democritus.v1.TokenPacket.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): democritus.v1.TokenPacket & democritus.v1.TokenPacket.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace TokenPacket {
            interface $Properties {
                sequence?: (number|null);
                tokens?: (democritus.v1.GeneratedToken.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = democritus.v1.TokenPacket.$Properties;
        }

        interface IFinalSummary extends democritus.v1.FinalSummary.$Properties {
        }

        class FinalSummary {
            constructor(properties?: democritus.v1.FinalSummary.$Properties);
            $unknowns?: Uint8Array[];
            finishReason: string;
            promptTokens: number;
            completionTokens: number;
            modelSha256: string;
            packetCount: number;
            transcriptSha256: Uint8Array;
            error: string;
            static create(properties: democritus.v1.FinalSummary.$Shape): democritus.v1.FinalSummary & democritus.v1.FinalSummary.$Shape;
            static create(properties?: democritus.v1.FinalSummary.$Properties): democritus.v1.FinalSummary;
            static encode(message: democritus.v1.FinalSummary.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): democritus.v1.FinalSummary & democritus.v1.FinalSummary.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace FinalSummary {
            interface $Properties {
                finishReason?: (string|null);
                promptTokens?: (number|null);
                completionTokens?: (number|null);
                modelSha256?: (string|null);
                packetCount?: (number|null);
                transcriptSha256?: (Uint8Array|null);
                error?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = democritus.v1.FinalSummary.$Properties;
        }

        interface IErrorFrame extends democritus.v1.ErrorFrame.$Properties {
        }

        class ErrorFrame {
            constructor(properties?: democritus.v1.ErrorFrame.$Properties);
            $unknowns?: Uint8Array[];
            code: democritus.v1.ErrorFrame.Code;
            message: string;
            retryAfterMs: number;
            static create(properties: democritus.v1.ErrorFrame.$Shape): democritus.v1.ErrorFrame & democritus.v1.ErrorFrame.$Shape;
            static create(properties?: democritus.v1.ErrorFrame.$Properties): democritus.v1.ErrorFrame;
            static encode(message: democritus.v1.ErrorFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): democritus.v1.ErrorFrame & democritus.v1.ErrorFrame.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace ErrorFrame {
            interface $Properties {
                code?: (democritus.v1.ErrorFrame.Code|null);
                message?: (string|null);
                retryAfterMs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = democritus.v1.ErrorFrame.$Properties;

            enum Code {
                UNSPECIFIED = 0,
                BUSY = 1,
                MODEL_UNAVAILABLE = 2,
                BAD_REQUEST = 3,
                DEADLINE_EXCEEDED = 4,
                RATE_LIMITED = 5,
                INTERNAL = 6
            }
        }

        interface IResponseFrame extends democritus.v1.ResponseFrame.$Properties {
        }

        class ResponseFrame {
            constructor(properties?: democritus.v1.ResponseFrame.$Properties);
            $unknowns?: Uint8Array[];
            packet?: (democritus.v1.Signed.$Properties|null);
            summary?: (democritus.v1.Signed.$Properties|null);
            error?: (democritus.v1.ErrorFrame.$Properties|null);
            body?: ("packet"|"summary"|"error");
            static create(properties: democritus.v1.ResponseFrame.$Shape): democritus.v1.ResponseFrame & democritus.v1.ResponseFrame.$Shape;
            static create(properties?: democritus.v1.ResponseFrame.$Properties): democritus.v1.ResponseFrame;
            static encode(message: democritus.v1.ResponseFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): democritus.v1.ResponseFrame & democritus.v1.ResponseFrame.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace ResponseFrame {
            interface $Properties {
                packet?: (democritus.v1.Signed.$Properties|null);
                summary?: (democritus.v1.Signed.$Properties|null);
                error?: (democritus.v1.ErrorFrame.$Properties|null);
                body?: ("packet"|"summary"|"error");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              packet?: democritus.v1.Signed.$Shape|null;
              summary?: democritus.v1.Signed.$Shape|null;
              error?: democritus.v1.ErrorFrame.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; packet?: null; summary?: null; error?: null }|{ body?: "packet"; packet: democritus.v1.Signed.$Shape; summary?: null; error?: null }|{ body?: "summary"; packet?: null; summary: democritus.v1.Signed.$Shape; error?: null }|{ body?: "error"; packet?: null; summary?: null; error: democritus.v1.ErrorFrame.$Shape })
            );
        }

        interface IChatRequest extends democritus.v1.ChatRequest.$Properties {
        }

        class ChatRequest {
            constructor(properties?: democritus.v1.ChatRequest.$Properties);
            $unknowns?: Uint8Array[];
            model: string;
            messages: democritus.v1.ChatMessage.$Properties[];
            maxTokens?: (number|null);
            temperature?: (number|null);
            topP?: (number|null);
            seed?: (number|null);
            stop: string[];
            topLogprobs: number;
            democritus?: (democritus.v1.DemocritusOptions.$Properties|null);
            static create(properties: democritus.v1.ChatRequest.$Shape): democritus.v1.ChatRequest & democritus.v1.ChatRequest.$Shape;
            static create(properties?: democritus.v1.ChatRequest.$Properties): democritus.v1.ChatRequest;
            static encode(message: democritus.v1.ChatRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): democritus.v1.ChatRequest & democritus.v1.ChatRequest.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace ChatRequest {
            interface $Properties {
                model?: (string|null);
                messages?: (democritus.v1.ChatMessage.$Properties[]|null);
                maxTokens?: (number|null);
                temperature?: (number|null);
                topP?: (number|null);
                seed?: (number|null);
                stop?: (string[]|null);
                topLogprobs?: (number|null);
                democritus?: (democritus.v1.DemocritusOptions.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = democritus.v1.ChatRequest.$Properties;
        }

        interface IDemocritusOptions extends democritus.v1.DemocritusOptions.$Properties {
        }

        class DemocritusOptions {
            constructor(properties?: democritus.v1.DemocritusOptions.$Properties);
            $unknowns?: Uint8Array[];
            decompose: string;
            experts?: (number|null);
            aggregation: string;
            static create(properties: democritus.v1.DemocritusOptions.$Shape): democritus.v1.DemocritusOptions & democritus.v1.DemocritusOptions.$Shape;
            static create(properties?: democritus.v1.DemocritusOptions.$Properties): democritus.v1.DemocritusOptions;
            static encode(message: democritus.v1.DemocritusOptions.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): democritus.v1.DemocritusOptions & democritus.v1.DemocritusOptions.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace DemocritusOptions {
            interface $Properties {
                decompose?: (string|null);
                experts?: (number|null);
                aggregation?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = democritus.v1.DemocritusOptions.$Properties;
        }

        interface IChatToken extends democritus.v1.ChatToken.$Properties {
        }

        class ChatToken {
            constructor(properties?: democritus.v1.ChatToken.$Properties);
            $unknowns?: Uint8Array[];
            text: string;
            tokenId: number;
            logprob: number;
            topLogprobs: democritus.v1.TokenAlternative.$Properties[];
            static create(properties: democritus.v1.ChatToken.$Shape): democritus.v1.ChatToken & democritus.v1.ChatToken.$Shape;
            static create(properties?: democritus.v1.ChatToken.$Properties): democritus.v1.ChatToken;
            static encode(message: democritus.v1.ChatToken.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): democritus.v1.ChatToken & democritus.v1.ChatToken.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace ChatToken {
            interface $Properties {
                text?: (string|null);
                tokenId?: (number|null);
                logprob?: (number|null);
                topLogprobs?: (democritus.v1.TokenAlternative.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = democritus.v1.ChatToken.$Properties;
        }

        interface IChatUsage extends democritus.v1.ChatUsage.$Properties {
        }

        class ChatUsage {
            constructor(properties?: democritus.v1.ChatUsage.$Properties);
            $unknowns?: Uint8Array[];
            promptTokens: number;
            completionTokens: number;
            totalTokens: number;
            static create(properties: democritus.v1.ChatUsage.$Shape): democritus.v1.ChatUsage & democritus.v1.ChatUsage.$Shape;
            static create(properties?: democritus.v1.ChatUsage.$Properties): democritus.v1.ChatUsage;
            static encode(message: democritus.v1.ChatUsage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): democritus.v1.ChatUsage & democritus.v1.ChatUsage.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace ChatUsage {
            interface $Properties {
                promptTokens?: (number|null);
                completionTokens?: (number|null);
                totalTokens?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = democritus.v1.ChatUsage.$Properties;
        }

        interface IExpertInfo extends democritus.v1.ExpertInfo.$Properties {
        }

        class ExpertInfo {
            constructor(properties?: democritus.v1.ExpertInfo.$Properties);
            $unknowns?: Uint8Array[];
            peerId: string;
            name: string;
            modelName: string;
            how: string;
            local: boolean;
            static create(properties: democritus.v1.ExpertInfo.$Shape): democritus.v1.ExpertInfo & democritus.v1.ExpertInfo.$Shape;
            static create(properties?: democritus.v1.ExpertInfo.$Properties): democritus.v1.ExpertInfo;
            static encode(message: democritus.v1.ExpertInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): democritus.v1.ExpertInfo & democritus.v1.ExpertInfo.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace ExpertInfo {
            interface $Properties {
                peerId?: (string|null);
                name?: (string|null);
                modelName?: (string|null);
                how?: (string|null);
                local?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = democritus.v1.ExpertInfo.$Properties;
        }

        interface IChatDone extends democritus.v1.ChatDone.$Properties {
        }

        class ChatDone {
            constructor(properties?: democritus.v1.ChatDone.$Properties);
            $unknowns?: Uint8Array[];
            finishReason: string;
            usage?: (democritus.v1.ChatUsage.$Properties|null);
            expert?: (democritus.v1.ExpertInfo.$Properties|null);
            sanitizer?: (democritus.v1.SanitizerReport.$Properties|null);
            experts: democritus.v1.ExpertInfo.$Properties[];
            plan?: (democritus.v1.PlanReport.$Properties|null);
            aggregation?: (democritus.v1.AggregationReport.$Properties|null);
            failovers: democritus.v1.Failover.$Properties[];
            audit?: (democritus.v1.AuditResult.$Properties|null);
            static create(properties: democritus.v1.ChatDone.$Shape): democritus.v1.ChatDone & democritus.v1.ChatDone.$Shape;
            static create(properties?: democritus.v1.ChatDone.$Properties): democritus.v1.ChatDone;
            static encode(message: democritus.v1.ChatDone.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): democritus.v1.ChatDone & democritus.v1.ChatDone.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace ChatDone {
            interface $Properties {
                finishReason?: (string|null);
                usage?: (democritus.v1.ChatUsage.$Properties|null);
                expert?: (democritus.v1.ExpertInfo.$Properties|null);
                sanitizer?: (democritus.v1.SanitizerReport.$Properties|null);
                experts?: (democritus.v1.ExpertInfo.$Properties[]|null);
                plan?: (democritus.v1.PlanReport.$Properties|null);
                aggregation?: (democritus.v1.AggregationReport.$Properties|null);
                failovers?: (democritus.v1.Failover.$Properties[]|null);
                audit?: (democritus.v1.AuditResult.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = democritus.v1.ChatDone.$Properties;
        }

        interface IAuditResult extends democritus.v1.AuditResult.$Properties {
        }

        class AuditResult {
            constructor(properties?: democritus.v1.AuditResult.$Properties);
            $unknowns?: Uint8Array[];
            auditor: string;
            expert: string;
            passed: boolean;
            failed: string[];
            tokens: number;
            klMean: number;
            klHigh: number;
            maxLogprobDelta: number;
            ms: number;
            static create(properties: democritus.v1.AuditResult.$Shape): democritus.v1.AuditResult & democritus.v1.AuditResult.$Shape;
            static create(properties?: democritus.v1.AuditResult.$Properties): democritus.v1.AuditResult;
            static encode(message: democritus.v1.AuditResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): democritus.v1.AuditResult & democritus.v1.AuditResult.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace AuditResult {
            interface $Properties {
                auditor?: (string|null);
                expert?: (string|null);
                passed?: (boolean|null);
                failed?: (string[]|null);
                tokens?: (number|null);
                klMean?: (number|null);
                klHigh?: (number|null);
                maxLogprobDelta?: (number|null);
                ms?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = democritus.v1.AuditResult.$Properties;
        }

        interface IFailover extends democritus.v1.Failover.$Properties {
        }

        class Failover {
            constructor(properties?: democritus.v1.Failover.$Properties);
            $unknowns?: Uint8Array[];
            from: string;
            to: string;
            atToken: number;
            gapMs: number;
            reason: string;
            continuation: string;
            taskId: string;
            static create(properties: democritus.v1.Failover.$Shape): democritus.v1.Failover & democritus.v1.Failover.$Shape;
            static create(properties?: democritus.v1.Failover.$Properties): democritus.v1.Failover;
            static encode(message: democritus.v1.Failover.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): democritus.v1.Failover & democritus.v1.Failover.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace Failover {
            interface $Properties {
                from?: (string|null);
                to?: (string|null);
                atToken?: (number|null);
                gapMs?: (number|null);
                reason?: (string|null);
                continuation?: (string|null);
                taskId?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = democritus.v1.Failover.$Properties;
        }

        interface IPlanLayer extends democritus.v1.PlanLayer.$Properties {
        }

        class PlanLayer {
            constructor(properties?: democritus.v1.PlanLayer.$Properties);
            $unknowns?: Uint8Array[];
            taskIds: string[];
            static create(properties: democritus.v1.PlanLayer.$Shape): democritus.v1.PlanLayer & democritus.v1.PlanLayer.$Shape;
            static create(properties?: democritus.v1.PlanLayer.$Properties): democritus.v1.PlanLayer;
            static encode(message: democritus.v1.PlanLayer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): democritus.v1.PlanLayer & democritus.v1.PlanLayer.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace PlanLayer {
            interface $Properties {
                taskIds?: (string[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = democritus.v1.PlanLayer.$Properties;
        }

        interface ITaskAttempt extends democritus.v1.TaskAttempt.$Properties {
        }

        class TaskAttempt {
            constructor(properties?: democritus.v1.TaskAttempt.$Properties);
            $unknowns?: Uint8Array[];
            peerId: string;
            name: string;
            outcome: string;
            startedMs: number;
            firstTokenMs?: (number|null);
            endedMs?: (number|null);
            completionTokens: number;
            error: string;
            static create(properties: democritus.v1.TaskAttempt.$Shape): democritus.v1.TaskAttempt & democritus.v1.TaskAttempt.$Shape;
            static create(properties?: democritus.v1.TaskAttempt.$Properties): democritus.v1.TaskAttempt;
            static encode(message: democritus.v1.TaskAttempt.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): democritus.v1.TaskAttempt & democritus.v1.TaskAttempt.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace TaskAttempt {
            interface $Properties {
                peerId?: (string|null);
                name?: (string|null);
                outcome?: (string|null);
                startedMs?: (number|null);
                firstTokenMs?: (number|null);
                endedMs?: (number|null);
                completionTokens?: (number|null);
                error?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = democritus.v1.TaskAttempt.$Properties;
        }

        interface IPlanTaskReport extends democritus.v1.PlanTaskReport.$Properties {
        }

        class PlanTaskReport {
            constructor(properties?: democritus.v1.PlanTaskReport.$Properties);
            $unknowns?: Uint8Array[];
            id: string;
            kind: string;
            dependsOn: string[];
            status: string;
            attempts: democritus.v1.TaskAttempt.$Properties[];
            static create(properties: democritus.v1.PlanTaskReport.$Shape): democritus.v1.PlanTaskReport & democritus.v1.PlanTaskReport.$Shape;
            static create(properties?: democritus.v1.PlanTaskReport.$Properties): democritus.v1.PlanTaskReport;
            static encode(message: democritus.v1.PlanTaskReport.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): democritus.v1.PlanTaskReport & democritus.v1.PlanTaskReport.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace PlanTaskReport {
            interface $Properties {
                id?: (string|null);
                kind?: (string|null);
                dependsOn?: (string[]|null);
                status?: (string|null);
                attempts?: (democritus.v1.TaskAttempt.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = democritus.v1.PlanTaskReport.$Properties;
        }

        interface IPlanReport extends democritus.v1.PlanReport.$Properties {
        }

        class PlanReport {
            constructor(properties?: democritus.v1.PlanReport.$Properties);
            $unknowns?: Uint8Array[];
            finalTask: string;
            layers: democritus.v1.PlanLayer.$Properties[];
            tasks: democritus.v1.PlanTaskReport.$Properties[];
            static create(properties: democritus.v1.PlanReport.$Shape): democritus.v1.PlanReport & democritus.v1.PlanReport.$Shape;
            static create(properties?: democritus.v1.PlanReport.$Properties): democritus.v1.PlanReport;
            static encode(message: democritus.v1.PlanReport.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): democritus.v1.PlanReport & democritus.v1.PlanReport.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace PlanReport {
            interface $Properties {
                finalTask?: (string|null);
                layers?: (democritus.v1.PlanLayer.$Properties[]|null);
                tasks?: (democritus.v1.PlanTaskReport.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = democritus.v1.PlanReport.$Properties;
        }

        interface IAnswerRef extends democritus.v1.AnswerRef.$Properties {
        }

        class AnswerRef {
            constructor(properties?: democritus.v1.AnswerRef.$Properties);
            $unknowns?: Uint8Array[];
            index: number;
            peerId: string;
            name: string;
            static create(properties: democritus.v1.AnswerRef.$Shape): democritus.v1.AnswerRef & democritus.v1.AnswerRef.$Shape;
            static create(properties?: democritus.v1.AnswerRef.$Properties): democritus.v1.AnswerRef;
            static encode(message: democritus.v1.AnswerRef.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): democritus.v1.AnswerRef & democritus.v1.AnswerRef.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace AnswerRef {
            interface $Properties {
                index?: (number|null);
                peerId?: (string|null);
                name?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = democritus.v1.AnswerRef.$Properties;
        }

        interface IAnswerCluster extends democritus.v1.AnswerCluster.$Properties {
        }

        class AnswerCluster {
            constructor(properties?: democritus.v1.AnswerCluster.$Properties);
            $unknowns?: Uint8Array[];
            answer: string;
            members: democritus.v1.AnswerRef.$Properties[];
            weight: number;
            static create(properties: democritus.v1.AnswerCluster.$Shape): democritus.v1.AnswerCluster & democritus.v1.AnswerCluster.$Shape;
            static create(properties?: democritus.v1.AnswerCluster.$Properties): democritus.v1.AnswerCluster;
            static encode(message: democritus.v1.AnswerCluster.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): democritus.v1.AnswerCluster & democritus.v1.AnswerCluster.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace AnswerCluster {
            interface $Properties {
                answer?: (string|null);
                members?: (democritus.v1.AnswerRef.$Properties[]|null);
                weight?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = democritus.v1.AnswerCluster.$Properties;
        }

        interface IAggregatedAnswer extends democritus.v1.AggregatedAnswer.$Properties {
        }

        class AggregatedAnswer {
            constructor(properties?: democritus.v1.AggregatedAnswer.$Properties);
            $unknowns?: Uint8Array[];
            index: number;
            peerId: string;
            name: string;
            text: string;
            weight: number;
            static create(properties: democritus.v1.AggregatedAnswer.$Shape): democritus.v1.AggregatedAnswer & democritus.v1.AggregatedAnswer.$Shape;
            static create(properties?: democritus.v1.AggregatedAnswer.$Properties): democritus.v1.AggregatedAnswer;
            static encode(message: democritus.v1.AggregatedAnswer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): democritus.v1.AggregatedAnswer & democritus.v1.AggregatedAnswer.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace AggregatedAnswer {
            interface $Properties {
                index?: (number|null);
                peerId?: (string|null);
                name?: (string|null);
                text?: (string|null);
                weight?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = democritus.v1.AggregatedAnswer.$Properties;
        }

        interface IFailedExpert extends democritus.v1.FailedExpert.$Properties {
        }

        class FailedExpert {
            constructor(properties?: democritus.v1.FailedExpert.$Properties);
            $unknowns?: Uint8Array[];
            peerId: string;
            name: string;
            error: string;
            static create(properties: democritus.v1.FailedExpert.$Shape): democritus.v1.FailedExpert & democritus.v1.FailedExpert.$Shape;
            static create(properties?: democritus.v1.FailedExpert.$Properties): democritus.v1.FailedExpert;
            static encode(message: democritus.v1.FailedExpert.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): democritus.v1.FailedExpert & democritus.v1.FailedExpert.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace FailedExpert {
            interface $Properties {
                peerId?: (string|null);
                name?: (string|null);
                error?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = democritus.v1.FailedExpert.$Properties;
        }

        interface IVoteTally extends democritus.v1.VoteTally.$Properties {
        }

        class VoteTally {
            constructor(properties?: democritus.v1.VoteTally.$Properties);
            $unknowns?: Uint8Array[];
            kind: string;
            value: string;
            weight: number;
            count: number;
            voters: number[];
            static create(properties: democritus.v1.VoteTally.$Shape): democritus.v1.VoteTally & democritus.v1.VoteTally.$Shape;
            static create(properties?: democritus.v1.VoteTally.$Properties): democritus.v1.VoteTally;
            static encode(message: democritus.v1.VoteTally.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): democritus.v1.VoteTally & democritus.v1.VoteTally.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace VoteTally {
            interface $Properties {
                kind?: (string|null);
                value?: (string|null);
                weight?: (number|null);
                count?: (number|null);
                voters?: (number[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = democritus.v1.VoteTally.$Properties;
        }

        interface IAggregationReport extends democritus.v1.AggregationReport.$Properties {
        }

        class AggregationReport {
            constructor(properties?: democritus.v1.AggregationReport.$Properties);
            $unknowns?: Uint8Array[];
            method: string;
            requested: string;
            winner?: (democritus.v1.AnswerRef.$Properties|null);
            aggregator?: (democritus.v1.ExpertInfo.$Properties|null);
            conflict: boolean;
            clusters: democritus.v1.AnswerCluster.$Properties[];
            reason: string;
            answers: democritus.v1.AggregatedAnswer.$Properties[];
            failed: democritus.v1.FailedExpert.$Properties[];
            tally: democritus.v1.VoteTally.$Properties[];
            tie: boolean;
            timings?: (democritus.v1.AggregationTimings.$Properties|null);
            static create(properties: democritus.v1.AggregationReport.$Shape): democritus.v1.AggregationReport & democritus.v1.AggregationReport.$Shape;
            static create(properties?: democritus.v1.AggregationReport.$Properties): democritus.v1.AggregationReport;
            static encode(message: democritus.v1.AggregationReport.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): democritus.v1.AggregationReport & democritus.v1.AggregationReport.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace AggregationReport {
            interface $Properties {
                method?: (string|null);
                requested?: (string|null);
                winner?: (democritus.v1.AnswerRef.$Properties|null);
                aggregator?: (democritus.v1.ExpertInfo.$Properties|null);
                conflict?: (boolean|null);
                clusters?: (democritus.v1.AnswerCluster.$Properties[]|null);
                reason?: (string|null);
                answers?: (democritus.v1.AggregatedAnswer.$Properties[]|null);
                failed?: (democritus.v1.FailedExpert.$Properties[]|null);
                tally?: (democritus.v1.VoteTally.$Properties[]|null);
                tie?: (boolean|null);
                timings?: (democritus.v1.AggregationTimings.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = democritus.v1.AggregationReport.$Properties;
        }

        interface IAggregationTimings extends democritus.v1.AggregationTimings.$Properties {
        }

        class AggregationTimings {
            constructor(properties?: democritus.v1.AggregationTimings.$Properties);
            $unknowns?: Uint8Array[];
            answeredMs: number;
            decidedMs: number;
            static create(properties: democritus.v1.AggregationTimings.$Shape): democritus.v1.AggregationTimings & democritus.v1.AggregationTimings.$Shape;
            static create(properties?: democritus.v1.AggregationTimings.$Properties): democritus.v1.AggregationTimings;
            static encode(message: democritus.v1.AggregationTimings.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): democritus.v1.AggregationTimings & democritus.v1.AggregationTimings.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace AggregationTimings {
            interface $Properties {
                answeredMs?: (number|null);
                decidedMs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = democritus.v1.AggregationTimings.$Properties;
        }

        interface ISanitizerChange extends democritus.v1.SanitizerChange.$Properties {
        }

        class SanitizerChange {
            constructor(properties?: democritus.v1.SanitizerChange.$Properties);
            $unknowns?: Uint8Array[];
            rule: string;
            count: number;
            static create(properties: democritus.v1.SanitizerChange.$Shape): democritus.v1.SanitizerChange & democritus.v1.SanitizerChange.$Shape;
            static create(properties?: democritus.v1.SanitizerChange.$Properties): democritus.v1.SanitizerChange;
            static encode(message: democritus.v1.SanitizerChange.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): democritus.v1.SanitizerChange & democritus.v1.SanitizerChange.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace SanitizerChange {
            interface $Properties {
                rule?: (string|null);
                count?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = democritus.v1.SanitizerChange.$Properties;
        }

        interface ISanitizerReport extends democritus.v1.SanitizerReport.$Properties {
        }

        class SanitizerReport {
            constructor(properties?: democritus.v1.SanitizerReport.$Properties);
            $unknowns?: Uint8Array[];
            input: democritus.v1.SanitizerChange.$Properties[];
            output: democritus.v1.SanitizerChange.$Properties[];
            repetition: boolean;
            static create(properties: democritus.v1.SanitizerReport.$Shape): democritus.v1.SanitizerReport & democritus.v1.SanitizerReport.$Shape;
            static create(properties?: democritus.v1.SanitizerReport.$Properties): democritus.v1.SanitizerReport;
            static encode(message: democritus.v1.SanitizerReport.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): democritus.v1.SanitizerReport & democritus.v1.SanitizerReport.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace SanitizerReport {
            interface $Properties {
                input?: (democritus.v1.SanitizerChange.$Properties[]|null);
                output?: (democritus.v1.SanitizerChange.$Properties[]|null);
                repetition?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = democritus.v1.SanitizerReport.$Properties;
        }

        interface IChatEvent extends democritus.v1.ChatEvent.$Properties {
        }

        class ChatEvent {
            constructor(properties?: democritus.v1.ChatEvent.$Properties);
            $unknowns?: Uint8Array[];
            token?: (democritus.v1.ChatToken.$Properties|null);
            done?: (democritus.v1.ChatDone.$Properties|null);
            progress?: (democritus.v1.ChatProgress.$Properties|null);
            event?: ("token"|"done"|"progress");
            static create(properties: democritus.v1.ChatEvent.$Shape): democritus.v1.ChatEvent & democritus.v1.ChatEvent.$Shape;
            static create(properties?: democritus.v1.ChatEvent.$Properties): democritus.v1.ChatEvent;
            static encode(message: democritus.v1.ChatEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): democritus.v1.ChatEvent & democritus.v1.ChatEvent.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace ChatEvent {
            interface $Properties {
                token?: (democritus.v1.ChatToken.$Properties|null);
                done?: (democritus.v1.ChatDone.$Properties|null);
                progress?: (democritus.v1.ChatProgress.$Properties|null);
                event?: ("token"|"done"|"progress");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              token?: democritus.v1.ChatToken.$Shape|null;
              done?: democritus.v1.ChatDone.$Shape|null;
              progress?: democritus.v1.ChatProgress.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ event?: undefined; token?: null; done?: null; progress?: null }|{ event?: "token"; token: democritus.v1.ChatToken.$Shape; done?: null; progress?: null }|{ event?: "done"; token?: null; done: democritus.v1.ChatDone.$Shape; progress?: null }|{ event?: "progress"; token?: null; done?: null; progress: democritus.v1.ChatProgress.$Shape })
            );
        }

        interface IProgressExpert extends democritus.v1.ProgressExpert.$Properties {
        }

        class ProgressExpert {
            constructor(properties?: democritus.v1.ProgressExpert.$Properties);
            $unknowns?: Uint8Array[];
            peerId: string;
            name: string;
            static create(properties: democritus.v1.ProgressExpert.$Shape): democritus.v1.ProgressExpert & democritus.v1.ProgressExpert.$Shape;
            static create(properties?: democritus.v1.ProgressExpert.$Properties): democritus.v1.ProgressExpert;
            static encode(message: democritus.v1.ProgressExpert.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): democritus.v1.ProgressExpert & democritus.v1.ProgressExpert.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace ProgressExpert {
            interface $Properties {
                peerId?: (string|null);
                name?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = democritus.v1.ProgressExpert.$Properties;
        }

        interface IPlanTask extends democritus.v1.PlanTask.$Properties {
        }

        class PlanTask {
            constructor(properties?: democritus.v1.PlanTask.$Properties);
            $unknowns?: Uint8Array[];
            id: string;
            kind: string;
            dependsOn: string[];
            static create(properties: democritus.v1.PlanTask.$Shape): democritus.v1.PlanTask & democritus.v1.PlanTask.$Shape;
            static create(properties?: democritus.v1.PlanTask.$Properties): democritus.v1.PlanTask;
            static encode(message: democritus.v1.PlanTask.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): democritus.v1.PlanTask & democritus.v1.PlanTask.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace PlanTask {
            interface $Properties {
                id?: (string|null);
                kind?: (string|null);
                dependsOn?: (string[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = democritus.v1.PlanTask.$Properties;
        }

        interface IPlanStarted extends democritus.v1.PlanStarted.$Properties {
        }

        class PlanStarted {
            constructor(properties?: democritus.v1.PlanStarted.$Properties);
            $unknowns?: Uint8Array[];
            finalTask: string;
            layers: democritus.v1.PlanLayer.$Properties[];
            tasks: democritus.v1.PlanTask.$Properties[];
            static create(properties: democritus.v1.PlanStarted.$Shape): democritus.v1.PlanStarted & democritus.v1.PlanStarted.$Shape;
            static create(properties?: democritus.v1.PlanStarted.$Properties): democritus.v1.PlanStarted;
            static encode(message: democritus.v1.PlanStarted.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): democritus.v1.PlanStarted & democritus.v1.PlanStarted.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace PlanStarted {
            interface $Properties {
                finalTask?: (string|null);
                layers?: (democritus.v1.PlanLayer.$Properties[]|null);
                tasks?: (democritus.v1.PlanTask.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = democritus.v1.PlanStarted.$Properties;
        }

        interface ITaskStarted extends democritus.v1.TaskStarted.$Properties {
        }

        class TaskStarted {
            constructor(properties?: democritus.v1.TaskStarted.$Properties);
            $unknowns?: Uint8Array[];
            taskId: string;
            kind: string;
            attempt: number;
            expert?: (democritus.v1.ProgressExpert.$Properties|null);
            atMs: number;
            static create(properties: democritus.v1.TaskStarted.$Shape): democritus.v1.TaskStarted & democritus.v1.TaskStarted.$Shape;
            static create(properties?: democritus.v1.TaskStarted.$Properties): democritus.v1.TaskStarted;
            static encode(message: democritus.v1.TaskStarted.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): democritus.v1.TaskStarted & democritus.v1.TaskStarted.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace TaskStarted {
            interface $Properties {
                taskId?: (string|null);
                kind?: (string|null);
                attempt?: (number|null);
                expert?: (democritus.v1.ProgressExpert.$Properties|null);
                atMs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = democritus.v1.TaskStarted.$Properties;
        }

        interface ITaskFinished extends democritus.v1.TaskFinished.$Properties {
        }

        class TaskFinished {
            constructor(properties?: democritus.v1.TaskFinished.$Properties);
            $unknowns?: Uint8Array[];
            taskId: string;
            attempt: number;
            expert?: (democritus.v1.ProgressExpert.$Properties|null);
            completionTokens: number;
            ms: number;
            atMs: number;
            static create(properties: democritus.v1.TaskFinished.$Shape): democritus.v1.TaskFinished & democritus.v1.TaskFinished.$Shape;
            static create(properties?: democritus.v1.TaskFinished.$Properties): democritus.v1.TaskFinished;
            static encode(message: democritus.v1.TaskFinished.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): democritus.v1.TaskFinished & democritus.v1.TaskFinished.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace TaskFinished {
            interface $Properties {
                taskId?: (string|null);
                attempt?: (number|null);
                expert?: (democritus.v1.ProgressExpert.$Properties|null);
                completionTokens?: (number|null);
                ms?: (number|null);
                atMs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = democritus.v1.TaskFinished.$Properties;
        }

        interface ITaskRetried extends democritus.v1.TaskRetried.$Properties {
        }

        class TaskRetried {
            constructor(properties?: democritus.v1.TaskRetried.$Properties);
            $unknowns?: Uint8Array[];
            taskId: string;
            attempt: number;
            expert?: (democritus.v1.ProgressExpert.$Properties|null);
            error: string;
            next?: (democritus.v1.ProgressExpert.$Properties|null);
            atMs: number;
            static create(properties: democritus.v1.TaskRetried.$Shape): democritus.v1.TaskRetried & democritus.v1.TaskRetried.$Shape;
            static create(properties?: democritus.v1.TaskRetried.$Properties): democritus.v1.TaskRetried;
            static encode(message: democritus.v1.TaskRetried.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): democritus.v1.TaskRetried & democritus.v1.TaskRetried.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace TaskRetried {
            interface $Properties {
                taskId?: (string|null);
                attempt?: (number|null);
                expert?: (democritus.v1.ProgressExpert.$Properties|null);
                error?: (string|null);
                next?: (democritus.v1.ProgressExpert.$Properties|null);
                atMs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = democritus.v1.TaskRetried.$Properties;
        }

        interface ITaskFailed extends democritus.v1.TaskFailed.$Properties {
        }

        class TaskFailed {
            constructor(properties?: democritus.v1.TaskFailed.$Properties);
            $unknowns?: Uint8Array[];
            taskId: string;
            attempt: number;
            expert?: (democritus.v1.ProgressExpert.$Properties|null);
            error: string;
            atMs: number;
            static create(properties: democritus.v1.TaskFailed.$Shape): democritus.v1.TaskFailed & democritus.v1.TaskFailed.$Shape;
            static create(properties?: democritus.v1.TaskFailed.$Properties): democritus.v1.TaskFailed;
            static encode(message: democritus.v1.TaskFailed.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): democritus.v1.TaskFailed & democritus.v1.TaskFailed.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace TaskFailed {
            interface $Properties {
                taskId?: (string|null);
                attempt?: (number|null);
                expert?: (democritus.v1.ProgressExpert.$Properties|null);
                error?: (string|null);
                atMs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = democritus.v1.TaskFailed.$Properties;
        }

        interface IAnswerStarted extends democritus.v1.AnswerStarted.$Properties {
        }

        class AnswerStarted {
            constructor(properties?: democritus.v1.AnswerStarted.$Properties);
            $unknowns?: Uint8Array[];
            expert?: (democritus.v1.ProgressExpert.$Properties|null);
            atMs: number;
            static create(properties: democritus.v1.AnswerStarted.$Shape): democritus.v1.AnswerStarted & democritus.v1.AnswerStarted.$Shape;
            static create(properties?: democritus.v1.AnswerStarted.$Properties): democritus.v1.AnswerStarted;
            static encode(message: democritus.v1.AnswerStarted.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): democritus.v1.AnswerStarted & democritus.v1.AnswerStarted.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace AnswerStarted {
            interface $Properties {
                expert?: (democritus.v1.ProgressExpert.$Properties|null);
                atMs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = democritus.v1.AnswerStarted.$Properties;
        }

        interface IAnswerFinished extends democritus.v1.AnswerFinished.$Properties {
        }

        class AnswerFinished {
            constructor(properties?: democritus.v1.AnswerFinished.$Properties);
            $unknowns?: Uint8Array[];
            expert?: (democritus.v1.ProgressExpert.$Properties|null);
            completionTokens: number;
            ms: number;
            atMs: number;
            static create(properties: democritus.v1.AnswerFinished.$Shape): democritus.v1.AnswerFinished & democritus.v1.AnswerFinished.$Shape;
            static create(properties?: democritus.v1.AnswerFinished.$Properties): democritus.v1.AnswerFinished;
            static encode(message: democritus.v1.AnswerFinished.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): democritus.v1.AnswerFinished & democritus.v1.AnswerFinished.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace AnswerFinished {
            interface $Properties {
                expert?: (democritus.v1.ProgressExpert.$Properties|null);
                completionTokens?: (number|null);
                ms?: (number|null);
                atMs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = democritus.v1.AnswerFinished.$Properties;
        }

        interface IAnswerFailed extends democritus.v1.AnswerFailed.$Properties {
        }

        class AnswerFailed {
            constructor(properties?: democritus.v1.AnswerFailed.$Properties);
            $unknowns?: Uint8Array[];
            expert?: (democritus.v1.ProgressExpert.$Properties|null);
            error: string;
            atMs: number;
            static create(properties: democritus.v1.AnswerFailed.$Shape): democritus.v1.AnswerFailed & democritus.v1.AnswerFailed.$Shape;
            static create(properties?: democritus.v1.AnswerFailed.$Properties): democritus.v1.AnswerFailed;
            static encode(message: democritus.v1.AnswerFailed.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): democritus.v1.AnswerFailed & democritus.v1.AnswerFailed.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace AnswerFailed {
            interface $Properties {
                expert?: (democritus.v1.ProgressExpert.$Properties|null);
                error?: (string|null);
                atMs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = democritus.v1.AnswerFailed.$Properties;
        }

        interface IChatProgress extends democritus.v1.ChatProgress.$Properties {
        }

        class ChatProgress {
            constructor(properties?: democritus.v1.ChatProgress.$Properties);
            $unknowns?: Uint8Array[];
            plan?: (democritus.v1.PlanStarted.$Properties|null);
            taskStarted?: (democritus.v1.TaskStarted.$Properties|null);
            taskFinished?: (democritus.v1.TaskFinished.$Properties|null);
            taskRetried?: (democritus.v1.TaskRetried.$Properties|null);
            taskFailed?: (democritus.v1.TaskFailed.$Properties|null);
            answerStarted?: (democritus.v1.AnswerStarted.$Properties|null);
            answerFinished?: (democritus.v1.AnswerFinished.$Properties|null);
            answerFailed?: (democritus.v1.AnswerFailed.$Properties|null);
            event?: ("plan"|"taskStarted"|"taskFinished"|"taskRetried"|"taskFailed"|"answerStarted"|"answerFinished"|"answerFailed");
            static create(properties: democritus.v1.ChatProgress.$Shape): democritus.v1.ChatProgress & democritus.v1.ChatProgress.$Shape;
            static create(properties?: democritus.v1.ChatProgress.$Properties): democritus.v1.ChatProgress;
            static encode(message: democritus.v1.ChatProgress.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): democritus.v1.ChatProgress & democritus.v1.ChatProgress.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace ChatProgress {
            interface $Properties {
                plan?: (democritus.v1.PlanStarted.$Properties|null);
                taskStarted?: (democritus.v1.TaskStarted.$Properties|null);
                taskFinished?: (democritus.v1.TaskFinished.$Properties|null);
                taskRetried?: (democritus.v1.TaskRetried.$Properties|null);
                taskFailed?: (democritus.v1.TaskFailed.$Properties|null);
                answerStarted?: (democritus.v1.AnswerStarted.$Properties|null);
                answerFinished?: (democritus.v1.AnswerFinished.$Properties|null);
                answerFailed?: (democritus.v1.AnswerFailed.$Properties|null);
                event?: ("plan"|"taskStarted"|"taskFinished"|"taskRetried"|"taskFailed"|"answerStarted"|"answerFinished"|"answerFailed");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              plan?: democritus.v1.PlanStarted.$Shape|null;
              taskStarted?: democritus.v1.TaskStarted.$Shape|null;
              taskFinished?: democritus.v1.TaskFinished.$Shape|null;
              taskRetried?: democritus.v1.TaskRetried.$Shape|null;
              taskFailed?: democritus.v1.TaskFailed.$Shape|null;
              answerStarted?: democritus.v1.AnswerStarted.$Shape|null;
              answerFinished?: democritus.v1.AnswerFinished.$Shape|null;
              answerFailed?: democritus.v1.AnswerFailed.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ event?: undefined; plan?: null; taskStarted?: null; taskFinished?: null; taskRetried?: null; taskFailed?: null; answerStarted?: null; answerFinished?: null; answerFailed?: null }|{ event?: "plan"; plan: democritus.v1.PlanStarted.$Shape; taskStarted?: null; taskFinished?: null; taskRetried?: null; taskFailed?: null; answerStarted?: null; answerFinished?: null; answerFailed?: null }|{ event?: "taskStarted"; plan?: null; taskStarted: democritus.v1.TaskStarted.$Shape; taskFinished?: null; taskRetried?: null; taskFailed?: null; answerStarted?: null; answerFinished?: null; answerFailed?: null }|{ event?: "taskFinished"; plan?: null; taskStarted?: null; taskFinished: democritus.v1.TaskFinished.$Shape; taskRetried?: null; taskFailed?: null; answerStarted?: null; answerFinished?: null; answerFailed?: null }|{ event?: "taskRetried"; plan?: null; taskStarted?: null; taskFinished?: null; taskRetried: democritus.v1.TaskRetried.$Shape; taskFailed?: null; answerStarted?: null; answerFinished?: null; answerFailed?: null }|{ event?: "taskFailed"; plan?: null; taskStarted?: null; taskFinished?: null; taskRetried?: null; taskFailed: democritus.v1.TaskFailed.$Shape; answerStarted?: null; answerFinished?: null; answerFailed?: null }|{ event?: "answerStarted"; plan?: null; taskStarted?: null; taskFinished?: null; taskRetried?: null; taskFailed?: null; answerStarted: democritus.v1.AnswerStarted.$Shape; answerFinished?: null; answerFailed?: null }|{ event?: "answerFinished"; plan?: null; taskStarted?: null; taskFinished?: null; taskRetried?: null; taskFailed?: null; answerStarted?: null; answerFinished: democritus.v1.AnswerFinished.$Shape; answerFailed?: null }|{ event?: "answerFailed"; plan?: null; taskStarted?: null; taskFinished?: null; taskRetried?: null; taskFailed?: null; answerStarted?: null; answerFinished?: null; answerFailed: democritus.v1.AnswerFailed.$Shape })
            );
        }

        interface IHealthRequest extends democritus.v1.HealthRequest.$Properties {
        }

        class HealthRequest {
            constructor(properties?: democritus.v1.HealthRequest.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: democritus.v1.HealthRequest.$Shape): democritus.v1.HealthRequest & democritus.v1.HealthRequest.$Shape;
            static create(properties?: democritus.v1.HealthRequest.$Properties): democritus.v1.HealthRequest;
            static encode(message: democritus.v1.HealthRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): democritus.v1.HealthRequest & democritus.v1.HealthRequest.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace HealthRequest {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = democritus.v1.HealthRequest.$Properties;
        }

        interface IHealthResponse extends democritus.v1.HealthResponse.$Properties {
        }

        class HealthResponse {
            constructor(properties?: democritus.v1.HealthResponse.$Properties);
            $unknowns?: Uint8Array[];
            status: string;
            peerId: string;
            swarmId: string;
            name: string;
            version: string;
            uptimeMs: number;
            addresses: string[];
            modelName: string;
            modelSha256: string;
            connectedPeers: number;
            knownPeers: number;
            runningGenerations: number;
            queuedGenerations: number;
            static create(properties: democritus.v1.HealthResponse.$Shape): democritus.v1.HealthResponse & democritus.v1.HealthResponse.$Shape;
            static create(properties?: democritus.v1.HealthResponse.$Properties): democritus.v1.HealthResponse;
            static encode(message: democritus.v1.HealthResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): democritus.v1.HealthResponse & democritus.v1.HealthResponse.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace HealthResponse {
            interface $Properties {
                status?: (string|null);
                peerId?: (string|null);
                swarmId?: (string|null);
                name?: (string|null);
                version?: (string|null);
                uptimeMs?: (number|null);
                addresses?: (string[]|null);
                modelName?: (string|null);
                modelSha256?: (string|null);
                connectedPeers?: (number|null);
                knownPeers?: (number|null);
                runningGenerations?: (number|null);
                queuedGenerations?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = democritus.v1.HealthResponse.$Properties;
        }

        interface IPeerInfo extends democritus.v1.PeerInfo.$Properties {
        }

        class PeerInfo {
            constructor(properties?: democritus.v1.PeerInfo.$Properties);
            $unknowns?: Uint8Array[];
            peerId: string;
            name: string;
            connected: boolean;
            addresses: string[];
            transports: string[];
            latencyMs?: (number|null);
            modelName: string;
            modelSha256: string;
            description: string;
            advertAgeMs?: (number|null);
            static create(properties: democritus.v1.PeerInfo.$Shape): democritus.v1.PeerInfo & democritus.v1.PeerInfo.$Shape;
            static create(properties?: democritus.v1.PeerInfo.$Properties): democritus.v1.PeerInfo;
            static encode(message: democritus.v1.PeerInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): democritus.v1.PeerInfo & democritus.v1.PeerInfo.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace PeerInfo {
            interface $Properties {
                peerId?: (string|null);
                name?: (string|null);
                connected?: (boolean|null);
                addresses?: (string[]|null);
                transports?: (string[]|null);
                latencyMs?: (number|null);
                modelName?: (string|null);
                modelSha256?: (string|null);
                description?: (string|null);
                advertAgeMs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = democritus.v1.PeerInfo.$Properties;
        }

        interface IListPeersRequest extends democritus.v1.ListPeersRequest.$Properties {
        }

        class ListPeersRequest {
            constructor(properties?: democritus.v1.ListPeersRequest.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: democritus.v1.ListPeersRequest.$Shape): democritus.v1.ListPeersRequest & democritus.v1.ListPeersRequest.$Shape;
            static create(properties?: democritus.v1.ListPeersRequest.$Properties): democritus.v1.ListPeersRequest;
            static encode(message: democritus.v1.ListPeersRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): democritus.v1.ListPeersRequest & democritus.v1.ListPeersRequest.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListPeersRequest {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = democritus.v1.ListPeersRequest.$Properties;
        }

        interface IListPeersResponse extends democritus.v1.ListPeersResponse.$Properties {
        }

        class ListPeersResponse {
            constructor(properties?: democritus.v1.ListPeersResponse.$Properties);
            $unknowns?: Uint8Array[];
            peers: democritus.v1.PeerInfo.$Properties[];
            static create(properties: democritus.v1.ListPeersResponse.$Shape): democritus.v1.ListPeersResponse & democritus.v1.ListPeersResponse.$Shape;
            static create(properties?: democritus.v1.ListPeersResponse.$Properties): democritus.v1.ListPeersResponse;
            static encode(message: democritus.v1.ListPeersResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): democritus.v1.ListPeersResponse & democritus.v1.ListPeersResponse.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListPeersResponse {
            interface $Properties {
                peers?: (democritus.v1.PeerInfo.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = democritus.v1.ListPeersResponse.$Properties;
        }

        interface IGetReputationRequest extends democritus.v1.GetReputationRequest.$Properties {
        }

        class GetReputationRequest {
            constructor(properties?: democritus.v1.GetReputationRequest.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: democritus.v1.GetReputationRequest.$Shape): democritus.v1.GetReputationRequest & democritus.v1.GetReputationRequest.$Shape;
            static create(properties?: democritus.v1.GetReputationRequest.$Properties): democritus.v1.GetReputationRequest;
            static encode(message: democritus.v1.GetReputationRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): democritus.v1.GetReputationRequest & democritus.v1.GetReputationRequest.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace GetReputationRequest {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = democritus.v1.GetReputationRequest.$Properties;
        }

        interface IPeerReputation extends democritus.v1.PeerReputation.$Properties {
        }

        class PeerReputation {
            constructor(properties?: democritus.v1.PeerReputation.$Properties);
            $unknowns?: Uint8Array[];
            peer?: (democritus.v1.PeerInfo.$Properties|null);
            reputation?: (number|null);
            static create(properties: democritus.v1.PeerReputation.$Shape): democritus.v1.PeerReputation & democritus.v1.PeerReputation.$Shape;
            static create(properties?: democritus.v1.PeerReputation.$Properties): democritus.v1.PeerReputation;
            static encode(message: democritus.v1.PeerReputation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): democritus.v1.PeerReputation & democritus.v1.PeerReputation.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace PeerReputation {
            interface $Properties {
                peer?: (democritus.v1.PeerInfo.$Properties|null);
                reputation?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = democritus.v1.PeerReputation.$Properties;
        }

        interface IGetReputationResponse extends democritus.v1.GetReputationResponse.$Properties {
        }

        class GetReputationResponse {
            constructor(properties?: democritus.v1.GetReputationResponse.$Properties);
            $unknowns?: Uint8Array[];
            peers: democritus.v1.PeerReputation.$Properties[];
            static create(properties: democritus.v1.GetReputationResponse.$Shape): democritus.v1.GetReputationResponse & democritus.v1.GetReputationResponse.$Shape;
            static create(properties?: democritus.v1.GetReputationResponse.$Properties): democritus.v1.GetReputationResponse;
            static encode(message: democritus.v1.GetReputationResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): democritus.v1.GetReputationResponse & democritus.v1.GetReputationResponse.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace GetReputationResponse {
            interface $Properties {
                peers?: (democritus.v1.PeerReputation.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = democritus.v1.GetReputationResponse.$Properties;
        }
    }
}
