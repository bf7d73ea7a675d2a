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
                $unknowns?: Uint8Array[];
            }
            type $Shape = democritus.v1.ExpertAdvert.$Properties;
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
                $unknowns?: Uint8Array[];
            }
            type $Shape = democritus.v1.InferenceRequest.$Properties;
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
    }
}
