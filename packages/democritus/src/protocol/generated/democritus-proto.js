/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const democritus = $root.democritus = (() => {

    /**
     * Namespace democritus.
     * @exports democritus
     * @namespace
     */
    const democritus = {};

    democritus.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof democritus
         * @namespace
         */
        const v1 = {};

        v1.Signed = (function() {

            /**
             * Properties of a Signed.
             * @typedef {Object} democritus.v1.Signed.$Properties
             * @property {Uint8Array|null} [payload] Signed payload
             * @property {Uint8Array|null} [signature] Signed signature
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Signed.
             * @memberof democritus.v1
             * @interface ISigned
             * @augments democritus.v1.Signed.$Properties
             * @deprecated Use democritus.v1.Signed.$Properties instead.
             */

            /**
             * Shape of a Signed.
             * @typedef {democritus.v1.Signed.$Properties} democritus.v1.Signed.$Shape
             */

            /**
             * Constructs a new Signed.
             * @memberof democritus.v1
             * @classdesc Represents a Signed.
             * @constructor
             * @param {democritus.v1.Signed.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Signed = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Signed payload.
             * @member {Uint8Array} payload
             * @memberof democritus.v1.Signed
             * @instance
             */
            Signed.prototype.payload = $util.newBuffer([]);

            /**
             * Signed signature.
             * @member {Uint8Array} signature
             * @memberof democritus.v1.Signed
             * @instance
             */
            Signed.prototype.signature = $util.newBuffer([]);

            /**
             * Creates a new Signed instance using the specified properties.
             * @function create
             * @memberof democritus.v1.Signed
             * @static
             * @param {democritus.v1.Signed.$Properties=} [properties] Properties to set
             * @returns {democritus.v1.Signed} Signed instance
             * @type {{
             *   (properties: democritus.v1.Signed.$Shape): democritus.v1.Signed & democritus.v1.Signed.$Shape;
             *   (properties?: democritus.v1.Signed.$Properties): democritus.v1.Signed;
             * }}
             */
            Signed.create = function(properties) {
                return new Signed(properties);
            };

            /**
             * Encodes the specified Signed message. Does not implicitly {@link democritus.v1.Signed.verify|verify} messages.
             * @function encode
             * @memberof democritus.v1.Signed
             * @static
             * @param {democritus.v1.Signed.$Properties} message Signed message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Signed.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload") && message.payload.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.payload);
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.signature);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Signed message from the specified reader or buffer.
             * @function decode
             * @memberof democritus.v1.Signed
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {democritus.v1.Signed & democritus.v1.Signed.$Shape} Signed
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Signed.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.democritus.v1.Signed();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.payload = value;
                            else
                                delete message.payload;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.signature = value;
                            else
                                delete message.signature;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for Signed
             * @function getTypeUrl
             * @memberof democritus.v1.Signed
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Signed.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/democritus.v1.Signed";
            };

            return Signed;
        })();

        v1.AuditReport = (function() {

            /**
             * Properties of an AuditReport.
             * @typedef {Object} democritus.v1.AuditReport.$Properties
             * @property {string|null} [requestId] AuditReport requestId
             * @property {Uint8Array|null} [auditor] AuditReport auditor
             * @property {Uint8Array|null} [expert] AuditReport expert
             * @property {string|null} [modelSha256] AuditReport modelSha256
             * @property {boolean|null} [passed] AuditReport passed
             * @property {Array.<string>|null} [failed] AuditReport failed
             * @property {number|null} [tokens] AuditReport tokens
             * @property {number|null} [klMean] AuditReport klMean
             * @property {number|null} [klHigh] AuditReport klHigh
             * @property {number|null} [klMax] AuditReport klMax
             * @property {number|null} [implausibleTokens] AuditReport implausibleTokens
             * @property {number|null} [logprobDisagreements] AuditReport logprobDisagreements
             * @property {number|null} [maxLogprobDelta] AuditReport maxLogprobDelta
             * @property {number|null} [argmaxMismatches] AuditReport argmaxMismatches
             * @property {number|null} [timestampMs] AuditReport timestampMs
             * @property {democritus.v1.InferenceRequest.$Properties|null} [request] AuditReport request
             * @property {Array.<democritus.v1.Signed.$Properties>|null} [packets] AuditReport packets
             * @property {democritus.v1.Signed.$Properties|null} [summary] AuditReport summary
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AuditReport.
             * @memberof democritus.v1
             * @interface IAuditReport
             * @augments democritus.v1.AuditReport.$Properties
             * @deprecated Use democritus.v1.AuditReport.$Properties instead.
             */

            /**
             * Shape of an AuditReport.
             * @typedef {democritus.v1.AuditReport.$Properties} democritus.v1.AuditReport.$Shape
             */

            /**
             * Constructs a new AuditReport.
             * @memberof democritus.v1
             * @classdesc Represents an AuditReport.
             * @constructor
             * @param {democritus.v1.AuditReport.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AuditReport = function (properties) {
                this.failed = [];
                this.packets = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AuditReport requestId.
             * @member {string} requestId
             * @memberof democritus.v1.AuditReport
             * @instance
             */
            AuditReport.prototype.requestId = "";

            /**
             * AuditReport auditor.
             * @member {Uint8Array} auditor
             * @memberof democritus.v1.AuditReport
             * @instance
             */
            AuditReport.prototype.auditor = $util.newBuffer([]);

            /**
             * AuditReport expert.
             * @member {Uint8Array} expert
             * @memberof democritus.v1.AuditReport
             * @instance
             */
            AuditReport.prototype.expert = $util.newBuffer([]);

            /**
             * AuditReport modelSha256.
             * @member {string} modelSha256
             * @memberof democritus.v1.AuditReport
             * @instance
             */
            AuditReport.prototype.modelSha256 = "";

            /**
             * AuditReport passed.
             * @member {boolean} passed
             * @memberof democritus.v1.AuditReport
             * @instance
             */
            AuditReport.prototype.passed = false;

            /**
             * AuditReport failed.
             * @member {Array.<string>} failed
             * @memberof democritus.v1.AuditReport
             * @instance
             */
            AuditReport.prototype.failed = $util.emptyArray;

            /**
             * AuditReport tokens.
             * @member {number} tokens
             * @memberof democritus.v1.AuditReport
             * @instance
             */
            AuditReport.prototype.tokens = 0;

            /**
             * AuditReport klMean.
             * @member {number} klMean
             * @memberof democritus.v1.AuditReport
             * @instance
             */
            AuditReport.prototype.klMean = 0;

            /**
             * AuditReport klHigh.
             * @member {number} klHigh
             * @memberof democritus.v1.AuditReport
             * @instance
             */
            AuditReport.prototype.klHigh = 0;

            /**
             * AuditReport klMax.
             * @member {number} klMax
             * @memberof democritus.v1.AuditReport
             * @instance
             */
            AuditReport.prototype.klMax = 0;

            /**
             * AuditReport implausibleTokens.
             * @member {number} implausibleTokens
             * @memberof democritus.v1.AuditReport
             * @instance
             */
            AuditReport.prototype.implausibleTokens = 0;

            /**
             * AuditReport logprobDisagreements.
             * @member {number} logprobDisagreements
             * @memberof democritus.v1.AuditReport
             * @instance
             */
            AuditReport.prototype.logprobDisagreements = 0;

            /**
             * AuditReport maxLogprobDelta.
             * @member {number} maxLogprobDelta
             * @memberof democritus.v1.AuditReport
             * @instance
             */
            AuditReport.prototype.maxLogprobDelta = 0;

            /**
             * AuditReport argmaxMismatches.
             * @member {number} argmaxMismatches
             * @memberof democritus.v1.AuditReport
             * @instance
             */
            AuditReport.prototype.argmaxMismatches = 0;

            /**
             * AuditReport timestampMs.
             * @member {number} timestampMs
             * @memberof democritus.v1.AuditReport
             * @instance
             */
            AuditReport.prototype.timestampMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * AuditReport request.
             * @member {democritus.v1.InferenceRequest.$Properties|null|undefined} request
             * @memberof democritus.v1.AuditReport
             * @instance
             */
            AuditReport.prototype.request = null;

            /**
             * AuditReport packets.
             * @member {Array.<democritus.v1.Signed.$Properties>} packets
             * @memberof democritus.v1.AuditReport
             * @instance
             */
            AuditReport.prototype.packets = $util.emptyArray;

            /**
             * AuditReport summary.
             * @member {democritus.v1.Signed.$Properties|null|undefined} summary
             * @memberof democritus.v1.AuditReport
             * @instance
             */
            AuditReport.prototype.summary = null;

            /**
             * Creates a new AuditReport instance using the specified properties.
             * @function create
             * @memberof democritus.v1.AuditReport
             * @static
             * @param {democritus.v1.AuditReport.$Properties=} [properties] Properties to set
             * @returns {democritus.v1.AuditReport} AuditReport instance
             * @type {{
             *   (properties: democritus.v1.AuditReport.$Shape): democritus.v1.AuditReport & democritus.v1.AuditReport.$Shape;
             *   (properties?: democritus.v1.AuditReport.$Properties): democritus.v1.AuditReport;
             * }}
             */
            AuditReport.create = function(properties) {
                return new AuditReport(properties);
            };

            /**
             * Encodes the specified AuditReport message. Does not implicitly {@link democritus.v1.AuditReport.verify|verify} messages.
             * @function encode
             * @memberof democritus.v1.AuditReport
             * @static
             * @param {democritus.v1.AuditReport.$Properties} message AuditReport message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AuditReport.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId") && message.requestId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.requestId);
                if (message.auditor != null && $Object.hasOwnProperty.call(message, "auditor") && message.auditor.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.auditor);
                if (message.expert != null && $Object.hasOwnProperty.call(message, "expert") && message.expert.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.expert);
                if (message.modelSha256 != null && $Object.hasOwnProperty.call(message, "modelSha256") && message.modelSha256 !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.modelSha256);
                if (message.passed != null && $Object.hasOwnProperty.call(message, "passed") && message.passed !== false)
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.passed);
                if (message.failed != null && message.failed.length)
                    for (let i = 0; i < message.failed.length; ++i)
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.failed[i]);
                if (message.tokens != null && $Object.hasOwnProperty.call(message, "tokens") && message.tokens !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.tokens);
                if (message.klMean != null && $Object.hasOwnProperty.call(message, "klMean") && !$Object.is(message.klMean, 0))
                    writer.uint32(/* id 8, wireType 1 =*/65).double(message.klMean);
                if (message.klHigh != null && $Object.hasOwnProperty.call(message, "klHigh") && !$Object.is(message.klHigh, 0))
                    writer.uint32(/* id 9, wireType 1 =*/73).double(message.klHigh);
                if (message.klMax != null && $Object.hasOwnProperty.call(message, "klMax") && !$Object.is(message.klMax, 0))
                    writer.uint32(/* id 10, wireType 1 =*/81).double(message.klMax);
                if (message.implausibleTokens != null && $Object.hasOwnProperty.call(message, "implausibleTokens") && message.implausibleTokens !== 0)
                    writer.uint32(/* id 11, wireType 0 =*/88).uint32(message.implausibleTokens);
                if (message.logprobDisagreements != null && $Object.hasOwnProperty.call(message, "logprobDisagreements") && message.logprobDisagreements !== 0)
                    writer.uint32(/* id 12, wireType 0 =*/96).uint32(message.logprobDisagreements);
                if (message.maxLogprobDelta != null && $Object.hasOwnProperty.call(message, "maxLogprobDelta") && !$Object.is(message.maxLogprobDelta, 0))
                    writer.uint32(/* id 13, wireType 1 =*/105).double(message.maxLogprobDelta);
                if (message.argmaxMismatches != null && $Object.hasOwnProperty.call(message, "argmaxMismatches") && message.argmaxMismatches !== 0)
                    writer.uint32(/* id 14, wireType 0 =*/112).uint32(message.argmaxMismatches);
                if (message.timestampMs != null && $Object.hasOwnProperty.call(message, "timestampMs") && (typeof message.timestampMs === "object" ? message.timestampMs.low || message.timestampMs.high : message.timestampMs !== 0))
                    writer.uint32(/* id 15, wireType 0 =*/120).uint64(message.timestampMs);
                if (message.request != null && $Object.hasOwnProperty.call(message, "request"))
                    $root.democritus.v1.InferenceRequest.encode(message.request, writer.uint32(/* id 16, wireType 2 =*/130).fork(), _depth + 1).ldelim();
                if (message.packets != null && message.packets.length)
                    for (let i = 0; i < message.packets.length; ++i)
                        $root.democritus.v1.Signed.encode(message.packets[i], writer.uint32(/* id 17, wireType 2 =*/138).fork(), _depth + 1).ldelim();
                if (message.summary != null && $Object.hasOwnProperty.call(message, "summary"))
                    $root.democritus.v1.Signed.encode(message.summary, writer.uint32(/* id 18, wireType 2 =*/146).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AuditReport message from the specified reader or buffer.
             * @function decode
             * @memberof democritus.v1.AuditReport
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {democritus.v1.AuditReport & democritus.v1.AuditReport.$Shape} AuditReport
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AuditReport.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.democritus.v1.AuditReport();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.requestId = value;
                            else
                                delete message.requestId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.auditor = value;
                            else
                                delete message.auditor;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.expert = value;
                            else
                                delete message.expert;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.modelSha256 = value;
                            else
                                delete message.modelSha256;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.passed = value;
                            else
                                delete message.passed;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (!(message.failed && message.failed.length))
                                message.failed = [];
                            message.failed.push(reader.stringVerify());
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.tokens = value;
                            else
                                delete message.tokens;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.klMean = value;
                            else
                                delete message.klMean;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.klHigh = value;
                            else
                                delete message.klHigh;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.klMax = value;
                            else
                                delete message.klMax;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.implausibleTokens = value;
                            else
                                delete message.implausibleTokens;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.logprobDisagreements = value;
                            else
                                delete message.logprobDisagreements;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.maxLogprobDelta = value;
                            else
                                delete message.maxLogprobDelta;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.argmaxMismatches = value;
                            else
                                delete message.argmaxMismatches;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.timestampMs = value;
                            else
                                delete message.timestampMs;
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            message.request = $root.democritus.v1.InferenceRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.request);
                            continue;
                        }
                    case 17: {
                            if (wireType !== 2)
                                break;
                            if (!(message.packets && message.packets.length))
                                message.packets = [];
                            message.packets.push($root.democritus.v1.Signed.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 18: {
                            if (wireType !== 2)
                                break;
                            message.summary = $root.democritus.v1.Signed.decode(reader, reader.size(), $undefined, _depth + 1, message.summary);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for AuditReport
             * @function getTypeUrl
             * @memberof democritus.v1.AuditReport
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AuditReport.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/democritus.v1.AuditReport";
            };

            return AuditReport;
        })();

        v1.ExpertAdvert = (function() {

            /**
             * Properties of an ExpertAdvert.
             * @typedef {Object} democritus.v1.ExpertAdvert.$Properties
             * @property {Uint8Array|null} [peerId] ExpertAdvert peerId
             * @property {string|null} [name] ExpertAdvert name
             * @property {string|null} [description] ExpertAdvert description
             * @property {string|null} [modelSha256] ExpertAdvert modelSha256
             * @property {string|null} [modelName] ExpertAdvert modelName
             * @property {number|null} [contextSize] ExpertAdvert contextSize
             * @property {number|null} [activeGenerations] ExpertAdvert activeGenerations
             * @property {number|null} [queueDepth] ExpertAdvert queueDepth
             * @property {string|null} [softwareVersion] ExpertAdvert softwareVersion
             * @property {number|null} [timestampMs] ExpertAdvert timestampMs
             * @property {number|null} [expiresAtMs] ExpertAdvert expiresAtMs
             * @property {Array.<string>|null} [addresses] ExpertAdvert addresses
             * @property {number|null} [sequence] ExpertAdvert sequence
             * @property {democritus.v1.RoutingProfile.$Properties|null} [routing] ExpertAdvert routing
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ExpertAdvert.
             * @memberof democritus.v1
             * @interface IExpertAdvert
             * @augments democritus.v1.ExpertAdvert.$Properties
             * @deprecated Use democritus.v1.ExpertAdvert.$Properties instead.
             */

            /**
             * Shape of an ExpertAdvert.
             * @typedef {democritus.v1.ExpertAdvert.$Properties} democritus.v1.ExpertAdvert.$Shape
             */

            /**
             * Constructs a new ExpertAdvert.
             * @memberof democritus.v1
             * @classdesc Represents an ExpertAdvert.
             * @constructor
             * @param {democritus.v1.ExpertAdvert.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ExpertAdvert = function (properties) {
                this.addresses = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ExpertAdvert peerId.
             * @member {Uint8Array} peerId
             * @memberof democritus.v1.ExpertAdvert
             * @instance
             */
            ExpertAdvert.prototype.peerId = $util.newBuffer([]);

            /**
             * ExpertAdvert name.
             * @member {string} name
             * @memberof democritus.v1.ExpertAdvert
             * @instance
             */
            ExpertAdvert.prototype.name = "";

            /**
             * ExpertAdvert description.
             * @member {string} description
             * @memberof democritus.v1.ExpertAdvert
             * @instance
             */
            ExpertAdvert.prototype.description = "";

            /**
             * ExpertAdvert modelSha256.
             * @member {string} modelSha256
             * @memberof democritus.v1.ExpertAdvert
             * @instance
             */
            ExpertAdvert.prototype.modelSha256 = "";

            /**
             * ExpertAdvert modelName.
             * @member {string} modelName
             * @memberof democritus.v1.ExpertAdvert
             * @instance
             */
            ExpertAdvert.prototype.modelName = "";

            /**
             * ExpertAdvert contextSize.
             * @member {number} contextSize
             * @memberof democritus.v1.ExpertAdvert
             * @instance
             */
            ExpertAdvert.prototype.contextSize = 0;

            /**
             * ExpertAdvert activeGenerations.
             * @member {number} activeGenerations
             * @memberof democritus.v1.ExpertAdvert
             * @instance
             */
            ExpertAdvert.prototype.activeGenerations = 0;

            /**
             * ExpertAdvert queueDepth.
             * @member {number} queueDepth
             * @memberof democritus.v1.ExpertAdvert
             * @instance
             */
            ExpertAdvert.prototype.queueDepth = 0;

            /**
             * ExpertAdvert softwareVersion.
             * @member {string} softwareVersion
             * @memberof democritus.v1.ExpertAdvert
             * @instance
             */
            ExpertAdvert.prototype.softwareVersion = "";

            /**
             * ExpertAdvert timestampMs.
             * @member {number} timestampMs
             * @memberof democritus.v1.ExpertAdvert
             * @instance
             */
            ExpertAdvert.prototype.timestampMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ExpertAdvert expiresAtMs.
             * @member {number} expiresAtMs
             * @memberof democritus.v1.ExpertAdvert
             * @instance
             */
            ExpertAdvert.prototype.expiresAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ExpertAdvert addresses.
             * @member {Array.<string>} addresses
             * @memberof democritus.v1.ExpertAdvert
             * @instance
             */
            ExpertAdvert.prototype.addresses = $util.emptyArray;

            /**
             * ExpertAdvert sequence.
             * @member {number} sequence
             * @memberof democritus.v1.ExpertAdvert
             * @instance
             */
            ExpertAdvert.prototype.sequence = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ExpertAdvert routing.
             * @member {democritus.v1.RoutingProfile.$Properties|null|undefined} routing
             * @memberof democritus.v1.ExpertAdvert
             * @instance
             */
            ExpertAdvert.prototype.routing = null;

            /**
             * Creates a new ExpertAdvert instance using the specified properties.
             * @function create
             * @memberof democritus.v1.ExpertAdvert
             * @static
             * @param {democritus.v1.ExpertAdvert.$Properties=} [properties] Properties to set
             * @returns {democritus.v1.ExpertAdvert} ExpertAdvert instance
             * @type {{
             *   (properties: democritus.v1.ExpertAdvert.$Shape): democritus.v1.ExpertAdvert & democritus.v1.ExpertAdvert.$Shape;
             *   (properties?: democritus.v1.ExpertAdvert.$Properties): democritus.v1.ExpertAdvert;
             * }}
             */
            ExpertAdvert.create = function(properties) {
                return new ExpertAdvert(properties);
            };

            /**
             * Encodes the specified ExpertAdvert message. Does not implicitly {@link democritus.v1.ExpertAdvert.verify|verify} messages.
             * @function encode
             * @memberof democritus.v1.ExpertAdvert
             * @static
             * @param {democritus.v1.ExpertAdvert.$Properties} message ExpertAdvert message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ExpertAdvert.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.peerId != null && $Object.hasOwnProperty.call(message, "peerId") && message.peerId.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.peerId);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
                if (message.description != null && $Object.hasOwnProperty.call(message, "description") && message.description !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.description);
                if (message.modelSha256 != null && $Object.hasOwnProperty.call(message, "modelSha256") && message.modelSha256 !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.modelSha256);
                if (message.modelName != null && $Object.hasOwnProperty.call(message, "modelName") && message.modelName !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.modelName);
                if (message.contextSize != null && $Object.hasOwnProperty.call(message, "contextSize") && message.contextSize !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.contextSize);
                if (message.activeGenerations != null && $Object.hasOwnProperty.call(message, "activeGenerations") && message.activeGenerations !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.activeGenerations);
                if (message.queueDepth != null && $Object.hasOwnProperty.call(message, "queueDepth") && message.queueDepth !== 0)
                    writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.queueDepth);
                if (message.softwareVersion != null && $Object.hasOwnProperty.call(message, "softwareVersion") && message.softwareVersion !== "")
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.softwareVersion);
                if (message.timestampMs != null && $Object.hasOwnProperty.call(message, "timestampMs") && (typeof message.timestampMs === "object" ? message.timestampMs.low || message.timestampMs.high : message.timestampMs !== 0))
                    writer.uint32(/* id 10, wireType 0 =*/80).uint64(message.timestampMs);
                if (message.expiresAtMs != null && $Object.hasOwnProperty.call(message, "expiresAtMs") && (typeof message.expiresAtMs === "object" ? message.expiresAtMs.low || message.expiresAtMs.high : message.expiresAtMs !== 0))
                    writer.uint32(/* id 11, wireType 0 =*/88).uint64(message.expiresAtMs);
                if (message.addresses != null && message.addresses.length)
                    for (let i = 0; i < message.addresses.length; ++i)
                        writer.uint32(/* id 12, wireType 2 =*/98).string(message.addresses[i]);
                if (message.sequence != null && $Object.hasOwnProperty.call(message, "sequence") && (typeof message.sequence === "object" ? message.sequence.low || message.sequence.high : message.sequence !== 0))
                    writer.uint32(/* id 13, wireType 0 =*/104).uint64(message.sequence);
                if (message.routing != null && $Object.hasOwnProperty.call(message, "routing"))
                    $root.democritus.v1.RoutingProfile.encode(message.routing, writer.uint32(/* id 20, wireType 2 =*/162).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an ExpertAdvert message from the specified reader or buffer.
             * @function decode
             * @memberof democritus.v1.ExpertAdvert
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {democritus.v1.ExpertAdvert & democritus.v1.ExpertAdvert.$Shape} ExpertAdvert
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ExpertAdvert.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.democritus.v1.ExpertAdvert();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.peerId = value;
                            else
                                delete message.peerId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.description = value;
                            else
                                delete message.description;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.modelSha256 = value;
                            else
                                delete message.modelSha256;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.modelName = value;
                            else
                                delete message.modelName;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.contextSize = value;
                            else
                                delete message.contextSize;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.activeGenerations = value;
                            else
                                delete message.activeGenerations;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.queueDepth = value;
                            else
                                delete message.queueDepth;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.softwareVersion = value;
                            else
                                delete message.softwareVersion;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.timestampMs = value;
                            else
                                delete message.timestampMs;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.expiresAtMs = value;
                            else
                                delete message.expiresAtMs;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            if (!(message.addresses && message.addresses.length))
                                message.addresses = [];
                            message.addresses.push(reader.stringVerify());
                            continue;
                        }
                    case 13: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.sequence = value;
                            else
                                delete message.sequence;
                            continue;
                        }
                    case 20: {
                            if (wireType !== 2)
                                break;
                            message.routing = $root.democritus.v1.RoutingProfile.decode(reader, reader.size(), $undefined, _depth + 1, message.routing);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for ExpertAdvert
             * @function getTypeUrl
             * @memberof democritus.v1.ExpertAdvert
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ExpertAdvert.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/democritus.v1.ExpertAdvert";
            };

            return ExpertAdvert;
        })();

        v1.QuantizedVector = (function() {

            /**
             * Properties of a QuantizedVector.
             * @typedef {Object} democritus.v1.QuantizedVector.$Properties
             * @property {number|null} [scale] QuantizedVector scale
             * @property {Uint8Array|null} [values] QuantizedVector values
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a QuantizedVector.
             * @memberof democritus.v1
             * @interface IQuantizedVector
             * @augments democritus.v1.QuantizedVector.$Properties
             * @deprecated Use democritus.v1.QuantizedVector.$Properties instead.
             */

            /**
             * Shape of a QuantizedVector.
             * @typedef {democritus.v1.QuantizedVector.$Properties} democritus.v1.QuantizedVector.$Shape
             */

            /**
             * Constructs a new QuantizedVector.
             * @memberof democritus.v1
             * @classdesc Represents a QuantizedVector.
             * @constructor
             * @param {democritus.v1.QuantizedVector.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const QuantizedVector = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * QuantizedVector scale.
             * @member {number} scale
             * @memberof democritus.v1.QuantizedVector
             * @instance
             */
            QuantizedVector.prototype.scale = 0;

            /**
             * QuantizedVector values.
             * @member {Uint8Array} values
             * @memberof democritus.v1.QuantizedVector
             * @instance
             */
            QuantizedVector.prototype.values = $util.newBuffer([]);

            /**
             * Creates a new QuantizedVector instance using the specified properties.
             * @function create
             * @memberof democritus.v1.QuantizedVector
             * @static
             * @param {democritus.v1.QuantizedVector.$Properties=} [properties] Properties to set
             * @returns {democritus.v1.QuantizedVector} QuantizedVector instance
             * @type {{
             *   (properties: democritus.v1.QuantizedVector.$Shape): democritus.v1.QuantizedVector & democritus.v1.QuantizedVector.$Shape;
             *   (properties?: democritus.v1.QuantizedVector.$Properties): democritus.v1.QuantizedVector;
             * }}
             */
            QuantizedVector.create = function(properties) {
                return new QuantizedVector(properties);
            };

            /**
             * Encodes the specified QuantizedVector message. Does not implicitly {@link democritus.v1.QuantizedVector.verify|verify} messages.
             * @function encode
             * @memberof democritus.v1.QuantizedVector
             * @static
             * @param {democritus.v1.QuantizedVector.$Properties} message QuantizedVector message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            QuantizedVector.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.scale != null && $Object.hasOwnProperty.call(message, "scale") && !$Object.is(message.scale, 0))
                    writer.uint32(/* id 1, wireType 5 =*/13).float(message.scale);
                if (message.values != null && $Object.hasOwnProperty.call(message, "values") && message.values.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.values);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a QuantizedVector message from the specified reader or buffer.
             * @function decode
             * @memberof democritus.v1.QuantizedVector
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {democritus.v1.QuantizedVector & democritus.v1.QuantizedVector.$Shape} QuantizedVector
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            QuantizedVector.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.democritus.v1.QuantizedVector();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.scale = value;
                            else
                                delete message.scale;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.values = value;
                            else
                                delete message.values;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for QuantizedVector
             * @function getTypeUrl
             * @memberof democritus.v1.QuantizedVector
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            QuantizedVector.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/democritus.v1.QuantizedVector";
            };

            return QuantizedVector;
        })();

        v1.RoutingProfile = (function() {

            /**
             * Properties of a RoutingProfile.
             * @typedef {Object} democritus.v1.RoutingProfile.$Properties
             * @property {string|null} [spaceId] RoutingProfile spaceId
             * @property {number|null} [dimensions] RoutingProfile dimensions
             * @property {democritus.v1.QuantizedVector.$Properties|null} [description] RoutingProfile description
             * @property {Array.<democritus.v1.QuantizedVector.$Properties>|null} [exemplars] RoutingProfile exemplars
             * @property {Array.<string>|null} [signatures] RoutingProfile signatures
             * @property {Array.<number>|null} [termIds] RoutingProfile termIds
             * @property {Array.<number>|null} [termCounts] RoutingProfile termCounts
             * @property {democritus.v1.QuantizedVector.$Properties|null} [centroid] RoutingProfile centroid
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RoutingProfile.
             * @memberof democritus.v1
             * @interface IRoutingProfile
             * @augments democritus.v1.RoutingProfile.$Properties
             * @deprecated Use democritus.v1.RoutingProfile.$Properties instead.
             */

            /**
             * Shape of a RoutingProfile.
             * @typedef {democritus.v1.RoutingProfile.$Properties} democritus.v1.RoutingProfile.$Shape
             */

            /**
             * Constructs a new RoutingProfile.
             * @memberof democritus.v1
             * @classdesc Represents a RoutingProfile.
             * @constructor
             * @param {democritus.v1.RoutingProfile.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RoutingProfile = function (properties) {
                this.exemplars = [];
                this.signatures = [];
                this.termIds = [];
                this.termCounts = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RoutingProfile spaceId.
             * @member {string} spaceId
             * @memberof democritus.v1.RoutingProfile
             * @instance
             */
            RoutingProfile.prototype.spaceId = "";

            /**
             * RoutingProfile dimensions.
             * @member {number} dimensions
             * @memberof democritus.v1.RoutingProfile
             * @instance
             */
            RoutingProfile.prototype.dimensions = 0;

            /**
             * RoutingProfile description.
             * @member {democritus.v1.QuantizedVector.$Properties|null|undefined} description
             * @memberof democritus.v1.RoutingProfile
             * @instance
             */
            RoutingProfile.prototype.description = null;

            /**
             * RoutingProfile exemplars.
             * @member {Array.<democritus.v1.QuantizedVector.$Properties>} exemplars
             * @memberof democritus.v1.RoutingProfile
             * @instance
             */
            RoutingProfile.prototype.exemplars = $util.emptyArray;

            /**
             * RoutingProfile signatures.
             * @member {Array.<string>} signatures
             * @memberof democritus.v1.RoutingProfile
             * @instance
             */
            RoutingProfile.prototype.signatures = $util.emptyArray;

            /**
             * RoutingProfile termIds.
             * @member {Array.<number>} termIds
             * @memberof democritus.v1.RoutingProfile
             * @instance
             */
            RoutingProfile.prototype.termIds = $util.emptyArray;

            /**
             * RoutingProfile termCounts.
             * @member {Array.<number>} termCounts
             * @memberof democritus.v1.RoutingProfile
             * @instance
             */
            RoutingProfile.prototype.termCounts = $util.emptyArray;

            /**
             * RoutingProfile centroid.
             * @member {democritus.v1.QuantizedVector.$Properties|null|undefined} centroid
             * @memberof democritus.v1.RoutingProfile
             * @instance
             */
            RoutingProfile.prototype.centroid = null;

            /**
             * Creates a new RoutingProfile instance using the specified properties.
             * @function create
             * @memberof democritus.v1.RoutingProfile
             * @static
             * @param {democritus.v1.RoutingProfile.$Properties=} [properties] Properties to set
             * @returns {democritus.v1.RoutingProfile} RoutingProfile instance
             * @type {{
             *   (properties: democritus.v1.RoutingProfile.$Shape): democritus.v1.RoutingProfile & democritus.v1.RoutingProfile.$Shape;
             *   (properties?: democritus.v1.RoutingProfile.$Properties): democritus.v1.RoutingProfile;
             * }}
             */
            RoutingProfile.create = function(properties) {
                return new RoutingProfile(properties);
            };

            /**
             * Encodes the specified RoutingProfile message. Does not implicitly {@link democritus.v1.RoutingProfile.verify|verify} messages.
             * @function encode
             * @memberof democritus.v1.RoutingProfile
             * @static
             * @param {democritus.v1.RoutingProfile.$Properties} message RoutingProfile message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RoutingProfile.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.spaceId != null && $Object.hasOwnProperty.call(message, "spaceId") && message.spaceId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.spaceId);
                if (message.dimensions != null && $Object.hasOwnProperty.call(message, "dimensions") && message.dimensions !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.dimensions);
                if (message.description != null && $Object.hasOwnProperty.call(message, "description"))
                    $root.democritus.v1.QuantizedVector.encode(message.description, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.exemplars != null && message.exemplars.length)
                    for (let i = 0; i < message.exemplars.length; ++i)
                        $root.democritus.v1.QuantizedVector.encode(message.exemplars[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.signatures != null && message.signatures.length)
                    for (let i = 0; i < message.signatures.length; ++i)
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.signatures[i]);
                if (message.termIds != null && message.termIds.length)
                    writer.uint32(/* id 6, wireType 2 =*/50).uint32s(message.termIds);
                if (message.termCounts != null && message.termCounts.length)
                    writer.uint32(/* id 7, wireType 2 =*/58).uint32s(message.termCounts);
                if (message.centroid != null && $Object.hasOwnProperty.call(message, "centroid"))
                    $root.democritus.v1.QuantizedVector.encode(message.centroid, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RoutingProfile message from the specified reader or buffer.
             * @function decode
             * @memberof democritus.v1.RoutingProfile
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {democritus.v1.RoutingProfile & democritus.v1.RoutingProfile.$Shape} RoutingProfile
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RoutingProfile.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.democritus.v1.RoutingProfile();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.spaceId = value;
                            else
                                delete message.spaceId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.dimensions = value;
                            else
                                delete message.dimensions;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.description = $root.democritus.v1.QuantizedVector.decode(reader, reader.size(), $undefined, _depth + 1, message.description);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.exemplars && message.exemplars.length))
                                message.exemplars = [];
                            message.exemplars.push($root.democritus.v1.QuantizedVector.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.signatures && message.signatures.length))
                                message.signatures = [];
                            message.signatures.push(reader.stringVerify());
                            continue;
                        }
                    case 6: {
                            if (wireType === 2) {
                                if (!(message.termIds && message.termIds.length))
                                    message.termIds = [];
                                reader.uint32s(message.termIds);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.termIds && message.termIds.length))
                                message.termIds = [];
                            message.termIds.push(reader.uint32());
                            continue;
                        }
                    case 7: {
                            if (wireType === 2) {
                                if (!(message.termCounts && message.termCounts.length))
                                    message.termCounts = [];
                                reader.uint32s(message.termCounts);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.termCounts && message.termCounts.length))
                                message.termCounts = [];
                            message.termCounts.push(reader.uint32());
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.centroid = $root.democritus.v1.QuantizedVector.decode(reader, reader.size(), $undefined, _depth + 1, message.centroid);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for RoutingProfile
             * @function getTypeUrl
             * @memberof democritus.v1.RoutingProfile
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RoutingProfile.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/democritus.v1.RoutingProfile";
            };

            return RoutingProfile;
        })();

        v1.ProviderLookupRequest = (function() {

            /**
             * Properties of a ProviderLookupRequest.
             * @typedef {Object} democritus.v1.ProviderLookupRequest.$Properties
             * @property {Array.<Uint8Array>|null} [keys] ProviderLookupRequest keys
             * @property {number|null} [closerPerKey] ProviderLookupRequest closerPerKey
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ProviderLookupRequest.
             * @memberof democritus.v1
             * @interface IProviderLookupRequest
             * @augments democritus.v1.ProviderLookupRequest.$Properties
             * @deprecated Use democritus.v1.ProviderLookupRequest.$Properties instead.
             */

            /**
             * Shape of a ProviderLookupRequest.
             * @typedef {democritus.v1.ProviderLookupRequest.$Properties} democritus.v1.ProviderLookupRequest.$Shape
             */

            /**
             * Constructs a new ProviderLookupRequest.
             * @memberof democritus.v1
             * @classdesc Represents a ProviderLookupRequest.
             * @constructor
             * @param {democritus.v1.ProviderLookupRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ProviderLookupRequest = function (properties) {
                this.keys = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ProviderLookupRequest keys.
             * @member {Array.<Uint8Array>} keys
             * @memberof democritus.v1.ProviderLookupRequest
             * @instance
             */
            ProviderLookupRequest.prototype.keys = $util.emptyArray;

            /**
             * ProviderLookupRequest closerPerKey.
             * @member {number} closerPerKey
             * @memberof democritus.v1.ProviderLookupRequest
             * @instance
             */
            ProviderLookupRequest.prototype.closerPerKey = 0;

            /**
             * Creates a new ProviderLookupRequest instance using the specified properties.
             * @function create
             * @memberof democritus.v1.ProviderLookupRequest
             * @static
             * @param {democritus.v1.ProviderLookupRequest.$Properties=} [properties] Properties to set
             * @returns {democritus.v1.ProviderLookupRequest} ProviderLookupRequest instance
             * @type {{
             *   (properties: democritus.v1.ProviderLookupRequest.$Shape): democritus.v1.ProviderLookupRequest & democritus.v1.ProviderLookupRequest.$Shape;
             *   (properties?: democritus.v1.ProviderLookupRequest.$Properties): democritus.v1.ProviderLookupRequest;
             * }}
             */
            ProviderLookupRequest.create = function(properties) {
                return new ProviderLookupRequest(properties);
            };

            /**
             * Encodes the specified ProviderLookupRequest message. Does not implicitly {@link democritus.v1.ProviderLookupRequest.verify|verify} messages.
             * @function encode
             * @memberof democritus.v1.ProviderLookupRequest
             * @static
             * @param {democritus.v1.ProviderLookupRequest.$Properties} message ProviderLookupRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProviderLookupRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.keys != null && message.keys.length)
                    for (let i = 0; i < message.keys.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.keys[i]);
                if (message.closerPerKey != null && $Object.hasOwnProperty.call(message, "closerPerKey") && message.closerPerKey !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.closerPerKey);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ProviderLookupRequest message from the specified reader or buffer.
             * @function decode
             * @memberof democritus.v1.ProviderLookupRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {democritus.v1.ProviderLookupRequest & democritus.v1.ProviderLookupRequest.$Shape} ProviderLookupRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProviderLookupRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.democritus.v1.ProviderLookupRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.keys && message.keys.length))
                                message.keys = [];
                            message.keys.push(reader.bytes());
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.closerPerKey = value;
                            else
                                delete message.closerPerKey;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for ProviderLookupRequest
             * @function getTypeUrl
             * @memberof democritus.v1.ProviderLookupRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ProviderLookupRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/democritus.v1.ProviderLookupRequest";
            };

            return ProviderLookupRequest;
        })();

        v1.LookupPeer = (function() {

            /**
             * Properties of a LookupPeer.
             * @typedef {Object} democritus.v1.LookupPeer.$Properties
             * @property {Uint8Array|null} [id] LookupPeer id
             * @property {Array.<Uint8Array>|null} [multiaddrs] LookupPeer multiaddrs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LookupPeer.
             * @memberof democritus.v1
             * @interface ILookupPeer
             * @augments democritus.v1.LookupPeer.$Properties
             * @deprecated Use democritus.v1.LookupPeer.$Properties instead.
             */

            /**
             * Shape of a LookupPeer.
             * @typedef {democritus.v1.LookupPeer.$Properties} democritus.v1.LookupPeer.$Shape
             */

            /**
             * Constructs a new LookupPeer.
             * @memberof democritus.v1
             * @classdesc Represents a LookupPeer.
             * @constructor
             * @param {democritus.v1.LookupPeer.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LookupPeer = function (properties) {
                this.multiaddrs = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * LookupPeer id.
             * @member {Uint8Array} id
             * @memberof democritus.v1.LookupPeer
             * @instance
             */
            LookupPeer.prototype.id = $util.newBuffer([]);

            /**
             * LookupPeer multiaddrs.
             * @member {Array.<Uint8Array>} multiaddrs
             * @memberof democritus.v1.LookupPeer
             * @instance
             */
            LookupPeer.prototype.multiaddrs = $util.emptyArray;

            /**
             * Creates a new LookupPeer instance using the specified properties.
             * @function create
             * @memberof democritus.v1.LookupPeer
             * @static
             * @param {democritus.v1.LookupPeer.$Properties=} [properties] Properties to set
             * @returns {democritus.v1.LookupPeer} LookupPeer instance
             * @type {{
             *   (properties: democritus.v1.LookupPeer.$Shape): democritus.v1.LookupPeer & democritus.v1.LookupPeer.$Shape;
             *   (properties?: democritus.v1.LookupPeer.$Properties): democritus.v1.LookupPeer;
             * }}
             */
            LookupPeer.create = function(properties) {
                return new LookupPeer(properties);
            };

            /**
             * Encodes the specified LookupPeer message. Does not implicitly {@link democritus.v1.LookupPeer.verify|verify} messages.
             * @function encode
             * @memberof democritus.v1.LookupPeer
             * @static
             * @param {democritus.v1.LookupPeer.$Properties} message LookupPeer message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LookupPeer.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.id);
                if (message.multiaddrs != null && message.multiaddrs.length)
                    for (let i = 0; i < message.multiaddrs.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.multiaddrs[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a LookupPeer message from the specified reader or buffer.
             * @function decode
             * @memberof democritus.v1.LookupPeer
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {democritus.v1.LookupPeer & democritus.v1.LookupPeer.$Shape} LookupPeer
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LookupPeer.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.democritus.v1.LookupPeer();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.multiaddrs && message.multiaddrs.length))
                                message.multiaddrs = [];
                            message.multiaddrs.push(reader.bytes());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for LookupPeer
             * @function getTypeUrl
             * @memberof democritus.v1.LookupPeer
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            LookupPeer.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/democritus.v1.LookupPeer";
            };

            return LookupPeer;
        })();

        v1.KeyLookupResult = (function() {

            /**
             * Properties of a KeyLookupResult.
             * @typedef {Object} democritus.v1.KeyLookupResult.$Properties
             * @property {Array.<number>|null} [providers] KeyLookupResult providers
             * @property {Array.<number>|null} [closer] KeyLookupResult closer
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a KeyLookupResult.
             * @memberof democritus.v1
             * @interface IKeyLookupResult
             * @augments democritus.v1.KeyLookupResult.$Properties
             * @deprecated Use democritus.v1.KeyLookupResult.$Properties instead.
             */

            /**
             * Shape of a KeyLookupResult.
             * @typedef {democritus.v1.KeyLookupResult.$Properties} democritus.v1.KeyLookupResult.$Shape
             */

            /**
             * Constructs a new KeyLookupResult.
             * @memberof democritus.v1
             * @classdesc Represents a KeyLookupResult.
             * @constructor
             * @param {democritus.v1.KeyLookupResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const KeyLookupResult = function (properties) {
                this.providers = [];
                this.closer = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * KeyLookupResult providers.
             * @member {Array.<number>} providers
             * @memberof democritus.v1.KeyLookupResult
             * @instance
             */
            KeyLookupResult.prototype.providers = $util.emptyArray;

            /**
             * KeyLookupResult closer.
             * @member {Array.<number>} closer
             * @memberof democritus.v1.KeyLookupResult
             * @instance
             */
            KeyLookupResult.prototype.closer = $util.emptyArray;

            /**
             * Creates a new KeyLookupResult instance using the specified properties.
             * @function create
             * @memberof democritus.v1.KeyLookupResult
             * @static
             * @param {democritus.v1.KeyLookupResult.$Properties=} [properties] Properties to set
             * @returns {democritus.v1.KeyLookupResult} KeyLookupResult instance
             * @type {{
             *   (properties: democritus.v1.KeyLookupResult.$Shape): democritus.v1.KeyLookupResult & democritus.v1.KeyLookupResult.$Shape;
             *   (properties?: democritus.v1.KeyLookupResult.$Properties): democritus.v1.KeyLookupResult;
             * }}
             */
            KeyLookupResult.create = function(properties) {
                return new KeyLookupResult(properties);
            };

            /**
             * Encodes the specified KeyLookupResult message. Does not implicitly {@link democritus.v1.KeyLookupResult.verify|verify} messages.
             * @function encode
             * @memberof democritus.v1.KeyLookupResult
             * @static
             * @param {democritus.v1.KeyLookupResult.$Properties} message KeyLookupResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            KeyLookupResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.providers != null && message.providers.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).uint32s(message.providers);
                if (message.closer != null && message.closer.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).uint32s(message.closer);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a KeyLookupResult message from the specified reader or buffer.
             * @function decode
             * @memberof democritus.v1.KeyLookupResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {democritus.v1.KeyLookupResult & democritus.v1.KeyLookupResult.$Shape} KeyLookupResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            KeyLookupResult.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.democritus.v1.KeyLookupResult();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType === 2) {
                                if (!(message.providers && message.providers.length))
                                    message.providers = [];
                                reader.uint32s(message.providers);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.providers && message.providers.length))
                                message.providers = [];
                            message.providers.push(reader.uint32());
                            continue;
                        }
                    case 2: {
                            if (wireType === 2) {
                                if (!(message.closer && message.closer.length))
                                    message.closer = [];
                                reader.uint32s(message.closer);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.closer && message.closer.length))
                                message.closer = [];
                            message.closer.push(reader.uint32());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for KeyLookupResult
             * @function getTypeUrl
             * @memberof democritus.v1.KeyLookupResult
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            KeyLookupResult.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/democritus.v1.KeyLookupResult";
            };

            return KeyLookupResult;
        })();

        v1.ProviderLookupResponse = (function() {

            /**
             * Properties of a ProviderLookupResponse.
             * @typedef {Object} democritus.v1.ProviderLookupResponse.$Properties
             * @property {Array.<democritus.v1.LookupPeer.$Properties>|null} [peers] ProviderLookupResponse peers
             * @property {Array.<democritus.v1.KeyLookupResult.$Properties>|null} [results] ProviderLookupResponse results
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ProviderLookupResponse.
             * @memberof democritus.v1
             * @interface IProviderLookupResponse
             * @augments democritus.v1.ProviderLookupResponse.$Properties
             * @deprecated Use democritus.v1.ProviderLookupResponse.$Properties instead.
             */

            /**
             * Shape of a ProviderLookupResponse.
             * @typedef {democritus.v1.ProviderLookupResponse.$Properties} democritus.v1.ProviderLookupResponse.$Shape
             */

            /**
             * Constructs a new ProviderLookupResponse.
             * @memberof democritus.v1
             * @classdesc Represents a ProviderLookupResponse.
             * @constructor
             * @param {democritus.v1.ProviderLookupResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ProviderLookupResponse = function (properties) {
                this.peers = [];
                this.results = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ProviderLookupResponse peers.
             * @member {Array.<democritus.v1.LookupPeer.$Properties>} peers
             * @memberof democritus.v1.ProviderLookupResponse
             * @instance
             */
            ProviderLookupResponse.prototype.peers = $util.emptyArray;

            /**
             * ProviderLookupResponse results.
             * @member {Array.<democritus.v1.KeyLookupResult.$Properties>} results
             * @memberof democritus.v1.ProviderLookupResponse
             * @instance
             */
            ProviderLookupResponse.prototype.results = $util.emptyArray;

            /**
             * Creates a new ProviderLookupResponse instance using the specified properties.
             * @function create
             * @memberof democritus.v1.ProviderLookupResponse
             * @static
             * @param {democritus.v1.ProviderLookupResponse.$Properties=} [properties] Properties to set
             * @returns {democritus.v1.ProviderLookupResponse} ProviderLookupResponse instance
             * @type {{
             *   (properties: democritus.v1.ProviderLookupResponse.$Shape): democritus.v1.ProviderLookupResponse & democritus.v1.ProviderLookupResponse.$Shape;
             *   (properties?: democritus.v1.ProviderLookupResponse.$Properties): democritus.v1.ProviderLookupResponse;
             * }}
             */
            ProviderLookupResponse.create = function(properties) {
                return new ProviderLookupResponse(properties);
            };

            /**
             * Encodes the specified ProviderLookupResponse message. Does not implicitly {@link democritus.v1.ProviderLookupResponse.verify|verify} messages.
             * @function encode
             * @memberof democritus.v1.ProviderLookupResponse
             * @static
             * @param {democritus.v1.ProviderLookupResponse.$Properties} message ProviderLookupResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProviderLookupResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.peers != null && message.peers.length)
                    for (let i = 0; i < message.peers.length; ++i)
                        $root.democritus.v1.LookupPeer.encode(message.peers[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.results != null && message.results.length)
                    for (let i = 0; i < message.results.length; ++i)
                        $root.democritus.v1.KeyLookupResult.encode(message.results[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ProviderLookupResponse message from the specified reader or buffer.
             * @function decode
             * @memberof democritus.v1.ProviderLookupResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {democritus.v1.ProviderLookupResponse & democritus.v1.ProviderLookupResponse.$Shape} ProviderLookupResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProviderLookupResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.democritus.v1.ProviderLookupResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.peers && message.peers.length))
                                message.peers = [];
                            message.peers.push($root.democritus.v1.LookupPeer.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.results && message.results.length))
                                message.results = [];
                            message.results.push($root.democritus.v1.KeyLookupResult.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for ProviderLookupResponse
             * @function getTypeUrl
             * @memberof democritus.v1.ProviderLookupResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ProviderLookupResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/democritus.v1.ProviderLookupResponse";
            };

            return ProviderLookupResponse;
        })();

        v1.ProvideRequest = (function() {

            /**
             * Properties of a ProvideRequest.
             * @typedef {Object} democritus.v1.ProvideRequest.$Properties
             * @property {Array.<Uint8Array>|null} [keys] ProvideRequest keys
             * @property {Array.<Uint8Array>|null} [multiaddrs] ProvideRequest multiaddrs
             * @property {Uint8Array|null} [advert] ProvideRequest advert
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ProvideRequest.
             * @memberof democritus.v1
             * @interface IProvideRequest
             * @augments democritus.v1.ProvideRequest.$Properties
             * @deprecated Use democritus.v1.ProvideRequest.$Properties instead.
             */

            /**
             * Shape of a ProvideRequest.
             * @typedef {democritus.v1.ProvideRequest.$Properties} democritus.v1.ProvideRequest.$Shape
             */

            /**
             * Constructs a new ProvideRequest.
             * @memberof democritus.v1
             * @classdesc Represents a ProvideRequest.
             * @constructor
             * @param {democritus.v1.ProvideRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ProvideRequest = function (properties) {
                this.keys = [];
                this.multiaddrs = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ProvideRequest keys.
             * @member {Array.<Uint8Array>} keys
             * @memberof democritus.v1.ProvideRequest
             * @instance
             */
            ProvideRequest.prototype.keys = $util.emptyArray;

            /**
             * ProvideRequest multiaddrs.
             * @member {Array.<Uint8Array>} multiaddrs
             * @memberof democritus.v1.ProvideRequest
             * @instance
             */
            ProvideRequest.prototype.multiaddrs = $util.emptyArray;

            /**
             * ProvideRequest advert.
             * @member {Uint8Array} advert
             * @memberof democritus.v1.ProvideRequest
             * @instance
             */
            ProvideRequest.prototype.advert = $util.newBuffer([]);

            /**
             * Creates a new ProvideRequest instance using the specified properties.
             * @function create
             * @memberof democritus.v1.ProvideRequest
             * @static
             * @param {democritus.v1.ProvideRequest.$Properties=} [properties] Properties to set
             * @returns {democritus.v1.ProvideRequest} ProvideRequest instance
             * @type {{
             *   (properties: democritus.v1.ProvideRequest.$Shape): democritus.v1.ProvideRequest & democritus.v1.ProvideRequest.$Shape;
             *   (properties?: democritus.v1.ProvideRequest.$Properties): democritus.v1.ProvideRequest;
             * }}
             */
            ProvideRequest.create = function(properties) {
                return new ProvideRequest(properties);
            };

            /**
             * Encodes the specified ProvideRequest message. Does not implicitly {@link democritus.v1.ProvideRequest.verify|verify} messages.
             * @function encode
             * @memberof democritus.v1.ProvideRequest
             * @static
             * @param {democritus.v1.ProvideRequest.$Properties} message ProvideRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProvideRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.keys != null && message.keys.length)
                    for (let i = 0; i < message.keys.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.keys[i]);
                if (message.multiaddrs != null && message.multiaddrs.length)
                    for (let i = 0; i < message.multiaddrs.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.multiaddrs[i]);
                if (message.advert != null && $Object.hasOwnProperty.call(message, "advert") && message.advert.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.advert);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ProvideRequest message from the specified reader or buffer.
             * @function decode
             * @memberof democritus.v1.ProvideRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {democritus.v1.ProvideRequest & democritus.v1.ProvideRequest.$Shape} ProvideRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProvideRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.democritus.v1.ProvideRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.keys && message.keys.length))
                                message.keys = [];
                            message.keys.push(reader.bytes());
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.multiaddrs && message.multiaddrs.length))
                                message.multiaddrs = [];
                            message.multiaddrs.push(reader.bytes());
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.advert = value;
                            else
                                delete message.advert;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for ProvideRequest
             * @function getTypeUrl
             * @memberof democritus.v1.ProvideRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ProvideRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/democritus.v1.ProvideRequest";
            };

            return ProvideRequest;
        })();

        v1.ProvideResponse = (function() {

            /**
             * Properties of a ProvideResponse.
             * @typedef {Object} democritus.v1.ProvideResponse.$Properties
             * @property {number|null} [stored] ProvideResponse stored
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ProvideResponse.
             * @memberof democritus.v1
             * @interface IProvideResponse
             * @augments democritus.v1.ProvideResponse.$Properties
             * @deprecated Use democritus.v1.ProvideResponse.$Properties instead.
             */

            /**
             * Shape of a ProvideResponse.
             * @typedef {democritus.v1.ProvideResponse.$Properties} democritus.v1.ProvideResponse.$Shape
             */

            /**
             * Constructs a new ProvideResponse.
             * @memberof democritus.v1
             * @classdesc Represents a ProvideResponse.
             * @constructor
             * @param {democritus.v1.ProvideResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ProvideResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ProvideResponse stored.
             * @member {number} stored
             * @memberof democritus.v1.ProvideResponse
             * @instance
             */
            ProvideResponse.prototype.stored = 0;

            /**
             * Creates a new ProvideResponse instance using the specified properties.
             * @function create
             * @memberof democritus.v1.ProvideResponse
             * @static
             * @param {democritus.v1.ProvideResponse.$Properties=} [properties] Properties to set
             * @returns {democritus.v1.ProvideResponse} ProvideResponse instance
             * @type {{
             *   (properties: democritus.v1.ProvideResponse.$Shape): democritus.v1.ProvideResponse & democritus.v1.ProvideResponse.$Shape;
             *   (properties?: democritus.v1.ProvideResponse.$Properties): democritus.v1.ProvideResponse;
             * }}
             */
            ProvideResponse.create = function(properties) {
                return new ProvideResponse(properties);
            };

            /**
             * Encodes the specified ProvideResponse message. Does not implicitly {@link democritus.v1.ProvideResponse.verify|verify} messages.
             * @function encode
             * @memberof democritus.v1.ProvideResponse
             * @static
             * @param {democritus.v1.ProvideResponse.$Properties} message ProvideResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProvideResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.stored != null && $Object.hasOwnProperty.call(message, "stored") && message.stored !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.stored);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ProvideResponse message from the specified reader or buffer.
             * @function decode
             * @memberof democritus.v1.ProvideResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {democritus.v1.ProvideResponse & democritus.v1.ProvideResponse.$Shape} ProvideResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProvideResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.democritus.v1.ProvideResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.stored = value;
                            else
                                delete message.stored;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for ProvideResponse
             * @function getTypeUrl
             * @memberof democritus.v1.ProvideResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ProvideResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/democritus.v1.ProvideResponse";
            };

            return ProvideResponse;
        })();

        v1.AdvertBatchRequest = (function() {

            /**
             * Properties of an AdvertBatchRequest.
             * @typedef {Object} democritus.v1.AdvertBatchRequest.$Properties
             * @property {Array.<Uint8Array>|null} [peers] AdvertBatchRequest peers
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AdvertBatchRequest.
             * @memberof democritus.v1
             * @interface IAdvertBatchRequest
             * @augments democritus.v1.AdvertBatchRequest.$Properties
             * @deprecated Use democritus.v1.AdvertBatchRequest.$Properties instead.
             */

            /**
             * Shape of an AdvertBatchRequest.
             * @typedef {democritus.v1.AdvertBatchRequest.$Properties} democritus.v1.AdvertBatchRequest.$Shape
             */

            /**
             * Constructs a new AdvertBatchRequest.
             * @memberof democritus.v1
             * @classdesc Represents an AdvertBatchRequest.
             * @constructor
             * @param {democritus.v1.AdvertBatchRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AdvertBatchRequest = function (properties) {
                this.peers = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AdvertBatchRequest peers.
             * @member {Array.<Uint8Array>} peers
             * @memberof democritus.v1.AdvertBatchRequest
             * @instance
             */
            AdvertBatchRequest.prototype.peers = $util.emptyArray;

            /**
             * Creates a new AdvertBatchRequest instance using the specified properties.
             * @function create
             * @memberof democritus.v1.AdvertBatchRequest
             * @static
             * @param {democritus.v1.AdvertBatchRequest.$Properties=} [properties] Properties to set
             * @returns {democritus.v1.AdvertBatchRequest} AdvertBatchRequest instance
             * @type {{
             *   (properties: democritus.v1.AdvertBatchRequest.$Shape): democritus.v1.AdvertBatchRequest & democritus.v1.AdvertBatchRequest.$Shape;
             *   (properties?: democritus.v1.AdvertBatchRequest.$Properties): democritus.v1.AdvertBatchRequest;
             * }}
             */
            AdvertBatchRequest.create = function(properties) {
                return new AdvertBatchRequest(properties);
            };

            /**
             * Encodes the specified AdvertBatchRequest message. Does not implicitly {@link democritus.v1.AdvertBatchRequest.verify|verify} messages.
             * @function encode
             * @memberof democritus.v1.AdvertBatchRequest
             * @static
             * @param {democritus.v1.AdvertBatchRequest.$Properties} message AdvertBatchRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AdvertBatchRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.peers != null && message.peers.length)
                    for (let i = 0; i < message.peers.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.peers[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AdvertBatchRequest message from the specified reader or buffer.
             * @function decode
             * @memberof democritus.v1.AdvertBatchRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {democritus.v1.AdvertBatchRequest & democritus.v1.AdvertBatchRequest.$Shape} AdvertBatchRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AdvertBatchRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.democritus.v1.AdvertBatchRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.peers && message.peers.length))
                                message.peers = [];
                            message.peers.push(reader.bytes());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for AdvertBatchRequest
             * @function getTypeUrl
             * @memberof democritus.v1.AdvertBatchRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AdvertBatchRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/democritus.v1.AdvertBatchRequest";
            };

            return AdvertBatchRequest;
        })();

        v1.AdvertBatchResponse = (function() {

            /**
             * Properties of an AdvertBatchResponse.
             * @typedef {Object} democritus.v1.AdvertBatchResponse.$Properties
             * @property {Array.<Uint8Array>|null} [adverts] AdvertBatchResponse adverts
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AdvertBatchResponse.
             * @memberof democritus.v1
             * @interface IAdvertBatchResponse
             * @augments democritus.v1.AdvertBatchResponse.$Properties
             * @deprecated Use democritus.v1.AdvertBatchResponse.$Properties instead.
             */

            /**
             * Shape of an AdvertBatchResponse.
             * @typedef {democritus.v1.AdvertBatchResponse.$Properties} democritus.v1.AdvertBatchResponse.$Shape
             */

            /**
             * Constructs a new AdvertBatchResponse.
             * @memberof democritus.v1
             * @classdesc Represents an AdvertBatchResponse.
             * @constructor
             * @param {democritus.v1.AdvertBatchResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AdvertBatchResponse = function (properties) {
                this.adverts = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AdvertBatchResponse adverts.
             * @member {Array.<Uint8Array>} adverts
             * @memberof democritus.v1.AdvertBatchResponse
             * @instance
             */
            AdvertBatchResponse.prototype.adverts = $util.emptyArray;

            /**
             * Creates a new AdvertBatchResponse instance using the specified properties.
             * @function create
             * @memberof democritus.v1.AdvertBatchResponse
             * @static
             * @param {democritus.v1.AdvertBatchResponse.$Properties=} [properties] Properties to set
             * @returns {democritus.v1.AdvertBatchResponse} AdvertBatchResponse instance
             * @type {{
             *   (properties: democritus.v1.AdvertBatchResponse.$Shape): democritus.v1.AdvertBatchResponse & democritus.v1.AdvertBatchResponse.$Shape;
             *   (properties?: democritus.v1.AdvertBatchResponse.$Properties): democritus.v1.AdvertBatchResponse;
             * }}
             */
            AdvertBatchResponse.create = function(properties) {
                return new AdvertBatchResponse(properties);
            };

            /**
             * Encodes the specified AdvertBatchResponse message. Does not implicitly {@link democritus.v1.AdvertBatchResponse.verify|verify} messages.
             * @function encode
             * @memberof democritus.v1.AdvertBatchResponse
             * @static
             * @param {democritus.v1.AdvertBatchResponse.$Properties} message AdvertBatchResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AdvertBatchResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.adverts != null && message.adverts.length)
                    for (let i = 0; i < message.adverts.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.adverts[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AdvertBatchResponse message from the specified reader or buffer.
             * @function decode
             * @memberof democritus.v1.AdvertBatchResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {democritus.v1.AdvertBatchResponse & democritus.v1.AdvertBatchResponse.$Shape} AdvertBatchResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AdvertBatchResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.democritus.v1.AdvertBatchResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.adverts && message.adverts.length))
                                message.adverts = [];
                            message.adverts.push(reader.bytes());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for AdvertBatchResponse
             * @function getTypeUrl
             * @memberof democritus.v1.AdvertBatchResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AdvertBatchResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/democritus.v1.AdvertBatchResponse";
            };

            return AdvertBatchResponse;
        })();

        v1.ChatMessage = (function() {

            /**
             * Properties of a ChatMessage.
             * @typedef {Object} democritus.v1.ChatMessage.$Properties
             * @property {string|null} [role] ChatMessage role
             * @property {string|null} [content] ChatMessage content
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ChatMessage.
             * @memberof democritus.v1
             * @interface IChatMessage
             * @augments democritus.v1.ChatMessage.$Properties
             * @deprecated Use democritus.v1.ChatMessage.$Properties instead.
             */

            /**
             * Shape of a ChatMessage.
             * @typedef {democritus.v1.ChatMessage.$Properties} democritus.v1.ChatMessage.$Shape
             */

            /**
             * Constructs a new ChatMessage.
             * @memberof democritus.v1
             * @classdesc Represents a ChatMessage.
             * @constructor
             * @param {democritus.v1.ChatMessage.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ChatMessage = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ChatMessage role.
             * @member {string} role
             * @memberof democritus.v1.ChatMessage
             * @instance
             */
            ChatMessage.prototype.role = "";

            /**
             * ChatMessage content.
             * @member {string} content
             * @memberof democritus.v1.ChatMessage
             * @instance
             */
            ChatMessage.prototype.content = "";

            /**
             * Creates a new ChatMessage instance using the specified properties.
             * @function create
             * @memberof democritus.v1.ChatMessage
             * @static
             * @param {democritus.v1.ChatMessage.$Properties=} [properties] Properties to set
             * @returns {democritus.v1.ChatMessage} ChatMessage instance
             * @type {{
             *   (properties: democritus.v1.ChatMessage.$Shape): democritus.v1.ChatMessage & democritus.v1.ChatMessage.$Shape;
             *   (properties?: democritus.v1.ChatMessage.$Properties): democritus.v1.ChatMessage;
             * }}
             */
            ChatMessage.create = function(properties) {
                return new ChatMessage(properties);
            };

            /**
             * Encodes the specified ChatMessage message. Does not implicitly {@link democritus.v1.ChatMessage.verify|verify} messages.
             * @function encode
             * @memberof democritus.v1.ChatMessage
             * @static
             * @param {democritus.v1.ChatMessage.$Properties} message ChatMessage message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ChatMessage.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.role != null && $Object.hasOwnProperty.call(message, "role") && message.role !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.role);
                if (message.content != null && $Object.hasOwnProperty.call(message, "content") && message.content !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.content);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ChatMessage message from the specified reader or buffer.
             * @function decode
             * @memberof democritus.v1.ChatMessage
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {democritus.v1.ChatMessage & democritus.v1.ChatMessage.$Shape} ChatMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ChatMessage.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.democritus.v1.ChatMessage();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.role = value;
                            else
                                delete message.role;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.content = value;
                            else
                                delete message.content;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for ChatMessage
             * @function getTypeUrl
             * @memberof democritus.v1.ChatMessage
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ChatMessage.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/democritus.v1.ChatMessage";
            };

            return ChatMessage;
        })();

        v1.SamplingParameters = (function() {

            /**
             * Properties of a SamplingParameters.
             * @typedef {Object} democritus.v1.SamplingParameters.$Properties
             * @property {number|null} [temperature] SamplingParameters temperature
             * @property {number|null} [topP] SamplingParameters topP
             * @property {number|null} [topK] SamplingParameters topK
             * @property {number|null} [seed] SamplingParameters seed
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SamplingParameters.
             * @memberof democritus.v1
             * @interface ISamplingParameters
             * @augments democritus.v1.SamplingParameters.$Properties
             * @deprecated Use democritus.v1.SamplingParameters.$Properties instead.
             */

            /**
             * Shape of a SamplingParameters.
             * @typedef {democritus.v1.SamplingParameters.$Properties} democritus.v1.SamplingParameters.$Shape
             */

            /**
             * Constructs a new SamplingParameters.
             * @memberof democritus.v1
             * @classdesc Represents a SamplingParameters.
             * @constructor
             * @param {democritus.v1.SamplingParameters.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SamplingParameters = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SamplingParameters temperature.
             * @member {number} temperature
             * @memberof democritus.v1.SamplingParameters
             * @instance
             */
            SamplingParameters.prototype.temperature = 0;

            /**
             * SamplingParameters topP.
             * @member {number} topP
             * @memberof democritus.v1.SamplingParameters
             * @instance
             */
            SamplingParameters.prototype.topP = 0;

            /**
             * SamplingParameters topK.
             * @member {number} topK
             * @memberof democritus.v1.SamplingParameters
             * @instance
             */
            SamplingParameters.prototype.topK = 0;

            /**
             * SamplingParameters seed.
             * @member {number} seed
             * @memberof democritus.v1.SamplingParameters
             * @instance
             */
            SamplingParameters.prototype.seed = 0;

            /**
             * Creates a new SamplingParameters instance using the specified properties.
             * @function create
             * @memberof democritus.v1.SamplingParameters
             * @static
             * @param {democritus.v1.SamplingParameters.$Properties=} [properties] Properties to set
             * @returns {democritus.v1.SamplingParameters} SamplingParameters instance
             * @type {{
             *   (properties: democritus.v1.SamplingParameters.$Shape): democritus.v1.SamplingParameters & democritus.v1.SamplingParameters.$Shape;
             *   (properties?: democritus.v1.SamplingParameters.$Properties): democritus.v1.SamplingParameters;
             * }}
             */
            SamplingParameters.create = function(properties) {
                return new SamplingParameters(properties);
            };

            /**
             * Encodes the specified SamplingParameters message. Does not implicitly {@link democritus.v1.SamplingParameters.verify|verify} messages.
             * @function encode
             * @memberof democritus.v1.SamplingParameters
             * @static
             * @param {democritus.v1.SamplingParameters.$Properties} message SamplingParameters message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SamplingParameters.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.temperature != null && $Object.hasOwnProperty.call(message, "temperature") && !$Object.is(message.temperature, 0))
                    writer.uint32(/* id 1, wireType 1 =*/9).double(message.temperature);
                if (message.topP != null && $Object.hasOwnProperty.call(message, "topP") && !$Object.is(message.topP, 0))
                    writer.uint32(/* id 2, wireType 1 =*/17).double(message.topP);
                if (message.topK != null && $Object.hasOwnProperty.call(message, "topK") && message.topK !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.topK);
                if (message.seed != null && $Object.hasOwnProperty.call(message, "seed") && message.seed !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.seed);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SamplingParameters message from the specified reader or buffer.
             * @function decode
             * @memberof democritus.v1.SamplingParameters
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {democritus.v1.SamplingParameters & democritus.v1.SamplingParameters.$Shape} SamplingParameters
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SamplingParameters.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.democritus.v1.SamplingParameters();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.temperature = value;
                            else
                                delete message.temperature;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.topP = value;
                            else
                                delete message.topP;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.topK = value;
                            else
                                delete message.topK;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.seed = value;
                            else
                                delete message.seed;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for SamplingParameters
             * @function getTypeUrl
             * @memberof democritus.v1.SamplingParameters
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SamplingParameters.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/democritus.v1.SamplingParameters";
            };

            return SamplingParameters;
        })();

        v1.InferenceRequest = (function() {

            /**
             * Properties of an InferenceRequest.
             * @typedef {Object} democritus.v1.InferenceRequest.$Properties
             * @property {string|null} [requestId] InferenceRequest requestId
             * @property {Array.<democritus.v1.ChatMessage.$Properties>|null} [messages] InferenceRequest messages
             * @property {democritus.v1.SamplingParameters.$Properties|null} [sampling] InferenceRequest sampling
             * @property {number|null} [maxTokens] InferenceRequest maxTokens
             * @property {Array.<string>|null} [stop] InferenceRequest stop
             * @property {number|null} [deadlineUnixMs] InferenceRequest deadlineUnixMs
             * @property {number|null} [topLogprobs] InferenceRequest topLogprobs
             * @property {string|null} [modelSha256] InferenceRequest modelSha256
             * @property {democritus.v1.Continuation.$Properties|null} [continuation] InferenceRequest continuation
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an InferenceRequest.
             * @memberof democritus.v1
             * @interface IInferenceRequest
             * @augments democritus.v1.InferenceRequest.$Properties
             * @deprecated Use democritus.v1.InferenceRequest.$Properties instead.
             */

            /**
             * Shape of an InferenceRequest.
             * @typedef {democritus.v1.InferenceRequest.$Properties} democritus.v1.InferenceRequest.$Shape
             */

            /**
             * Constructs a new InferenceRequest.
             * @memberof democritus.v1
             * @classdesc Represents an InferenceRequest.
             * @constructor
             * @param {democritus.v1.InferenceRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const InferenceRequest = function (properties) {
                this.messages = [];
                this.stop = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * InferenceRequest requestId.
             * @member {string} requestId
             * @memberof democritus.v1.InferenceRequest
             * @instance
             */
            InferenceRequest.prototype.requestId = "";

            /**
             * InferenceRequest messages.
             * @member {Array.<democritus.v1.ChatMessage.$Properties>} messages
             * @memberof democritus.v1.InferenceRequest
             * @instance
             */
            InferenceRequest.prototype.messages = $util.emptyArray;

            /**
             * InferenceRequest sampling.
             * @member {democritus.v1.SamplingParameters.$Properties|null|undefined} sampling
             * @memberof democritus.v1.InferenceRequest
             * @instance
             */
            InferenceRequest.prototype.sampling = null;

            /**
             * InferenceRequest maxTokens.
             * @member {number} maxTokens
             * @memberof democritus.v1.InferenceRequest
             * @instance
             */
            InferenceRequest.prototype.maxTokens = 0;

            /**
             * InferenceRequest stop.
             * @member {Array.<string>} stop
             * @memberof democritus.v1.InferenceRequest
             * @instance
             */
            InferenceRequest.prototype.stop = $util.emptyArray;

            /**
             * InferenceRequest deadlineUnixMs.
             * @member {number} deadlineUnixMs
             * @memberof democritus.v1.InferenceRequest
             * @instance
             */
            InferenceRequest.prototype.deadlineUnixMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * InferenceRequest topLogprobs.
             * @member {number} topLogprobs
             * @memberof democritus.v1.InferenceRequest
             * @instance
             */
            InferenceRequest.prototype.topLogprobs = 0;

            /**
             * InferenceRequest modelSha256.
             * @member {string} modelSha256
             * @memberof democritus.v1.InferenceRequest
             * @instance
             */
            InferenceRequest.prototype.modelSha256 = "";

            /**
             * InferenceRequest continuation.
             * @member {democritus.v1.Continuation.$Properties|null|undefined} continuation
             * @memberof democritus.v1.InferenceRequest
             * @instance
             */
            InferenceRequest.prototype.continuation = null;

            /**
             * Creates a new InferenceRequest instance using the specified properties.
             * @function create
             * @memberof democritus.v1.InferenceRequest
             * @static
             * @param {democritus.v1.InferenceRequest.$Properties=} [properties] Properties to set
             * @returns {democritus.v1.InferenceRequest} InferenceRequest instance
             * @type {{
             *   (properties: democritus.v1.InferenceRequest.$Shape): democritus.v1.InferenceRequest & democritus.v1.InferenceRequest.$Shape;
             *   (properties?: democritus.v1.InferenceRequest.$Properties): democritus.v1.InferenceRequest;
             * }}
             */
            InferenceRequest.create = function(properties) {
                return new InferenceRequest(properties);
            };

            /**
             * Encodes the specified InferenceRequest message. Does not implicitly {@link democritus.v1.InferenceRequest.verify|verify} messages.
             * @function encode
             * @memberof democritus.v1.InferenceRequest
             * @static
             * @param {democritus.v1.InferenceRequest.$Properties} message InferenceRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            InferenceRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId") && message.requestId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.requestId);
                if (message.messages != null && message.messages.length)
                    for (let i = 0; i < message.messages.length; ++i)
                        $root.democritus.v1.ChatMessage.encode(message.messages[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.sampling != null && $Object.hasOwnProperty.call(message, "sampling"))
                    $root.democritus.v1.SamplingParameters.encode(message.sampling, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.maxTokens != null && $Object.hasOwnProperty.call(message, "maxTokens") && message.maxTokens !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.maxTokens);
                if (message.stop != null && message.stop.length)
                    for (let i = 0; i < message.stop.length; ++i)
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.stop[i]);
                if (message.deadlineUnixMs != null && $Object.hasOwnProperty.call(message, "deadlineUnixMs") && (typeof message.deadlineUnixMs === "object" ? message.deadlineUnixMs.low || message.deadlineUnixMs.high : message.deadlineUnixMs !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.deadlineUnixMs);
                if (message.topLogprobs != null && $Object.hasOwnProperty.call(message, "topLogprobs") && message.topLogprobs !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.topLogprobs);
                if (message.modelSha256 != null && $Object.hasOwnProperty.call(message, "modelSha256") && message.modelSha256 !== "")
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.modelSha256);
                if (message.continuation != null && $Object.hasOwnProperty.call(message, "continuation"))
                    $root.democritus.v1.Continuation.encode(message.continuation, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an InferenceRequest message from the specified reader or buffer.
             * @function decode
             * @memberof democritus.v1.InferenceRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {democritus.v1.InferenceRequest & democritus.v1.InferenceRequest.$Shape} InferenceRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            InferenceRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.democritus.v1.InferenceRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.requestId = value;
                            else
                                delete message.requestId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.messages && message.messages.length))
                                message.messages = [];
                            message.messages.push($root.democritus.v1.ChatMessage.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.sampling = $root.democritus.v1.SamplingParameters.decode(reader, reader.size(), $undefined, _depth + 1, message.sampling);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.maxTokens = value;
                            else
                                delete message.maxTokens;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.stop && message.stop.length))
                                message.stop = [];
                            message.stop.push(reader.stringVerify());
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.deadlineUnixMs = value;
                            else
                                delete message.deadlineUnixMs;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.topLogprobs = value;
                            else
                                delete message.topLogprobs;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.modelSha256 = value;
                            else
                                delete message.modelSha256;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message.continuation = $root.democritus.v1.Continuation.decode(reader, reader.size(), $undefined, _depth + 1, message.continuation);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for InferenceRequest
             * @function getTypeUrl
             * @memberof democritus.v1.InferenceRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            InferenceRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/democritus.v1.InferenceRequest";
            };

            return InferenceRequest;
        })();

        v1.Continuation = (function() {

            /**
             * Properties of a Continuation.
             * @typedef {Object} democritus.v1.Continuation.$Properties
             * @property {Array.<number>|null} [tokenIds] Continuation tokenIds
             * @property {string|null} [text] Continuation text
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Continuation.
             * @memberof democritus.v1
             * @interface IContinuation
             * @augments democritus.v1.Continuation.$Properties
             * @deprecated Use democritus.v1.Continuation.$Properties instead.
             */

            /**
             * Shape of a Continuation.
             * @typedef {democritus.v1.Continuation.$Properties} democritus.v1.Continuation.$Shape
             */

            /**
             * Constructs a new Continuation.
             * @memberof democritus.v1
             * @classdesc Represents a Continuation.
             * @constructor
             * @param {democritus.v1.Continuation.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Continuation = function (properties) {
                this.tokenIds = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Continuation tokenIds.
             * @member {Array.<number>} tokenIds
             * @memberof democritus.v1.Continuation
             * @instance
             */
            Continuation.prototype.tokenIds = $util.emptyArray;

            /**
             * Continuation text.
             * @member {string} text
             * @memberof democritus.v1.Continuation
             * @instance
             */
            Continuation.prototype.text = "";

            /**
             * Creates a new Continuation instance using the specified properties.
             * @function create
             * @memberof democritus.v1.Continuation
             * @static
             * @param {democritus.v1.Continuation.$Properties=} [properties] Properties to set
             * @returns {democritus.v1.Continuation} Continuation instance
             * @type {{
             *   (properties: democritus.v1.Continuation.$Shape): democritus.v1.Continuation & democritus.v1.Continuation.$Shape;
             *   (properties?: democritus.v1.Continuation.$Properties): democritus.v1.Continuation;
             * }}
             */
            Continuation.create = function(properties) {
                return new Continuation(properties);
            };

            /**
             * Encodes the specified Continuation message. Does not implicitly {@link democritus.v1.Continuation.verify|verify} messages.
             * @function encode
             * @memberof democritus.v1.Continuation
             * @static
             * @param {democritus.v1.Continuation.$Properties} message Continuation message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Continuation.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.tokenIds != null && message.tokenIds.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).uint32s(message.tokenIds);
                if (message.text != null && $Object.hasOwnProperty.call(message, "text") && message.text !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.text);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Continuation message from the specified reader or buffer.
             * @function decode
             * @memberof democritus.v1.Continuation
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {democritus.v1.Continuation & democritus.v1.Continuation.$Shape} Continuation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Continuation.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.democritus.v1.Continuation();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType === 2) {
                                if (!(message.tokenIds && message.tokenIds.length))
                                    message.tokenIds = [];
                                reader.uint32s(message.tokenIds);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.tokenIds && message.tokenIds.length))
                                message.tokenIds = [];
                            message.tokenIds.push(reader.uint32());
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.text = value;
                            else
                                delete message.text;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for Continuation
             * @function getTypeUrl
             * @memberof democritus.v1.Continuation
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Continuation.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/democritus.v1.Continuation";
            };

            return Continuation;
        })();

        v1.TokenAlternative = (function() {

            /**
             * Properties of a TokenAlternative.
             * @typedef {Object} democritus.v1.TokenAlternative.$Properties
             * @property {number|null} [tokenId] TokenAlternative tokenId
             * @property {string|null} [text] TokenAlternative text
             * @property {number|null} [logprob] TokenAlternative logprob
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TokenAlternative.
             * @memberof democritus.v1
             * @interface ITokenAlternative
             * @augments democritus.v1.TokenAlternative.$Properties
             * @deprecated Use democritus.v1.TokenAlternative.$Properties instead.
             */

            /**
             * Shape of a TokenAlternative.
             * @typedef {democritus.v1.TokenAlternative.$Properties} democritus.v1.TokenAlternative.$Shape
             */

            /**
             * Constructs a new TokenAlternative.
             * @memberof democritus.v1
             * @classdesc Represents a TokenAlternative.
             * @constructor
             * @param {democritus.v1.TokenAlternative.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TokenAlternative = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TokenAlternative tokenId.
             * @member {number} tokenId
             * @memberof democritus.v1.TokenAlternative
             * @instance
             */
            TokenAlternative.prototype.tokenId = 0;

            /**
             * TokenAlternative text.
             * @member {string} text
             * @memberof democritus.v1.TokenAlternative
             * @instance
             */
            TokenAlternative.prototype.text = "";

            /**
             * TokenAlternative logprob.
             * @member {number} logprob
             * @memberof democritus.v1.TokenAlternative
             * @instance
             */
            TokenAlternative.prototype.logprob = 0;

            /**
             * Creates a new TokenAlternative instance using the specified properties.
             * @function create
             * @memberof democritus.v1.TokenAlternative
             * @static
             * @param {democritus.v1.TokenAlternative.$Properties=} [properties] Properties to set
             * @returns {democritus.v1.TokenAlternative} TokenAlternative instance
             * @type {{
             *   (properties: democritus.v1.TokenAlternative.$Shape): democritus.v1.TokenAlternative & democritus.v1.TokenAlternative.$Shape;
             *   (properties?: democritus.v1.TokenAlternative.$Properties): democritus.v1.TokenAlternative;
             * }}
             */
            TokenAlternative.create = function(properties) {
                return new TokenAlternative(properties);
            };

            /**
             * Encodes the specified TokenAlternative message. Does not implicitly {@link democritus.v1.TokenAlternative.verify|verify} messages.
             * @function encode
             * @memberof democritus.v1.TokenAlternative
             * @static
             * @param {democritus.v1.TokenAlternative.$Properties} message TokenAlternative message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TokenAlternative.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.tokenId != null && $Object.hasOwnProperty.call(message, "tokenId") && message.tokenId !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.tokenId);
                if (message.text != null && $Object.hasOwnProperty.call(message, "text") && message.text !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.text);
                if (message.logprob != null && $Object.hasOwnProperty.call(message, "logprob") && !$Object.is(message.logprob, 0))
                    writer.uint32(/* id 3, wireType 1 =*/25).double(message.logprob);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TokenAlternative message from the specified reader or buffer.
             * @function decode
             * @memberof democritus.v1.TokenAlternative
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {democritus.v1.TokenAlternative & democritus.v1.TokenAlternative.$Shape} TokenAlternative
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TokenAlternative.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.democritus.v1.TokenAlternative();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.tokenId = value;
                            else
                                delete message.tokenId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.text = value;
                            else
                                delete message.text;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.logprob = value;
                            else
                                delete message.logprob;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for TokenAlternative
             * @function getTypeUrl
             * @memberof democritus.v1.TokenAlternative
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TokenAlternative.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/democritus.v1.TokenAlternative";
            };

            return TokenAlternative;
        })();

        v1.GeneratedToken = (function() {

            /**
             * Properties of a GeneratedToken.
             * @typedef {Object} democritus.v1.GeneratedToken.$Properties
             * @property {number|null} [tokenId] GeneratedToken tokenId
             * @property {string|null} [text] GeneratedToken text
             * @property {number|null} [logprob] GeneratedToken logprob
             * @property {Array.<democritus.v1.TokenAlternative.$Properties>|null} [topLogprobs] GeneratedToken topLogprobs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a GeneratedToken.
             * @memberof democritus.v1
             * @interface IGeneratedToken
             * @augments democritus.v1.GeneratedToken.$Properties
             * @deprecated Use democritus.v1.GeneratedToken.$Properties instead.
             */

            /**
             * Shape of a GeneratedToken.
             * @typedef {democritus.v1.GeneratedToken.$Properties} democritus.v1.GeneratedToken.$Shape
             */

            /**
             * Constructs a new GeneratedToken.
             * @memberof democritus.v1
             * @classdesc Represents a GeneratedToken.
             * @constructor
             * @param {democritus.v1.GeneratedToken.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const GeneratedToken = function (properties) {
                this.topLogprobs = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * GeneratedToken tokenId.
             * @member {number} tokenId
             * @memberof democritus.v1.GeneratedToken
             * @instance
             */
            GeneratedToken.prototype.tokenId = 0;

            /**
             * GeneratedToken text.
             * @member {string} text
             * @memberof democritus.v1.GeneratedToken
             * @instance
             */
            GeneratedToken.prototype.text = "";

            /**
             * GeneratedToken logprob.
             * @member {number} logprob
             * @memberof democritus.v1.GeneratedToken
             * @instance
             */
            GeneratedToken.prototype.logprob = 0;

            /**
             * GeneratedToken topLogprobs.
             * @member {Array.<democritus.v1.TokenAlternative.$Properties>} topLogprobs
             * @memberof democritus.v1.GeneratedToken
             * @instance
             */
            GeneratedToken.prototype.topLogprobs = $util.emptyArray;

            /**
             * Creates a new GeneratedToken instance using the specified properties.
             * @function create
             * @memberof democritus.v1.GeneratedToken
             * @static
             * @param {democritus.v1.GeneratedToken.$Properties=} [properties] Properties to set
             * @returns {democritus.v1.GeneratedToken} GeneratedToken instance
             * @type {{
             *   (properties: democritus.v1.GeneratedToken.$Shape): democritus.v1.GeneratedToken & democritus.v1.GeneratedToken.$Shape;
             *   (properties?: democritus.v1.GeneratedToken.$Properties): democritus.v1.GeneratedToken;
             * }}
             */
            GeneratedToken.create = function(properties) {
                return new GeneratedToken(properties);
            };

            /**
             * Encodes the specified GeneratedToken message. Does not implicitly {@link democritus.v1.GeneratedToken.verify|verify} messages.
             * @function encode
             * @memberof democritus.v1.GeneratedToken
             * @static
             * @param {democritus.v1.GeneratedToken.$Properties} message GeneratedToken message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GeneratedToken.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.tokenId != null && $Object.hasOwnProperty.call(message, "tokenId") && message.tokenId !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).sint32(message.tokenId);
                if (message.text != null && $Object.hasOwnProperty.call(message, "text") && message.text !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.text);
                if (message.logprob != null && $Object.hasOwnProperty.call(message, "logprob") && !$Object.is(message.logprob, 0))
                    writer.uint32(/* id 3, wireType 1 =*/25).double(message.logprob);
                if (message.topLogprobs != null && message.topLogprobs.length)
                    for (let i = 0; i < message.topLogprobs.length; ++i)
                        $root.democritus.v1.TokenAlternative.encode(message.topLogprobs[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a GeneratedToken message from the specified reader or buffer.
             * @function decode
             * @memberof democritus.v1.GeneratedToken
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {democritus.v1.GeneratedToken & democritus.v1.GeneratedToken.$Shape} GeneratedToken
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GeneratedToken.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.democritus.v1.GeneratedToken();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.sint32())
                                message.tokenId = value;
                            else
                                delete message.tokenId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.text = value;
                            else
                                delete message.text;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.logprob = value;
                            else
                                delete message.logprob;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.topLogprobs && message.topLogprobs.length))
                                message.topLogprobs = [];
                            message.topLogprobs.push($root.democritus.v1.TokenAlternative.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for GeneratedToken
             * @function getTypeUrl
             * @memberof democritus.v1.GeneratedToken
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            GeneratedToken.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/democritus.v1.GeneratedToken";
            };

            return GeneratedToken;
        })();

        v1.TokenPacket = (function() {

            /**
             * Properties of a TokenPacket.
             * @typedef {Object} democritus.v1.TokenPacket.$Properties
             * @property {number|null} [sequence] TokenPacket sequence
             * @property {Array.<democritus.v1.GeneratedToken.$Properties>|null} [tokens] TokenPacket tokens
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TokenPacket.
             * @memberof democritus.v1
             * @interface ITokenPacket
             * @augments democritus.v1.TokenPacket.$Properties
             * @deprecated Use democritus.v1.TokenPacket.$Properties instead.
             */

            /**
             * Shape of a TokenPacket.
             * @typedef {democritus.v1.TokenPacket.$Properties} democritus.v1.TokenPacket.$Shape
             */

            /**
             * Constructs a new TokenPacket.
             * @memberof democritus.v1
             * @classdesc Represents a TokenPacket.
             * @constructor
             * @param {democritus.v1.TokenPacket.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TokenPacket = function (properties) {
                this.tokens = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TokenPacket sequence.
             * @member {number} sequence
             * @memberof democritus.v1.TokenPacket
             * @instance
             */
            TokenPacket.prototype.sequence = 0;

            /**
             * TokenPacket tokens.
             * @member {Array.<democritus.v1.GeneratedToken.$Properties>} tokens
             * @memberof democritus.v1.TokenPacket
             * @instance
             */
            TokenPacket.prototype.tokens = $util.emptyArray;

            /**
             * Creates a new TokenPacket instance using the specified properties.
             * @function create
             * @memberof democritus.v1.TokenPacket
             * @static
             * @param {democritus.v1.TokenPacket.$Properties=} [properties] Properties to set
             * @returns {democritus.v1.TokenPacket} TokenPacket instance
             * @type {{
             *   (properties: democritus.v1.TokenPacket.$Shape): democritus.v1.TokenPacket & democritus.v1.TokenPacket.$Shape;
             *   (properties?: democritus.v1.TokenPacket.$Properties): democritus.v1.TokenPacket;
             * }}
             */
            TokenPacket.create = function(properties) {
                return new TokenPacket(properties);
            };

            /**
             * Encodes the specified TokenPacket message. Does not implicitly {@link democritus.v1.TokenPacket.verify|verify} messages.
             * @function encode
             * @memberof democritus.v1.TokenPacket
             * @static
             * @param {democritus.v1.TokenPacket.$Properties} message TokenPacket message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TokenPacket.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.sequence != null && $Object.hasOwnProperty.call(message, "sequence") && message.sequence !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.sequence);
                if (message.tokens != null && message.tokens.length)
                    for (let i = 0; i < message.tokens.length; ++i)
                        $root.democritus.v1.GeneratedToken.encode(message.tokens[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TokenPacket message from the specified reader or buffer.
             * @function decode
             * @memberof democritus.v1.TokenPacket
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {democritus.v1.TokenPacket & democritus.v1.TokenPacket.$Shape} TokenPacket
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TokenPacket.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.democritus.v1.TokenPacket();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.sequence = value;
                            else
                                delete message.sequence;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.tokens && message.tokens.length))
                                message.tokens = [];
                            message.tokens.push($root.democritus.v1.GeneratedToken.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for TokenPacket
             * @function getTypeUrl
             * @memberof democritus.v1.TokenPacket
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TokenPacket.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/democritus.v1.TokenPacket";
            };

            return TokenPacket;
        })();

        v1.FinalSummary = (function() {

            /**
             * Properties of a FinalSummary.
             * @typedef {Object} democritus.v1.FinalSummary.$Properties
             * @property {string|null} [finishReason] FinalSummary finishReason
             * @property {number|null} [promptTokens] FinalSummary promptTokens
             * @property {number|null} [completionTokens] FinalSummary completionTokens
             * @property {string|null} [modelSha256] FinalSummary modelSha256
             * @property {number|null} [packetCount] FinalSummary packetCount
             * @property {Uint8Array|null} [transcriptSha256] FinalSummary transcriptSha256
             * @property {string|null} [error] FinalSummary error
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FinalSummary.
             * @memberof democritus.v1
             * @interface IFinalSummary
             * @augments democritus.v1.FinalSummary.$Properties
             * @deprecated Use democritus.v1.FinalSummary.$Properties instead.
             */

            /**
             * Shape of a FinalSummary.
             * @typedef {democritus.v1.FinalSummary.$Properties} democritus.v1.FinalSummary.$Shape
             */

            /**
             * Constructs a new FinalSummary.
             * @memberof democritus.v1
             * @classdesc Represents a FinalSummary.
             * @constructor
             * @param {democritus.v1.FinalSummary.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FinalSummary = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * FinalSummary finishReason.
             * @member {string} finishReason
             * @memberof democritus.v1.FinalSummary
             * @instance
             */
            FinalSummary.prototype.finishReason = "";

            /**
             * FinalSummary promptTokens.
             * @member {number} promptTokens
             * @memberof democritus.v1.FinalSummary
             * @instance
             */
            FinalSummary.prototype.promptTokens = 0;

            /**
             * FinalSummary completionTokens.
             * @member {number} completionTokens
             * @memberof democritus.v1.FinalSummary
             * @instance
             */
            FinalSummary.prototype.completionTokens = 0;

            /**
             * FinalSummary modelSha256.
             * @member {string} modelSha256
             * @memberof democritus.v1.FinalSummary
             * @instance
             */
            FinalSummary.prototype.modelSha256 = "";

            /**
             * FinalSummary packetCount.
             * @member {number} packetCount
             * @memberof democritus.v1.FinalSummary
             * @instance
             */
            FinalSummary.prototype.packetCount = 0;

            /**
             * FinalSummary transcriptSha256.
             * @member {Uint8Array} transcriptSha256
             * @memberof democritus.v1.FinalSummary
             * @instance
             */
            FinalSummary.prototype.transcriptSha256 = $util.newBuffer([]);

            /**
             * FinalSummary error.
             * @member {string} error
             * @memberof democritus.v1.FinalSummary
             * @instance
             */
            FinalSummary.prototype.error = "";

            /**
             * Creates a new FinalSummary instance using the specified properties.
             * @function create
             * @memberof democritus.v1.FinalSummary
             * @static
             * @param {democritus.v1.FinalSummary.$Properties=} [properties] Properties to set
             * @returns {democritus.v1.FinalSummary} FinalSummary instance
             * @type {{
             *   (properties: democritus.v1.FinalSummary.$Shape): democritus.v1.FinalSummary & democritus.v1.FinalSummary.$Shape;
             *   (properties?: democritus.v1.FinalSummary.$Properties): democritus.v1.FinalSummary;
             * }}
             */
            FinalSummary.create = function(properties) {
                return new FinalSummary(properties);
            };

            /**
             * Encodes the specified FinalSummary message. Does not implicitly {@link democritus.v1.FinalSummary.verify|verify} messages.
             * @function encode
             * @memberof democritus.v1.FinalSummary
             * @static
             * @param {democritus.v1.FinalSummary.$Properties} message FinalSummary message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FinalSummary.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.finishReason != null && $Object.hasOwnProperty.call(message, "finishReason") && message.finishReason !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.finishReason);
                if (message.promptTokens != null && $Object.hasOwnProperty.call(message, "promptTokens") && message.promptTokens !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.promptTokens);
                if (message.completionTokens != null && $Object.hasOwnProperty.call(message, "completionTokens") && message.completionTokens !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.completionTokens);
                if (message.modelSha256 != null && $Object.hasOwnProperty.call(message, "modelSha256") && message.modelSha256 !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.modelSha256);
                if (message.packetCount != null && $Object.hasOwnProperty.call(message, "packetCount") && message.packetCount !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.packetCount);
                if (message.transcriptSha256 != null && $Object.hasOwnProperty.call(message, "transcriptSha256") && message.transcriptSha256.length)
                    writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.transcriptSha256);
                if (message.error != null && $Object.hasOwnProperty.call(message, "error") && message.error !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.error);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a FinalSummary message from the specified reader or buffer.
             * @function decode
             * @memberof democritus.v1.FinalSummary
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {democritus.v1.FinalSummary & democritus.v1.FinalSummary.$Shape} FinalSummary
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FinalSummary.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.democritus.v1.FinalSummary();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.finishReason = value;
                            else
                                delete message.finishReason;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.promptTokens = value;
                            else
                                delete message.promptTokens;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.completionTokens = value;
                            else
                                delete message.completionTokens;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.modelSha256 = value;
                            else
                                delete message.modelSha256;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.packetCount = value;
                            else
                                delete message.packetCount;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.transcriptSha256 = value;
                            else
                                delete message.transcriptSha256;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.error = value;
                            else
                                delete message.error;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for FinalSummary
             * @function getTypeUrl
             * @memberof democritus.v1.FinalSummary
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            FinalSummary.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/democritus.v1.FinalSummary";
            };

            return FinalSummary;
        })();

        v1.ErrorFrame = (function() {

            /**
             * Properties of an ErrorFrame.
             * @typedef {Object} democritus.v1.ErrorFrame.$Properties
             * @property {democritus.v1.ErrorFrame.Code|null} [code] ErrorFrame code
             * @property {string|null} [message] ErrorFrame message
             * @property {number|null} [retryAfterMs] ErrorFrame retryAfterMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ErrorFrame.
             * @memberof democritus.v1
             * @interface IErrorFrame
             * @augments democritus.v1.ErrorFrame.$Properties
             * @deprecated Use democritus.v1.ErrorFrame.$Properties instead.
             */

            /**
             * Shape of an ErrorFrame.
             * @typedef {democritus.v1.ErrorFrame.$Properties} democritus.v1.ErrorFrame.$Shape
             */

            /**
             * Constructs a new ErrorFrame.
             * @memberof democritus.v1
             * @classdesc Represents an ErrorFrame.
             * @constructor
             * @param {democritus.v1.ErrorFrame.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ErrorFrame = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ErrorFrame code.
             * @member {democritus.v1.ErrorFrame.Code} code
             * @memberof democritus.v1.ErrorFrame
             * @instance
             */
            ErrorFrame.prototype.code = 0;

            /**
             * ErrorFrame message.
             * @member {string} message
             * @memberof democritus.v1.ErrorFrame
             * @instance
             */
            ErrorFrame.prototype.message = "";

            /**
             * ErrorFrame retryAfterMs.
             * @member {number} retryAfterMs
             * @memberof democritus.v1.ErrorFrame
             * @instance
             */
            ErrorFrame.prototype.retryAfterMs = 0;

            /**
             * Creates a new ErrorFrame instance using the specified properties.
             * @function create
             * @memberof democritus.v1.ErrorFrame
             * @static
             * @param {democritus.v1.ErrorFrame.$Properties=} [properties] Properties to set
             * @returns {democritus.v1.ErrorFrame} ErrorFrame instance
             * @type {{
             *   (properties: democritus.v1.ErrorFrame.$Shape): democritus.v1.ErrorFrame & democritus.v1.ErrorFrame.$Shape;
             *   (properties?: democritus.v1.ErrorFrame.$Properties): democritus.v1.ErrorFrame;
             * }}
             */
            ErrorFrame.create = function(properties) {
                return new ErrorFrame(properties);
            };

            /**
             * Encodes the specified ErrorFrame message. Does not implicitly {@link democritus.v1.ErrorFrame.verify|verify} messages.
             * @function encode
             * @memberof democritus.v1.ErrorFrame
             * @static
             * @param {democritus.v1.ErrorFrame.$Properties} message ErrorFrame message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ErrorFrame.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.code);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.message);
                if (message.retryAfterMs != null && $Object.hasOwnProperty.call(message, "retryAfterMs") && message.retryAfterMs !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.retryAfterMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an ErrorFrame message from the specified reader or buffer.
             * @function decode
             * @memberof democritus.v1.ErrorFrame
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {democritus.v1.ErrorFrame & democritus.v1.ErrorFrame.$Shape} ErrorFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ErrorFrame.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.democritus.v1.ErrorFrame();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.code = value;
                            else
                                delete message.code;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.retryAfterMs = value;
                            else
                                delete message.retryAfterMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for ErrorFrame
             * @function getTypeUrl
             * @memberof democritus.v1.ErrorFrame
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ErrorFrame.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/democritus.v1.ErrorFrame";
            };

            /**
             * Code enum.
             * @name democritus.v1.ErrorFrame.Code
             * @enum {number}
             * @property {number} UNSPECIFIED=0 UNSPECIFIED value
             * @property {number} BUSY=1 BUSY value
             * @property {number} MODEL_UNAVAILABLE=2 MODEL_UNAVAILABLE value
             * @property {number} BAD_REQUEST=3 BAD_REQUEST value
             * @property {number} DEADLINE_EXCEEDED=4 DEADLINE_EXCEEDED value
             * @property {number} RATE_LIMITED=5 RATE_LIMITED value
             * @property {number} INTERNAL=6 INTERNAL value
             */
            ErrorFrame.Code = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "UNSPECIFIED"] = 0;
                values[valuesById[1] = "BUSY"] = 1;
                values[valuesById[2] = "MODEL_UNAVAILABLE"] = 2;
                values[valuesById[3] = "BAD_REQUEST"] = 3;
                values[valuesById[4] = "DEADLINE_EXCEEDED"] = 4;
                values[valuesById[5] = "RATE_LIMITED"] = 5;
                values[valuesById[6] = "INTERNAL"] = 6;
                return values;
            })();

            return ErrorFrame;
        })();

        v1.ResponseFrame = (function() {

            /**
             * Properties of a ResponseFrame.
             * @typedef {Object} democritus.v1.ResponseFrame.$Properties
             * @property {democritus.v1.Signed.$Properties|null} [packet] ResponseFrame packet
             * @property {democritus.v1.Signed.$Properties|null} [summary] ResponseFrame summary
             * @property {democritus.v1.ErrorFrame.$Properties|null} [error] ResponseFrame error
             * @property {"packet"|"summary"|"error"} [body] ResponseFrame body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ResponseFrame.
             * @memberof democritus.v1
             * @interface IResponseFrame
             * @augments democritus.v1.ResponseFrame.$Properties
             * @deprecated Use democritus.v1.ResponseFrame.$Properties instead.
             */

            /**
             * Narrowed shape of a ResponseFrame.
             * @typedef {{
             *   packet?: democritus.v1.Signed.$Shape|null;
             *   summary?: democritus.v1.Signed.$Shape|null;
             *   error?: democritus.v1.ErrorFrame.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; packet?: null; summary?: null; error?: null }|{ body?: "packet"; packet: democritus.v1.Signed.$Shape; summary?: null; error?: null }|{ body?: "summary"; packet?: null; summary: democritus.v1.Signed.$Shape; error?: null }|{ body?: "error"; packet?: null; summary?: null; error: democritus.v1.ErrorFrame.$Shape })
             * )} democritus.v1.ResponseFrame.$Shape
             */

            /**
             * Constructs a new ResponseFrame.
             * @memberof democritus.v1
             * @classdesc Represents a ResponseFrame.
             * @constructor
             * @param {democritus.v1.ResponseFrame.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ResponseFrame = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ResponseFrame packet.
             * @member {democritus.v1.Signed.$Properties|null|undefined} packet
             * @memberof democritus.v1.ResponseFrame
             * @instance
             */
            ResponseFrame.prototype.packet = null;

            /**
             * ResponseFrame summary.
             * @member {democritus.v1.Signed.$Properties|null|undefined} summary
             * @memberof democritus.v1.ResponseFrame
             * @instance
             */
            ResponseFrame.prototype.summary = null;

            /**
             * ResponseFrame error.
             * @member {democritus.v1.ErrorFrame.$Properties|null|undefined} error
             * @memberof democritus.v1.ResponseFrame
             * @instance
             */
            ResponseFrame.prototype.error = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * ResponseFrame body.
             * @member {"packet"|"summary"|"error"|undefined} body
             * @memberof democritus.v1.ResponseFrame
             * @instance
             */
            $Object.defineProperty(ResponseFrame.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["packet", "summary", "error"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new ResponseFrame instance using the specified properties.
             * @function create
             * @memberof democritus.v1.ResponseFrame
             * @static
             * @param {democritus.v1.ResponseFrame.$Properties=} [properties] Properties to set
             * @returns {democritus.v1.ResponseFrame} ResponseFrame instance
             * @type {{
             *   (properties: democritus.v1.ResponseFrame.$Shape): democritus.v1.ResponseFrame & democritus.v1.ResponseFrame.$Shape;
             *   (properties?: democritus.v1.ResponseFrame.$Properties): democritus.v1.ResponseFrame;
             * }}
             */
            ResponseFrame.create = function(properties) {
                return new ResponseFrame(properties);
            };

            /**
             * Encodes the specified ResponseFrame message. Does not implicitly {@link democritus.v1.ResponseFrame.verify|verify} messages.
             * @function encode
             * @memberof democritus.v1.ResponseFrame
             * @static
             * @param {democritus.v1.ResponseFrame.$Properties} message ResponseFrame message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ResponseFrame.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.packet != null && $Object.hasOwnProperty.call(message, "packet"))
                    $root.democritus.v1.Signed.encode(message.packet, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.summary != null && $Object.hasOwnProperty.call(message, "summary"))
                    $root.democritus.v1.Signed.encode(message.summary, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.democritus.v1.ErrorFrame.encode(message.error, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ResponseFrame message from the specified reader or buffer.
             * @function decode
             * @memberof democritus.v1.ResponseFrame
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {democritus.v1.ResponseFrame & democritus.v1.ResponseFrame.$Shape} ResponseFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ResponseFrame.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.democritus.v1.ResponseFrame();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.packet = $root.democritus.v1.Signed.decode(reader, reader.size(), $undefined, _depth + 1, message.packet);
                            message.body = "packet";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.summary = $root.democritus.v1.Signed.decode(reader, reader.size(), $undefined, _depth + 1, message.summary);
                            message.body = "summary";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.democritus.v1.ErrorFrame.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            message.body = "error";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for ResponseFrame
             * @function getTypeUrl
             * @memberof democritus.v1.ResponseFrame
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ResponseFrame.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/democritus.v1.ResponseFrame";
            };

            return ResponseFrame;
        })();

        v1.ChatRequest = (function() {

            /**
             * Properties of a ChatRequest.
             * @typedef {Object} democritus.v1.ChatRequest.$Properties
             * @property {string|null} [model] ChatRequest model
             * @property {Array.<democritus.v1.ChatMessage.$Properties>|null} [messages] ChatRequest messages
             * @property {number|null} [maxTokens] ChatRequest maxTokens
             * @property {number|null} [temperature] ChatRequest temperature
             * @property {number|null} [topP] ChatRequest topP
             * @property {number|null} [seed] ChatRequest seed
             * @property {Array.<string>|null} [stop] ChatRequest stop
             * @property {number|null} [topLogprobs] ChatRequest topLogprobs
             * @property {democritus.v1.DemocritusOptions.$Properties|null} [democritus] ChatRequest democritus
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ChatRequest.
             * @memberof democritus.v1
             * @interface IChatRequest
             * @augments democritus.v1.ChatRequest.$Properties
             * @deprecated Use democritus.v1.ChatRequest.$Properties instead.
             */

            /**
             * Shape of a ChatRequest.
             * @typedef {democritus.v1.ChatRequest.$Properties} democritus.v1.ChatRequest.$Shape
             */

            /**
             * Constructs a new ChatRequest.
             * @memberof democritus.v1
             * @classdesc Represents a ChatRequest.
             * @constructor
             * @param {democritus.v1.ChatRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ChatRequest = function (properties) {
                this.messages = [];
                this.stop = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ChatRequest model.
             * @member {string} model
             * @memberof democritus.v1.ChatRequest
             * @instance
             */
            ChatRequest.prototype.model = "";

            /**
             * ChatRequest messages.
             * @member {Array.<democritus.v1.ChatMessage.$Properties>} messages
             * @memberof democritus.v1.ChatRequest
             * @instance
             */
            ChatRequest.prototype.messages = $util.emptyArray;

            /**
             * ChatRequest maxTokens.
             * @member {number|null|undefined} maxTokens
             * @memberof democritus.v1.ChatRequest
             * @instance
             */
            ChatRequest.prototype.maxTokens = null;

            /**
             * ChatRequest temperature.
             * @member {number|null|undefined} temperature
             * @memberof democritus.v1.ChatRequest
             * @instance
             */
            ChatRequest.prototype.temperature = null;

            /**
             * ChatRequest topP.
             * @member {number|null|undefined} topP
             * @memberof democritus.v1.ChatRequest
             * @instance
             */
            ChatRequest.prototype.topP = null;

            /**
             * ChatRequest seed.
             * @member {number|null|undefined} seed
             * @memberof democritus.v1.ChatRequest
             * @instance
             */
            ChatRequest.prototype.seed = null;

            /**
             * ChatRequest stop.
             * @member {Array.<string>} stop
             * @memberof democritus.v1.ChatRequest
             * @instance
             */
            ChatRequest.prototype.stop = $util.emptyArray;

            /**
             * ChatRequest topLogprobs.
             * @member {number} topLogprobs
             * @memberof democritus.v1.ChatRequest
             * @instance
             */
            ChatRequest.prototype.topLogprobs = 0;

            /**
             * ChatRequest democritus.
             * @member {democritus.v1.DemocritusOptions.$Properties|null|undefined} democritus
             * @memberof democritus.v1.ChatRequest
             * @instance
             */
            ChatRequest.prototype.democritus = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(ChatRequest.prototype, "_maxTokens", {
                get: $util.oneOfGetter($oneOfFields = ["maxTokens"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(ChatRequest.prototype, "_temperature", {
                get: $util.oneOfGetter($oneOfFields = ["temperature"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(ChatRequest.prototype, "_topP", {
                get: $util.oneOfGetter($oneOfFields = ["topP"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(ChatRequest.prototype, "_seed", {
                get: $util.oneOfGetter($oneOfFields = ["seed"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new ChatRequest instance using the specified properties.
             * @function create
             * @memberof democritus.v1.ChatRequest
             * @static
             * @param {democritus.v1.ChatRequest.$Properties=} [properties] Properties to set
             * @returns {democritus.v1.ChatRequest} ChatRequest instance
             * @type {{
             *   (properties: democritus.v1.ChatRequest.$Shape): democritus.v1.ChatRequest & democritus.v1.ChatRequest.$Shape;
             *   (properties?: democritus.v1.ChatRequest.$Properties): democritus.v1.ChatRequest;
             * }}
             */
            ChatRequest.create = function(properties) {
                return new ChatRequest(properties);
            };

            /**
             * Encodes the specified ChatRequest message. Does not implicitly {@link democritus.v1.ChatRequest.verify|verify} messages.
             * @function encode
             * @memberof democritus.v1.ChatRequest
             * @static
             * @param {democritus.v1.ChatRequest.$Properties} message ChatRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ChatRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.model != null && $Object.hasOwnProperty.call(message, "model") && message.model !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.model);
                if (message.messages != null && message.messages.length)
                    for (let i = 0; i < message.messages.length; ++i)
                        $root.democritus.v1.ChatMessage.encode(message.messages[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.maxTokens != null && $Object.hasOwnProperty.call(message, "maxTokens"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.maxTokens);
                if (message.temperature != null && $Object.hasOwnProperty.call(message, "temperature"))
                    writer.uint32(/* id 4, wireType 1 =*/33).double(message.temperature);
                if (message.topP != null && $Object.hasOwnProperty.call(message, "topP"))
                    writer.uint32(/* id 5, wireType 1 =*/41).double(message.topP);
                if (message.seed != null && $Object.hasOwnProperty.call(message, "seed"))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.seed);
                if (message.stop != null && message.stop.length)
                    for (let i = 0; i < message.stop.length; ++i)
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.stop[i]);
                if (message.topLogprobs != null && $Object.hasOwnProperty.call(message, "topLogprobs") && message.topLogprobs !== 0)
                    writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.topLogprobs);
                if (message.democritus != null && $Object.hasOwnProperty.call(message, "democritus"))
                    $root.democritus.v1.DemocritusOptions.encode(message.democritus, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ChatRequest message from the specified reader or buffer.
             * @function decode
             * @memberof democritus.v1.ChatRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {democritus.v1.ChatRequest & democritus.v1.ChatRequest.$Shape} ChatRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ChatRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.democritus.v1.ChatRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.model = value;
                            else
                                delete message.model;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.messages && message.messages.length))
                                message.messages = [];
                            message.messages.push($root.democritus.v1.ChatMessage.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            message.maxTokens = reader.uint32();
                            message._maxTokens = "maxTokens";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 1)
                                break;
                            message.temperature = reader.double();
                            message._temperature = "temperature";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 1)
                                break;
                            message.topP = reader.double();
                            message._topP = "topP";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            message.seed = reader.uint32();
                            message._seed = "seed";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.stop && message.stop.length))
                                message.stop = [];
                            message.stop.push(reader.stringVerify());
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.topLogprobs = value;
                            else
                                delete message.topLogprobs;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message.democritus = $root.democritus.v1.DemocritusOptions.decode(reader, reader.size(), $undefined, _depth + 1, message.democritus);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for ChatRequest
             * @function getTypeUrl
             * @memberof democritus.v1.ChatRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ChatRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/democritus.v1.ChatRequest";
            };

            return ChatRequest;
        })();

        v1.DemocritusOptions = (function() {

            /**
             * Properties of a DemocritusOptions.
             * @typedef {Object} democritus.v1.DemocritusOptions.$Properties
             * @property {string|null} [decompose] DemocritusOptions decompose
             * @property {number|null} [experts] DemocritusOptions experts
             * @property {string|null} [aggregation] DemocritusOptions aggregation
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DemocritusOptions.
             * @memberof democritus.v1
             * @interface IDemocritusOptions
             * @augments democritus.v1.DemocritusOptions.$Properties
             * @deprecated Use democritus.v1.DemocritusOptions.$Properties instead.
             */

            /**
             * Shape of a DemocritusOptions.
             * @typedef {democritus.v1.DemocritusOptions.$Properties} democritus.v1.DemocritusOptions.$Shape
             */

            /**
             * Constructs a new DemocritusOptions.
             * @memberof democritus.v1
             * @classdesc Represents a DemocritusOptions.
             * @constructor
             * @param {democritus.v1.DemocritusOptions.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DemocritusOptions = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DemocritusOptions decompose.
             * @member {string} decompose
             * @memberof democritus.v1.DemocritusOptions
             * @instance
             */
            DemocritusOptions.prototype.decompose = "";

            /**
             * DemocritusOptions experts.
             * @member {number|null|undefined} experts
             * @memberof democritus.v1.DemocritusOptions
             * @instance
             */
            DemocritusOptions.prototype.experts = null;

            /**
             * DemocritusOptions aggregation.
             * @member {string} aggregation
             * @memberof democritus.v1.DemocritusOptions
             * @instance
             */
            DemocritusOptions.prototype.aggregation = "";

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(DemocritusOptions.prototype, "_experts", {
                get: $util.oneOfGetter($oneOfFields = ["experts"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new DemocritusOptions instance using the specified properties.
             * @function create
             * @memberof democritus.v1.DemocritusOptions
             * @static
             * @param {democritus.v1.DemocritusOptions.$Properties=} [properties] Properties to set
             * @returns {democritus.v1.DemocritusOptions} DemocritusOptions instance
             * @type {{
             *   (properties: democritus.v1.DemocritusOptions.$Shape): democritus.v1.DemocritusOptions & democritus.v1.DemocritusOptions.$Shape;
             *   (properties?: democritus.v1.DemocritusOptions.$Properties): democritus.v1.DemocritusOptions;
             * }}
             */
            DemocritusOptions.create = function(properties) {
                return new DemocritusOptions(properties);
            };

            /**
             * Encodes the specified DemocritusOptions message. Does not implicitly {@link democritus.v1.DemocritusOptions.verify|verify} messages.
             * @function encode
             * @memberof democritus.v1.DemocritusOptions
             * @static
             * @param {democritus.v1.DemocritusOptions.$Properties} message DemocritusOptions message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DemocritusOptions.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.decompose != null && $Object.hasOwnProperty.call(message, "decompose") && message.decompose !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.decompose);
                if (message.experts != null && $Object.hasOwnProperty.call(message, "experts"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.experts);
                if (message.aggregation != null && $Object.hasOwnProperty.call(message, "aggregation") && message.aggregation !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.aggregation);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DemocritusOptions message from the specified reader or buffer.
             * @function decode
             * @memberof democritus.v1.DemocritusOptions
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {democritus.v1.DemocritusOptions & democritus.v1.DemocritusOptions.$Shape} DemocritusOptions
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DemocritusOptions.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.democritus.v1.DemocritusOptions();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.decompose = value;
                            else
                                delete message.decompose;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            message.experts = reader.uint32();
                            message._experts = "experts";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.aggregation = value;
                            else
                                delete message.aggregation;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for DemocritusOptions
             * @function getTypeUrl
             * @memberof democritus.v1.DemocritusOptions
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DemocritusOptions.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/democritus.v1.DemocritusOptions";
            };

            return DemocritusOptions;
        })();

        v1.ChatToken = (function() {

            /**
             * Properties of a ChatToken.
             * @typedef {Object} democritus.v1.ChatToken.$Properties
             * @property {string|null} [text] ChatToken text
             * @property {number|null} [tokenId] ChatToken tokenId
             * @property {number|null} [logprob] ChatToken logprob
             * @property {Array.<democritus.v1.TokenAlternative.$Properties>|null} [topLogprobs] ChatToken topLogprobs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ChatToken.
             * @memberof democritus.v1
             * @interface IChatToken
             * @augments democritus.v1.ChatToken.$Properties
             * @deprecated Use democritus.v1.ChatToken.$Properties instead.
             */

            /**
             * Shape of a ChatToken.
             * @typedef {democritus.v1.ChatToken.$Properties} democritus.v1.ChatToken.$Shape
             */

            /**
             * Constructs a new ChatToken.
             * @memberof democritus.v1
             * @classdesc Represents a ChatToken.
             * @constructor
             * @param {democritus.v1.ChatToken.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ChatToken = function (properties) {
                this.topLogprobs = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ChatToken text.
             * @member {string} text
             * @memberof democritus.v1.ChatToken
             * @instance
             */
            ChatToken.prototype.text = "";

            /**
             * ChatToken tokenId.
             * @member {number} tokenId
             * @memberof democritus.v1.ChatToken
             * @instance
             */
            ChatToken.prototype.tokenId = 0;

            /**
             * ChatToken logprob.
             * @member {number} logprob
             * @memberof democritus.v1.ChatToken
             * @instance
             */
            ChatToken.prototype.logprob = 0;

            /**
             * ChatToken topLogprobs.
             * @member {Array.<democritus.v1.TokenAlternative.$Properties>} topLogprobs
             * @memberof democritus.v1.ChatToken
             * @instance
             */
            ChatToken.prototype.topLogprobs = $util.emptyArray;

            /**
             * Creates a new ChatToken instance using the specified properties.
             * @function create
             * @memberof democritus.v1.ChatToken
             * @static
             * @param {democritus.v1.ChatToken.$Properties=} [properties] Properties to set
             * @returns {democritus.v1.ChatToken} ChatToken instance
             * @type {{
             *   (properties: democritus.v1.ChatToken.$Shape): democritus.v1.ChatToken & democritus.v1.ChatToken.$Shape;
             *   (properties?: democritus.v1.ChatToken.$Properties): democritus.v1.ChatToken;
             * }}
             */
            ChatToken.create = function(properties) {
                return new ChatToken(properties);
            };

            /**
             * Encodes the specified ChatToken message. Does not implicitly {@link democritus.v1.ChatToken.verify|verify} messages.
             * @function encode
             * @memberof democritus.v1.ChatToken
             * @static
             * @param {democritus.v1.ChatToken.$Properties} message ChatToken message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ChatToken.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.text != null && $Object.hasOwnProperty.call(message, "text") && message.text !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.text);
                if (message.tokenId != null && $Object.hasOwnProperty.call(message, "tokenId") && message.tokenId !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).sint32(message.tokenId);
                if (message.logprob != null && $Object.hasOwnProperty.call(message, "logprob") && !$Object.is(message.logprob, 0))
                    writer.uint32(/* id 3, wireType 1 =*/25).double(message.logprob);
                if (message.topLogprobs != null && message.topLogprobs.length)
                    for (let i = 0; i < message.topLogprobs.length; ++i)
                        $root.democritus.v1.TokenAlternative.encode(message.topLogprobs[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ChatToken message from the specified reader or buffer.
             * @function decode
             * @memberof democritus.v1.ChatToken
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {democritus.v1.ChatToken & democritus.v1.ChatToken.$Shape} ChatToken
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ChatToken.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.democritus.v1.ChatToken();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.text = value;
                            else
                                delete message.text;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.sint32())
                                message.tokenId = value;
                            else
                                delete message.tokenId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.logprob = value;
                            else
                                delete message.logprob;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.topLogprobs && message.topLogprobs.length))
                                message.topLogprobs = [];
                            message.topLogprobs.push($root.democritus.v1.TokenAlternative.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for ChatToken
             * @function getTypeUrl
             * @memberof democritus.v1.ChatToken
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ChatToken.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/democritus.v1.ChatToken";
            };

            return ChatToken;
        })();

        v1.ChatUsage = (function() {

            /**
             * Properties of a ChatUsage.
             * @typedef {Object} democritus.v1.ChatUsage.$Properties
             * @property {number|null} [promptTokens] ChatUsage promptTokens
             * @property {number|null} [completionTokens] ChatUsage completionTokens
             * @property {number|null} [totalTokens] ChatUsage totalTokens
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ChatUsage.
             * @memberof democritus.v1
             * @interface IChatUsage
             * @augments democritus.v1.ChatUsage.$Properties
             * @deprecated Use democritus.v1.ChatUsage.$Properties instead.
             */

            /**
             * Shape of a ChatUsage.
             * @typedef {democritus.v1.ChatUsage.$Properties} democritus.v1.ChatUsage.$Shape
             */

            /**
             * Constructs a new ChatUsage.
             * @memberof democritus.v1
             * @classdesc Represents a ChatUsage.
             * @constructor
             * @param {democritus.v1.ChatUsage.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ChatUsage = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ChatUsage promptTokens.
             * @member {number} promptTokens
             * @memberof democritus.v1.ChatUsage
             * @instance
             */
            ChatUsage.prototype.promptTokens = 0;

            /**
             * ChatUsage completionTokens.
             * @member {number} completionTokens
             * @memberof democritus.v1.ChatUsage
             * @instance
             */
            ChatUsage.prototype.completionTokens = 0;

            /**
             * ChatUsage totalTokens.
             * @member {number} totalTokens
             * @memberof democritus.v1.ChatUsage
             * @instance
             */
            ChatUsage.prototype.totalTokens = 0;

            /**
             * Creates a new ChatUsage instance using the specified properties.
             * @function create
             * @memberof democritus.v1.ChatUsage
             * @static
             * @param {democritus.v1.ChatUsage.$Properties=} [properties] Properties to set
             * @returns {democritus.v1.ChatUsage} ChatUsage instance
             * @type {{
             *   (properties: democritus.v1.ChatUsage.$Shape): democritus.v1.ChatUsage & democritus.v1.ChatUsage.$Shape;
             *   (properties?: democritus.v1.ChatUsage.$Properties): democritus.v1.ChatUsage;
             * }}
             */
            ChatUsage.create = function(properties) {
                return new ChatUsage(properties);
            };

            /**
             * Encodes the specified ChatUsage message. Does not implicitly {@link democritus.v1.ChatUsage.verify|verify} messages.
             * @function encode
             * @memberof democritus.v1.ChatUsage
             * @static
             * @param {democritus.v1.ChatUsage.$Properties} message ChatUsage message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ChatUsage.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.promptTokens != null && $Object.hasOwnProperty.call(message, "promptTokens") && message.promptTokens !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.promptTokens);
                if (message.completionTokens != null && $Object.hasOwnProperty.call(message, "completionTokens") && message.completionTokens !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.completionTokens);
                if (message.totalTokens != null && $Object.hasOwnProperty.call(message, "totalTokens") && message.totalTokens !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.totalTokens);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ChatUsage message from the specified reader or buffer.
             * @function decode
             * @memberof democritus.v1.ChatUsage
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {democritus.v1.ChatUsage & democritus.v1.ChatUsage.$Shape} ChatUsage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ChatUsage.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.democritus.v1.ChatUsage();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.promptTokens = value;
                            else
                                delete message.promptTokens;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.completionTokens = value;
                            else
                                delete message.completionTokens;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.totalTokens = value;
                            else
                                delete message.totalTokens;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for ChatUsage
             * @function getTypeUrl
             * @memberof democritus.v1.ChatUsage
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ChatUsage.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/democritus.v1.ChatUsage";
            };

            return ChatUsage;
        })();

        v1.ExpertInfo = (function() {

            /**
             * Properties of an ExpertInfo.
             * @typedef {Object} democritus.v1.ExpertInfo.$Properties
             * @property {string|null} [peerId] ExpertInfo peerId
             * @property {string|null} [name] ExpertInfo name
             * @property {string|null} [modelName] ExpertInfo modelName
             * @property {string|null} [how] ExpertInfo how
             * @property {boolean|null} [local] ExpertInfo local
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ExpertInfo.
             * @memberof democritus.v1
             * @interface IExpertInfo
             * @augments democritus.v1.ExpertInfo.$Properties
             * @deprecated Use democritus.v1.ExpertInfo.$Properties instead.
             */

            /**
             * Shape of an ExpertInfo.
             * @typedef {democritus.v1.ExpertInfo.$Properties} democritus.v1.ExpertInfo.$Shape
             */

            /**
             * Constructs a new ExpertInfo.
             * @memberof democritus.v1
             * @classdesc Represents an ExpertInfo.
             * @constructor
             * @param {democritus.v1.ExpertInfo.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ExpertInfo = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ExpertInfo peerId.
             * @member {string} peerId
             * @memberof democritus.v1.ExpertInfo
             * @instance
             */
            ExpertInfo.prototype.peerId = "";

            /**
             * ExpertInfo name.
             * @member {string} name
             * @memberof democritus.v1.ExpertInfo
             * @instance
             */
            ExpertInfo.prototype.name = "";

            /**
             * ExpertInfo modelName.
             * @member {string} modelName
             * @memberof democritus.v1.ExpertInfo
             * @instance
             */
            ExpertInfo.prototype.modelName = "";

            /**
             * ExpertInfo how.
             * @member {string} how
             * @memberof democritus.v1.ExpertInfo
             * @instance
             */
            ExpertInfo.prototype.how = "";

            /**
             * ExpertInfo local.
             * @member {boolean} local
             * @memberof democritus.v1.ExpertInfo
             * @instance
             */
            ExpertInfo.prototype.local = false;

            /**
             * Creates a new ExpertInfo instance using the specified properties.
             * @function create
             * @memberof democritus.v1.ExpertInfo
             * @static
             * @param {democritus.v1.ExpertInfo.$Properties=} [properties] Properties to set
             * @returns {democritus.v1.ExpertInfo} ExpertInfo instance
             * @type {{
             *   (properties: democritus.v1.ExpertInfo.$Shape): democritus.v1.ExpertInfo & democritus.v1.ExpertInfo.$Shape;
             *   (properties?: democritus.v1.ExpertInfo.$Properties): democritus.v1.ExpertInfo;
             * }}
             */
            ExpertInfo.create = function(properties) {
                return new ExpertInfo(properties);
            };

            /**
             * Encodes the specified ExpertInfo message. Does not implicitly {@link democritus.v1.ExpertInfo.verify|verify} messages.
             * @function encode
             * @memberof democritus.v1.ExpertInfo
             * @static
             * @param {democritus.v1.ExpertInfo.$Properties} message ExpertInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ExpertInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.peerId != null && $Object.hasOwnProperty.call(message, "peerId") && message.peerId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.peerId);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
                if (message.modelName != null && $Object.hasOwnProperty.call(message, "modelName") && message.modelName !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.modelName);
                if (message.how != null && $Object.hasOwnProperty.call(message, "how") && message.how !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.how);
                if (message.local != null && $Object.hasOwnProperty.call(message, "local") && message.local !== false)
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.local);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an ExpertInfo message from the specified reader or buffer.
             * @function decode
             * @memberof democritus.v1.ExpertInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {democritus.v1.ExpertInfo & democritus.v1.ExpertInfo.$Shape} ExpertInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ExpertInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.democritus.v1.ExpertInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.peerId = value;
                            else
                                delete message.peerId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.modelName = value;
                            else
                                delete message.modelName;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.how = value;
                            else
                                delete message.how;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.local = value;
                            else
                                delete message.local;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for ExpertInfo
             * @function getTypeUrl
             * @memberof democritus.v1.ExpertInfo
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ExpertInfo.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/democritus.v1.ExpertInfo";
            };

            return ExpertInfo;
        })();

        v1.ChatDone = (function() {

            /**
             * Properties of a ChatDone.
             * @typedef {Object} democritus.v1.ChatDone.$Properties
             * @property {string|null} [finishReason] ChatDone finishReason
             * @property {democritus.v1.ChatUsage.$Properties|null} [usage] ChatDone usage
             * @property {democritus.v1.ExpertInfo.$Properties|null} [expert] ChatDone expert
             * @property {democritus.v1.SanitizerReport.$Properties|null} [sanitizer] ChatDone sanitizer
             * @property {Array.<democritus.v1.ExpertInfo.$Properties>|null} [experts] ChatDone experts
             * @property {democritus.v1.PlanReport.$Properties|null} [plan] ChatDone plan
             * @property {democritus.v1.AggregationReport.$Properties|null} [aggregation] ChatDone aggregation
             * @property {Array.<democritus.v1.Failover.$Properties>|null} [failovers] ChatDone failovers
             * @property {democritus.v1.AuditResult.$Properties|null} [audit] ChatDone audit
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ChatDone.
             * @memberof democritus.v1
             * @interface IChatDone
             * @augments democritus.v1.ChatDone.$Properties
             * @deprecated Use democritus.v1.ChatDone.$Properties instead.
             */

            /**
             * Shape of a ChatDone.
             * @typedef {democritus.v1.ChatDone.$Properties} democritus.v1.ChatDone.$Shape
             */

            /**
             * Constructs a new ChatDone.
             * @memberof democritus.v1
             * @classdesc Represents a ChatDone.
             * @constructor
             * @param {democritus.v1.ChatDone.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ChatDone = function (properties) {
                this.experts = [];
                this.failovers = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ChatDone finishReason.
             * @member {string} finishReason
             * @memberof democritus.v1.ChatDone
             * @instance
             */
            ChatDone.prototype.finishReason = "";

            /**
             * ChatDone usage.
             * @member {democritus.v1.ChatUsage.$Properties|null|undefined} usage
             * @memberof democritus.v1.ChatDone
             * @instance
             */
            ChatDone.prototype.usage = null;

            /**
             * ChatDone expert.
             * @member {democritus.v1.ExpertInfo.$Properties|null|undefined} expert
             * @memberof democritus.v1.ChatDone
             * @instance
             */
            ChatDone.prototype.expert = null;

            /**
             * ChatDone sanitizer.
             * @member {democritus.v1.SanitizerReport.$Properties|null|undefined} sanitizer
             * @memberof democritus.v1.ChatDone
             * @instance
             */
            ChatDone.prototype.sanitizer = null;

            /**
             * ChatDone experts.
             * @member {Array.<democritus.v1.ExpertInfo.$Properties>} experts
             * @memberof democritus.v1.ChatDone
             * @instance
             */
            ChatDone.prototype.experts = $util.emptyArray;

            /**
             * ChatDone plan.
             * @member {democritus.v1.PlanReport.$Properties|null|undefined} plan
             * @memberof democritus.v1.ChatDone
             * @instance
             */
            ChatDone.prototype.plan = null;

            /**
             * ChatDone aggregation.
             * @member {democritus.v1.AggregationReport.$Properties|null|undefined} aggregation
             * @memberof democritus.v1.ChatDone
             * @instance
             */
            ChatDone.prototype.aggregation = null;

            /**
             * ChatDone failovers.
             * @member {Array.<democritus.v1.Failover.$Properties>} failovers
             * @memberof democritus.v1.ChatDone
             * @instance
             */
            ChatDone.prototype.failovers = $util.emptyArray;

            /**
             * ChatDone audit.
             * @member {democritus.v1.AuditResult.$Properties|null|undefined} audit
             * @memberof democritus.v1.ChatDone
             * @instance
             */
            ChatDone.prototype.audit = null;

            /**
             * Creates a new ChatDone instance using the specified properties.
             * @function create
             * @memberof democritus.v1.ChatDone
             * @static
             * @param {democritus.v1.ChatDone.$Properties=} [properties] Properties to set
             * @returns {democritus.v1.ChatDone} ChatDone instance
             * @type {{
             *   (properties: democritus.v1.ChatDone.$Shape): democritus.v1.ChatDone & democritus.v1.ChatDone.$Shape;
             *   (properties?: democritus.v1.ChatDone.$Properties): democritus.v1.ChatDone;
             * }}
             */
            ChatDone.create = function(properties) {
                return new ChatDone(properties);
            };

            /**
             * Encodes the specified ChatDone message. Does not implicitly {@link democritus.v1.ChatDone.verify|verify} messages.
             * @function encode
             * @memberof democritus.v1.ChatDone
             * @static
             * @param {democritus.v1.ChatDone.$Properties} message ChatDone message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ChatDone.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.finishReason != null && $Object.hasOwnProperty.call(message, "finishReason") && message.finishReason !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.finishReason);
                if (message.usage != null && $Object.hasOwnProperty.call(message, "usage"))
                    $root.democritus.v1.ChatUsage.encode(message.usage, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.expert != null && $Object.hasOwnProperty.call(message, "expert"))
                    $root.democritus.v1.ExpertInfo.encode(message.expert, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.sanitizer != null && $Object.hasOwnProperty.call(message, "sanitizer"))
                    $root.democritus.v1.SanitizerReport.encode(message.sanitizer, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.experts != null && message.experts.length)
                    for (let i = 0; i < message.experts.length; ++i)
                        $root.democritus.v1.ExpertInfo.encode(message.experts[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.plan != null && $Object.hasOwnProperty.call(message, "plan"))
                    $root.democritus.v1.PlanReport.encode(message.plan, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.aggregation != null && $Object.hasOwnProperty.call(message, "aggregation"))
                    $root.democritus.v1.AggregationReport.encode(message.aggregation, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.failovers != null && message.failovers.length)
                    for (let i = 0; i < message.failovers.length; ++i)
                        $root.democritus.v1.Failover.encode(message.failovers[i], writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                if (message.audit != null && $Object.hasOwnProperty.call(message, "audit"))
                    $root.democritus.v1.AuditResult.encode(message.audit, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ChatDone message from the specified reader or buffer.
             * @function decode
             * @memberof democritus.v1.ChatDone
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {democritus.v1.ChatDone & democritus.v1.ChatDone.$Shape} ChatDone
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ChatDone.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.democritus.v1.ChatDone();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.finishReason = value;
                            else
                                delete message.finishReason;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.usage = $root.democritus.v1.ChatUsage.decode(reader, reader.size(), $undefined, _depth + 1, message.usage);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.expert = $root.democritus.v1.ExpertInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.expert);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.sanitizer = $root.democritus.v1.SanitizerReport.decode(reader, reader.size(), $undefined, _depth + 1, message.sanitizer);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.experts && message.experts.length))
                                message.experts = [];
                            message.experts.push($root.democritus.v1.ExpertInfo.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.plan = $root.democritus.v1.PlanReport.decode(reader, reader.size(), $undefined, _depth + 1, message.plan);
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.aggregation = $root.democritus.v1.AggregationReport.decode(reader, reader.size(), $undefined, _depth + 1, message.aggregation);
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if (!(message.failovers && message.failovers.length))
                                message.failovers = [];
                            message.failovers.push($root.democritus.v1.Failover.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message.audit = $root.democritus.v1.AuditResult.decode(reader, reader.size(), $undefined, _depth + 1, message.audit);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for ChatDone
             * @function getTypeUrl
             * @memberof democritus.v1.ChatDone
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ChatDone.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/democritus.v1.ChatDone";
            };

            return ChatDone;
        })();

        v1.AuditResult = (function() {

            /**
             * Properties of an AuditResult.
             * @typedef {Object} democritus.v1.AuditResult.$Properties
             * @property {string|null} [auditor] AuditResult auditor
             * @property {string|null} [expert] AuditResult expert
             * @property {boolean|null} [passed] AuditResult passed
             * @property {Array.<string>|null} [failed] AuditResult failed
             * @property {number|null} [tokens] AuditResult tokens
             * @property {number|null} [klMean] AuditResult klMean
             * @property {number|null} [klHigh] AuditResult klHigh
             * @property {number|null} [maxLogprobDelta] AuditResult maxLogprobDelta
             * @property {number|null} [ms] AuditResult ms
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AuditResult.
             * @memberof democritus.v1
             * @interface IAuditResult
             * @augments democritus.v1.AuditResult.$Properties
             * @deprecated Use democritus.v1.AuditResult.$Properties instead.
             */

            /**
             * Shape of an AuditResult.
             * @typedef {democritus.v1.AuditResult.$Properties} democritus.v1.AuditResult.$Shape
             */

            /**
             * Constructs a new AuditResult.
             * @memberof democritus.v1
             * @classdesc Represents an AuditResult.
             * @constructor
             * @param {democritus.v1.AuditResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AuditResult = function (properties) {
                this.failed = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AuditResult auditor.
             * @member {string} auditor
             * @memberof democritus.v1.AuditResult
             * @instance
             */
            AuditResult.prototype.auditor = "";

            /**
             * AuditResult expert.
             * @member {string} expert
             * @memberof democritus.v1.AuditResult
             * @instance
             */
            AuditResult.prototype.expert = "";

            /**
             * AuditResult passed.
             * @member {boolean} passed
             * @memberof democritus.v1.AuditResult
             * @instance
             */
            AuditResult.prototype.passed = false;

            /**
             * AuditResult failed.
             * @member {Array.<string>} failed
             * @memberof democritus.v1.AuditResult
             * @instance
             */
            AuditResult.prototype.failed = $util.emptyArray;

            /**
             * AuditResult tokens.
             * @member {number} tokens
             * @memberof democritus.v1.AuditResult
             * @instance
             */
            AuditResult.prototype.tokens = 0;

            /**
             * AuditResult klMean.
             * @member {number} klMean
             * @memberof democritus.v1.AuditResult
             * @instance
             */
            AuditResult.prototype.klMean = 0;

            /**
             * AuditResult klHigh.
             * @member {number} klHigh
             * @memberof democritus.v1.AuditResult
             * @instance
             */
            AuditResult.prototype.klHigh = 0;

            /**
             * AuditResult maxLogprobDelta.
             * @member {number} maxLogprobDelta
             * @memberof democritus.v1.AuditResult
             * @instance
             */
            AuditResult.prototype.maxLogprobDelta = 0;

            /**
             * AuditResult ms.
             * @member {number} ms
             * @memberof democritus.v1.AuditResult
             * @instance
             */
            AuditResult.prototype.ms = 0;

            /**
             * Creates a new AuditResult instance using the specified properties.
             * @function create
             * @memberof democritus.v1.AuditResult
             * @static
             * @param {democritus.v1.AuditResult.$Properties=} [properties] Properties to set
             * @returns {democritus.v1.AuditResult} AuditResult instance
             * @type {{
             *   (properties: democritus.v1.AuditResult.$Shape): democritus.v1.AuditResult & democritus.v1.AuditResult.$Shape;
             *   (properties?: democritus.v1.AuditResult.$Properties): democritus.v1.AuditResult;
             * }}
             */
            AuditResult.create = function(properties) {
                return new AuditResult(properties);
            };

            /**
             * Encodes the specified AuditResult message. Does not implicitly {@link democritus.v1.AuditResult.verify|verify} messages.
             * @function encode
             * @memberof democritus.v1.AuditResult
             * @static
             * @param {democritus.v1.AuditResult.$Properties} message AuditResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AuditResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.auditor != null && $Object.hasOwnProperty.call(message, "auditor") && message.auditor !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.auditor);
                if (message.expert != null && $Object.hasOwnProperty.call(message, "expert") && message.expert !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.expert);
                if (message.passed != null && $Object.hasOwnProperty.call(message, "passed") && message.passed !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.passed);
                if (message.failed != null && message.failed.length)
                    for (let i = 0; i < message.failed.length; ++i)
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.failed[i]);
                if (message.tokens != null && $Object.hasOwnProperty.call(message, "tokens") && message.tokens !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.tokens);
                if (message.klMean != null && $Object.hasOwnProperty.call(message, "klMean") && !$Object.is(message.klMean, 0))
                    writer.uint32(/* id 6, wireType 1 =*/49).double(message.klMean);
                if (message.klHigh != null && $Object.hasOwnProperty.call(message, "klHigh") && !$Object.is(message.klHigh, 0))
                    writer.uint32(/* id 7, wireType 1 =*/57).double(message.klHigh);
                if (message.maxLogprobDelta != null && $Object.hasOwnProperty.call(message, "maxLogprobDelta") && !$Object.is(message.maxLogprobDelta, 0))
                    writer.uint32(/* id 8, wireType 1 =*/65).double(message.maxLogprobDelta);
                if (message.ms != null && $Object.hasOwnProperty.call(message, "ms") && !$Object.is(message.ms, 0))
                    writer.uint32(/* id 9, wireType 1 =*/73).double(message.ms);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AuditResult message from the specified reader or buffer.
             * @function decode
             * @memberof democritus.v1.AuditResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {democritus.v1.AuditResult & democritus.v1.AuditResult.$Shape} AuditResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AuditResult.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.democritus.v1.AuditResult();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.auditor = value;
                            else
                                delete message.auditor;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.expert = value;
                            else
                                delete message.expert;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.passed = value;
                            else
                                delete message.passed;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.failed && message.failed.length))
                                message.failed = [];
                            message.failed.push(reader.stringVerify());
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.tokens = value;
                            else
                                delete message.tokens;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.klMean = value;
                            else
                                delete message.klMean;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.klHigh = value;
                            else
                                delete message.klHigh;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.maxLogprobDelta = value;
                            else
                                delete message.maxLogprobDelta;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.ms = value;
                            else
                                delete message.ms;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for AuditResult
             * @function getTypeUrl
             * @memberof democritus.v1.AuditResult
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AuditResult.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/democritus.v1.AuditResult";
            };

            return AuditResult;
        })();

        v1.Failover = (function() {

            /**
             * Properties of a Failover.
             * @typedef {Object} democritus.v1.Failover.$Properties
             * @property {string|null} [from] Failover from
             * @property {string|null} [to] Failover to
             * @property {number|null} [atToken] Failover atToken
             * @property {number|null} [gapMs] Failover gapMs
             * @property {string|null} [reason] Failover reason
             * @property {string|null} [continuation] Failover continuation
             * @property {string|null} [taskId] Failover taskId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Failover.
             * @memberof democritus.v1
             * @interface IFailover
             * @augments democritus.v1.Failover.$Properties
             * @deprecated Use democritus.v1.Failover.$Properties instead.
             */

            /**
             * Shape of a Failover.
             * @typedef {democritus.v1.Failover.$Properties} democritus.v1.Failover.$Shape
             */

            /**
             * Constructs a new Failover.
             * @memberof democritus.v1
             * @classdesc Represents a Failover.
             * @constructor
             * @param {democritus.v1.Failover.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Failover = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Failover from.
             * @member {string} from
             * @memberof democritus.v1.Failover
             * @instance
             */
            Failover.prototype.from = "";

            /**
             * Failover to.
             * @member {string} to
             * @memberof democritus.v1.Failover
             * @instance
             */
            Failover.prototype.to = "";

            /**
             * Failover atToken.
             * @member {number} atToken
             * @memberof democritus.v1.Failover
             * @instance
             */
            Failover.prototype.atToken = 0;

            /**
             * Failover gapMs.
             * @member {number} gapMs
             * @memberof democritus.v1.Failover
             * @instance
             */
            Failover.prototype.gapMs = 0;

            /**
             * Failover reason.
             * @member {string} reason
             * @memberof democritus.v1.Failover
             * @instance
             */
            Failover.prototype.reason = "";

            /**
             * Failover continuation.
             * @member {string} continuation
             * @memberof democritus.v1.Failover
             * @instance
             */
            Failover.prototype.continuation = "";

            /**
             * Failover taskId.
             * @member {string} taskId
             * @memberof democritus.v1.Failover
             * @instance
             */
            Failover.prototype.taskId = "";

            /**
             * Creates a new Failover instance using the specified properties.
             * @function create
             * @memberof democritus.v1.Failover
             * @static
             * @param {democritus.v1.Failover.$Properties=} [properties] Properties to set
             * @returns {democritus.v1.Failover} Failover instance
             * @type {{
             *   (properties: democritus.v1.Failover.$Shape): democritus.v1.Failover & democritus.v1.Failover.$Shape;
             *   (properties?: democritus.v1.Failover.$Properties): democritus.v1.Failover;
             * }}
             */
            Failover.create = function(properties) {
                return new Failover(properties);
            };

            /**
             * Encodes the specified Failover message. Does not implicitly {@link democritus.v1.Failover.verify|verify} messages.
             * @function encode
             * @memberof democritus.v1.Failover
             * @static
             * @param {democritus.v1.Failover.$Properties} message Failover message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Failover.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.from != null && $Object.hasOwnProperty.call(message, "from") && message.from !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.from);
                if (message.to != null && $Object.hasOwnProperty.call(message, "to") && message.to !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.to);
                if (message.atToken != null && $Object.hasOwnProperty.call(message, "atToken") && message.atToken !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.atToken);
                if (message.gapMs != null && $Object.hasOwnProperty.call(message, "gapMs") && !$Object.is(message.gapMs, 0))
                    writer.uint32(/* id 4, wireType 1 =*/33).double(message.gapMs);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.reason);
                if (message.continuation != null && $Object.hasOwnProperty.call(message, "continuation") && message.continuation !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.continuation);
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId") && message.taskId !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.taskId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Failover message from the specified reader or buffer.
             * @function decode
             * @memberof democritus.v1.Failover
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {democritus.v1.Failover & democritus.v1.Failover.$Shape} Failover
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Failover.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.democritus.v1.Failover();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.from = value;
                            else
                                delete message.from;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.to = value;
                            else
                                delete message.to;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.atToken = value;
                            else
                                delete message.atToken;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.gapMs = value;
                            else
                                delete message.gapMs;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.continuation = value;
                            else
                                delete message.continuation;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.taskId = value;
                            else
                                delete message.taskId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for Failover
             * @function getTypeUrl
             * @memberof democritus.v1.Failover
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Failover.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/democritus.v1.Failover";
            };

            return Failover;
        })();

        v1.PlanLayer = (function() {

            /**
             * Properties of a PlanLayer.
             * @typedef {Object} democritus.v1.PlanLayer.$Properties
             * @property {Array.<string>|null} [taskIds] PlanLayer taskIds
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PlanLayer.
             * @memberof democritus.v1
             * @interface IPlanLayer
             * @augments democritus.v1.PlanLayer.$Properties
             * @deprecated Use democritus.v1.PlanLayer.$Properties instead.
             */

            /**
             * Shape of a PlanLayer.
             * @typedef {democritus.v1.PlanLayer.$Properties} democritus.v1.PlanLayer.$Shape
             */

            /**
             * Constructs a new PlanLayer.
             * @memberof democritus.v1
             * @classdesc Represents a PlanLayer.
             * @constructor
             * @param {democritus.v1.PlanLayer.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PlanLayer = function (properties) {
                this.taskIds = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PlanLayer taskIds.
             * @member {Array.<string>} taskIds
             * @memberof democritus.v1.PlanLayer
             * @instance
             */
            PlanLayer.prototype.taskIds = $util.emptyArray;

            /**
             * Creates a new PlanLayer instance using the specified properties.
             * @function create
             * @memberof democritus.v1.PlanLayer
             * @static
             * @param {democritus.v1.PlanLayer.$Properties=} [properties] Properties to set
             * @returns {democritus.v1.PlanLayer} PlanLayer instance
             * @type {{
             *   (properties: democritus.v1.PlanLayer.$Shape): democritus.v1.PlanLayer & democritus.v1.PlanLayer.$Shape;
             *   (properties?: democritus.v1.PlanLayer.$Properties): democritus.v1.PlanLayer;
             * }}
             */
            PlanLayer.create = function(properties) {
                return new PlanLayer(properties);
            };

            /**
             * Encodes the specified PlanLayer message. Does not implicitly {@link democritus.v1.PlanLayer.verify|verify} messages.
             * @function encode
             * @memberof democritus.v1.PlanLayer
             * @static
             * @param {democritus.v1.PlanLayer.$Properties} message PlanLayer message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PlanLayer.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.taskIds != null && message.taskIds.length)
                    for (let i = 0; i < message.taskIds.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.taskIds[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PlanLayer message from the specified reader or buffer.
             * @function decode
             * @memberof democritus.v1.PlanLayer
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {democritus.v1.PlanLayer & democritus.v1.PlanLayer.$Shape} PlanLayer
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PlanLayer.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.democritus.v1.PlanLayer();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.taskIds && message.taskIds.length))
                                message.taskIds = [];
                            message.taskIds.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for PlanLayer
             * @function getTypeUrl
             * @memberof democritus.v1.PlanLayer
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PlanLayer.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/democritus.v1.PlanLayer";
            };

            return PlanLayer;
        })();

        v1.TaskAttempt = (function() {

            /**
             * Properties of a TaskAttempt.
             * @typedef {Object} democritus.v1.TaskAttempt.$Properties
             * @property {string|null} [peerId] TaskAttempt peerId
             * @property {string|null} [name] TaskAttempt name
             * @property {string|null} [outcome] TaskAttempt outcome
             * @property {number|null} [startedMs] TaskAttempt startedMs
             * @property {number|null} [firstTokenMs] TaskAttempt firstTokenMs
             * @property {number|null} [endedMs] TaskAttempt endedMs
             * @property {number|null} [completionTokens] TaskAttempt completionTokens
             * @property {string|null} [error] TaskAttempt error
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TaskAttempt.
             * @memberof democritus.v1
             * @interface ITaskAttempt
             * @augments democritus.v1.TaskAttempt.$Properties
             * @deprecated Use democritus.v1.TaskAttempt.$Properties instead.
             */

            /**
             * Shape of a TaskAttempt.
             * @typedef {democritus.v1.TaskAttempt.$Properties} democritus.v1.TaskAttempt.$Shape
             */

            /**
             * Constructs a new TaskAttempt.
             * @memberof democritus.v1
             * @classdesc Represents a TaskAttempt.
             * @constructor
             * @param {democritus.v1.TaskAttempt.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TaskAttempt = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TaskAttempt peerId.
             * @member {string} peerId
             * @memberof democritus.v1.TaskAttempt
             * @instance
             */
            TaskAttempt.prototype.peerId = "";

            /**
             * TaskAttempt name.
             * @member {string} name
             * @memberof democritus.v1.TaskAttempt
             * @instance
             */
            TaskAttempt.prototype.name = "";

            /**
             * TaskAttempt outcome.
             * @member {string} outcome
             * @memberof democritus.v1.TaskAttempt
             * @instance
             */
            TaskAttempt.prototype.outcome = "";

            /**
             * TaskAttempt startedMs.
             * @member {number} startedMs
             * @memberof democritus.v1.TaskAttempt
             * @instance
             */
            TaskAttempt.prototype.startedMs = 0;

            /**
             * TaskAttempt firstTokenMs.
             * @member {number|null|undefined} firstTokenMs
             * @memberof democritus.v1.TaskAttempt
             * @instance
             */
            TaskAttempt.prototype.firstTokenMs = null;

            /**
             * TaskAttempt endedMs.
             * @member {number|null|undefined} endedMs
             * @memberof democritus.v1.TaskAttempt
             * @instance
             */
            TaskAttempt.prototype.endedMs = null;

            /**
             * TaskAttempt completionTokens.
             * @member {number} completionTokens
             * @memberof democritus.v1.TaskAttempt
             * @instance
             */
            TaskAttempt.prototype.completionTokens = 0;

            /**
             * TaskAttempt error.
             * @member {string} error
             * @memberof democritus.v1.TaskAttempt
             * @instance
             */
            TaskAttempt.prototype.error = "";

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(TaskAttempt.prototype, "_firstTokenMs", {
                get: $util.oneOfGetter($oneOfFields = ["firstTokenMs"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(TaskAttempt.prototype, "_endedMs", {
                get: $util.oneOfGetter($oneOfFields = ["endedMs"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new TaskAttempt instance using the specified properties.
             * @function create
             * @memberof democritus.v1.TaskAttempt
             * @static
             * @param {democritus.v1.TaskAttempt.$Properties=} [properties] Properties to set
             * @returns {democritus.v1.TaskAttempt} TaskAttempt instance
             * @type {{
             *   (properties: democritus.v1.TaskAttempt.$Shape): democritus.v1.TaskAttempt & democritus.v1.TaskAttempt.$Shape;
             *   (properties?: democritus.v1.TaskAttempt.$Properties): democritus.v1.TaskAttempt;
             * }}
             */
            TaskAttempt.create = function(properties) {
                return new TaskAttempt(properties);
            };

            /**
             * Encodes the specified TaskAttempt message. Does not implicitly {@link democritus.v1.TaskAttempt.verify|verify} messages.
             * @function encode
             * @memberof democritus.v1.TaskAttempt
             * @static
             * @param {democritus.v1.TaskAttempt.$Properties} message TaskAttempt message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TaskAttempt.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.peerId != null && $Object.hasOwnProperty.call(message, "peerId") && message.peerId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.peerId);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
                if (message.outcome != null && $Object.hasOwnProperty.call(message, "outcome") && message.outcome !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.outcome);
                if (message.startedMs != null && $Object.hasOwnProperty.call(message, "startedMs") && !$Object.is(message.startedMs, 0))
                    writer.uint32(/* id 4, wireType 1 =*/33).double(message.startedMs);
                if (message.firstTokenMs != null && $Object.hasOwnProperty.call(message, "firstTokenMs"))
                    writer.uint32(/* id 5, wireType 1 =*/41).double(message.firstTokenMs);
                if (message.endedMs != null && $Object.hasOwnProperty.call(message, "endedMs"))
                    writer.uint32(/* id 6, wireType 1 =*/49).double(message.endedMs);
                if (message.completionTokens != null && $Object.hasOwnProperty.call(message, "completionTokens") && message.completionTokens !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.completionTokens);
                if (message.error != null && $Object.hasOwnProperty.call(message, "error") && message.error !== "")
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.error);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TaskAttempt message from the specified reader or buffer.
             * @function decode
             * @memberof democritus.v1.TaskAttempt
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {democritus.v1.TaskAttempt & democritus.v1.TaskAttempt.$Shape} TaskAttempt
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TaskAttempt.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.democritus.v1.TaskAttempt();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.peerId = value;
                            else
                                delete message.peerId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.outcome = value;
                            else
                                delete message.outcome;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.startedMs = value;
                            else
                                delete message.startedMs;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 1)
                                break;
                            message.firstTokenMs = reader.double();
                            message._firstTokenMs = "firstTokenMs";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 1)
                                break;
                            message.endedMs = reader.double();
                            message._endedMs = "endedMs";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.completionTokens = value;
                            else
                                delete message.completionTokens;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.error = value;
                            else
                                delete message.error;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for TaskAttempt
             * @function getTypeUrl
             * @memberof democritus.v1.TaskAttempt
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TaskAttempt.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/democritus.v1.TaskAttempt";
            };

            return TaskAttempt;
        })();

        v1.PlanTaskReport = (function() {

            /**
             * Properties of a PlanTaskReport.
             * @typedef {Object} democritus.v1.PlanTaskReport.$Properties
             * @property {string|null} [id] PlanTaskReport id
             * @property {string|null} [kind] PlanTaskReport kind
             * @property {Array.<string>|null} [dependsOn] PlanTaskReport dependsOn
             * @property {string|null} [status] PlanTaskReport status
             * @property {Array.<democritus.v1.TaskAttempt.$Properties>|null} [attempts] PlanTaskReport attempts
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PlanTaskReport.
             * @memberof democritus.v1
             * @interface IPlanTaskReport
             * @augments democritus.v1.PlanTaskReport.$Properties
             * @deprecated Use democritus.v1.PlanTaskReport.$Properties instead.
             */

            /**
             * Shape of a PlanTaskReport.
             * @typedef {democritus.v1.PlanTaskReport.$Properties} democritus.v1.PlanTaskReport.$Shape
             */

            /**
             * Constructs a new PlanTaskReport.
             * @memberof democritus.v1
             * @classdesc Represents a PlanTaskReport.
             * @constructor
             * @param {democritus.v1.PlanTaskReport.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PlanTaskReport = function (properties) {
                this.dependsOn = [];
                this.attempts = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PlanTaskReport id.
             * @member {string} id
             * @memberof democritus.v1.PlanTaskReport
             * @instance
             */
            PlanTaskReport.prototype.id = "";

            /**
             * PlanTaskReport kind.
             * @member {string} kind
             * @memberof democritus.v1.PlanTaskReport
             * @instance
             */
            PlanTaskReport.prototype.kind = "";

            /**
             * PlanTaskReport dependsOn.
             * @member {Array.<string>} dependsOn
             * @memberof democritus.v1.PlanTaskReport
             * @instance
             */
            PlanTaskReport.prototype.dependsOn = $util.emptyArray;

            /**
             * PlanTaskReport status.
             * @member {string} status
             * @memberof democritus.v1.PlanTaskReport
             * @instance
             */
            PlanTaskReport.prototype.status = "";

            /**
             * PlanTaskReport attempts.
             * @member {Array.<democritus.v1.TaskAttempt.$Properties>} attempts
             * @memberof democritus.v1.PlanTaskReport
             * @instance
             */
            PlanTaskReport.prototype.attempts = $util.emptyArray;

            /**
             * Creates a new PlanTaskReport instance using the specified properties.
             * @function create
             * @memberof democritus.v1.PlanTaskReport
             * @static
             * @param {democritus.v1.PlanTaskReport.$Properties=} [properties] Properties to set
             * @returns {democritus.v1.PlanTaskReport} PlanTaskReport instance
             * @type {{
             *   (properties: democritus.v1.PlanTaskReport.$Shape): democritus.v1.PlanTaskReport & democritus.v1.PlanTaskReport.$Shape;
             *   (properties?: democritus.v1.PlanTaskReport.$Properties): democritus.v1.PlanTaskReport;
             * }}
             */
            PlanTaskReport.create = function(properties) {
                return new PlanTaskReport(properties);
            };

            /**
             * Encodes the specified PlanTaskReport message. Does not implicitly {@link democritus.v1.PlanTaskReport.verify|verify} messages.
             * @function encode
             * @memberof democritus.v1.PlanTaskReport
             * @static
             * @param {democritus.v1.PlanTaskReport.$Properties} message PlanTaskReport message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PlanTaskReport.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.kind);
                if (message.dependsOn != null && message.dependsOn.length)
                    for (let i = 0; i < message.dependsOn.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.dependsOn[i]);
                if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.status);
                if (message.attempts != null && message.attempts.length)
                    for (let i = 0; i < message.attempts.length; ++i)
                        $root.democritus.v1.TaskAttempt.encode(message.attempts[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PlanTaskReport message from the specified reader or buffer.
             * @function decode
             * @memberof democritus.v1.PlanTaskReport
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {democritus.v1.PlanTaskReport & democritus.v1.PlanTaskReport.$Shape} PlanTaskReport
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PlanTaskReport.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.democritus.v1.PlanTaskReport();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.dependsOn && message.dependsOn.length))
                                message.dependsOn = [];
                            message.dependsOn.push(reader.stringVerify());
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.status = value;
                            else
                                delete message.status;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.attempts && message.attempts.length))
                                message.attempts = [];
                            message.attempts.push($root.democritus.v1.TaskAttempt.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for PlanTaskReport
             * @function getTypeUrl
             * @memberof democritus.v1.PlanTaskReport
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PlanTaskReport.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/democritus.v1.PlanTaskReport";
            };

            return PlanTaskReport;
        })();

        v1.PlanReport = (function() {

            /**
             * Properties of a PlanReport.
             * @typedef {Object} democritus.v1.PlanReport.$Properties
             * @property {string|null} [finalTask] PlanReport finalTask
             * @property {Array.<democritus.v1.PlanLayer.$Properties>|null} [layers] PlanReport layers
             * @property {Array.<democritus.v1.PlanTaskReport.$Properties>|null} [tasks] PlanReport tasks
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PlanReport.
             * @memberof democritus.v1
             * @interface IPlanReport
             * @augments democritus.v1.PlanReport.$Properties
             * @deprecated Use democritus.v1.PlanReport.$Properties instead.
             */

            /**
             * Shape of a PlanReport.
             * @typedef {democritus.v1.PlanReport.$Properties} democritus.v1.PlanReport.$Shape
             */

            /**
             * Constructs a new PlanReport.
             * @memberof democritus.v1
             * @classdesc Represents a PlanReport.
             * @constructor
             * @param {democritus.v1.PlanReport.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PlanReport = function (properties) {
                this.layers = [];
                this.tasks = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PlanReport finalTask.
             * @member {string} finalTask
             * @memberof democritus.v1.PlanReport
             * @instance
             */
            PlanReport.prototype.finalTask = "";

            /**
             * PlanReport layers.
             * @member {Array.<democritus.v1.PlanLayer.$Properties>} layers
             * @memberof democritus.v1.PlanReport
             * @instance
             */
            PlanReport.prototype.layers = $util.emptyArray;

            /**
             * PlanReport tasks.
             * @member {Array.<democritus.v1.PlanTaskReport.$Properties>} tasks
             * @memberof democritus.v1.PlanReport
             * @instance
             */
            PlanReport.prototype.tasks = $util.emptyArray;

            /**
             * Creates a new PlanReport instance using the specified properties.
             * @function create
             * @memberof democritus.v1.PlanReport
             * @static
             * @param {democritus.v1.PlanReport.$Properties=} [properties] Properties to set
             * @returns {democritus.v1.PlanReport} PlanReport instance
             * @type {{
             *   (properties: democritus.v1.PlanReport.$Shape): democritus.v1.PlanReport & democritus.v1.PlanReport.$Shape;
             *   (properties?: democritus.v1.PlanReport.$Properties): democritus.v1.PlanReport;
             * }}
             */
            PlanReport.create = function(properties) {
                return new PlanReport(properties);
            };

            /**
             * Encodes the specified PlanReport message. Does not implicitly {@link democritus.v1.PlanReport.verify|verify} messages.
             * @function encode
             * @memberof democritus.v1.PlanReport
             * @static
             * @param {democritus.v1.PlanReport.$Properties} message PlanReport message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PlanReport.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.finalTask != null && $Object.hasOwnProperty.call(message, "finalTask") && message.finalTask !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.finalTask);
                if (message.layers != null && message.layers.length)
                    for (let i = 0; i < message.layers.length; ++i)
                        $root.democritus.v1.PlanLayer.encode(message.layers[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.tasks != null && message.tasks.length)
                    for (let i = 0; i < message.tasks.length; ++i)
                        $root.democritus.v1.PlanTaskReport.encode(message.tasks[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PlanReport message from the specified reader or buffer.
             * @function decode
             * @memberof democritus.v1.PlanReport
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {democritus.v1.PlanReport & democritus.v1.PlanReport.$Shape} PlanReport
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PlanReport.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.democritus.v1.PlanReport();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.finalTask = value;
                            else
                                delete message.finalTask;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.layers && message.layers.length))
                                message.layers = [];
                            message.layers.push($root.democritus.v1.PlanLayer.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.tasks && message.tasks.length))
                                message.tasks = [];
                            message.tasks.push($root.democritus.v1.PlanTaskReport.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for PlanReport
             * @function getTypeUrl
             * @memberof democritus.v1.PlanReport
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PlanReport.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/democritus.v1.PlanReport";
            };

            return PlanReport;
        })();

        v1.AnswerRef = (function() {

            /**
             * Properties of an AnswerRef.
             * @typedef {Object} democritus.v1.AnswerRef.$Properties
             * @property {number|null} [index] AnswerRef index
             * @property {string|null} [peerId] AnswerRef peerId
             * @property {string|null} [name] AnswerRef name
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AnswerRef.
             * @memberof democritus.v1
             * @interface IAnswerRef
             * @augments democritus.v1.AnswerRef.$Properties
             * @deprecated Use democritus.v1.AnswerRef.$Properties instead.
             */

            /**
             * Shape of an AnswerRef.
             * @typedef {democritus.v1.AnswerRef.$Properties} democritus.v1.AnswerRef.$Shape
             */

            /**
             * Constructs a new AnswerRef.
             * @memberof democritus.v1
             * @classdesc Represents an AnswerRef.
             * @constructor
             * @param {democritus.v1.AnswerRef.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AnswerRef = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AnswerRef index.
             * @member {number} index
             * @memberof democritus.v1.AnswerRef
             * @instance
             */
            AnswerRef.prototype.index = 0;

            /**
             * AnswerRef peerId.
             * @member {string} peerId
             * @memberof democritus.v1.AnswerRef
             * @instance
             */
            AnswerRef.prototype.peerId = "";

            /**
             * AnswerRef name.
             * @member {string} name
             * @memberof democritus.v1.AnswerRef
             * @instance
             */
            AnswerRef.prototype.name = "";

            /**
             * Creates a new AnswerRef instance using the specified properties.
             * @function create
             * @memberof democritus.v1.AnswerRef
             * @static
             * @param {democritus.v1.AnswerRef.$Properties=} [properties] Properties to set
             * @returns {democritus.v1.AnswerRef} AnswerRef instance
             * @type {{
             *   (properties: democritus.v1.AnswerRef.$Shape): democritus.v1.AnswerRef & democritus.v1.AnswerRef.$Shape;
             *   (properties?: democritus.v1.AnswerRef.$Properties): democritus.v1.AnswerRef;
             * }}
             */
            AnswerRef.create = function(properties) {
                return new AnswerRef(properties);
            };

            /**
             * Encodes the specified AnswerRef message. Does not implicitly {@link democritus.v1.AnswerRef.verify|verify} messages.
             * @function encode
             * @memberof democritus.v1.AnswerRef
             * @static
             * @param {democritus.v1.AnswerRef.$Properties} message AnswerRef message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AnswerRef.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.index != null && $Object.hasOwnProperty.call(message, "index") && message.index !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.index);
                if (message.peerId != null && $Object.hasOwnProperty.call(message, "peerId") && message.peerId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.peerId);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.name);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AnswerRef message from the specified reader or buffer.
             * @function decode
             * @memberof democritus.v1.AnswerRef
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {democritus.v1.AnswerRef & democritus.v1.AnswerRef.$Shape} AnswerRef
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AnswerRef.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.democritus.v1.AnswerRef();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.index = value;
                            else
                                delete message.index;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.peerId = value;
                            else
                                delete message.peerId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for AnswerRef
             * @function getTypeUrl
             * @memberof democritus.v1.AnswerRef
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AnswerRef.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/democritus.v1.AnswerRef";
            };

            return AnswerRef;
        })();

        v1.AnswerCluster = (function() {

            /**
             * Properties of an AnswerCluster.
             * @typedef {Object} democritus.v1.AnswerCluster.$Properties
             * @property {string|null} [answer] AnswerCluster answer
             * @property {Array.<democritus.v1.AnswerRef.$Properties>|null} [members] AnswerCluster members
             * @property {number|null} [weight] AnswerCluster weight
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AnswerCluster.
             * @memberof democritus.v1
             * @interface IAnswerCluster
             * @augments democritus.v1.AnswerCluster.$Properties
             * @deprecated Use democritus.v1.AnswerCluster.$Properties instead.
             */

            /**
             * Shape of an AnswerCluster.
             * @typedef {democritus.v1.AnswerCluster.$Properties} democritus.v1.AnswerCluster.$Shape
             */

            /**
             * Constructs a new AnswerCluster.
             * @memberof democritus.v1
             * @classdesc Represents an AnswerCluster.
             * @constructor
             * @param {democritus.v1.AnswerCluster.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AnswerCluster = function (properties) {
                this.members = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AnswerCluster answer.
             * @member {string} answer
             * @memberof democritus.v1.AnswerCluster
             * @instance
             */
            AnswerCluster.prototype.answer = "";

            /**
             * AnswerCluster members.
             * @member {Array.<democritus.v1.AnswerRef.$Properties>} members
             * @memberof democritus.v1.AnswerCluster
             * @instance
             */
            AnswerCluster.prototype.members = $util.emptyArray;

            /**
             * AnswerCluster weight.
             * @member {number} weight
             * @memberof democritus.v1.AnswerCluster
             * @instance
             */
            AnswerCluster.prototype.weight = 0;

            /**
             * Creates a new AnswerCluster instance using the specified properties.
             * @function create
             * @memberof democritus.v1.AnswerCluster
             * @static
             * @param {democritus.v1.AnswerCluster.$Properties=} [properties] Properties to set
             * @returns {democritus.v1.AnswerCluster} AnswerCluster instance
             * @type {{
             *   (properties: democritus.v1.AnswerCluster.$Shape): democritus.v1.AnswerCluster & democritus.v1.AnswerCluster.$Shape;
             *   (properties?: democritus.v1.AnswerCluster.$Properties): democritus.v1.AnswerCluster;
             * }}
             */
            AnswerCluster.create = function(properties) {
                return new AnswerCluster(properties);
            };

            /**
             * Encodes the specified AnswerCluster message. Does not implicitly {@link democritus.v1.AnswerCluster.verify|verify} messages.
             * @function encode
             * @memberof democritus.v1.AnswerCluster
             * @static
             * @param {democritus.v1.AnswerCluster.$Properties} message AnswerCluster message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AnswerCluster.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.answer != null && $Object.hasOwnProperty.call(message, "answer") && message.answer !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.answer);
                if (message.members != null && message.members.length)
                    for (let i = 0; i < message.members.length; ++i)
                        $root.democritus.v1.AnswerRef.encode(message.members[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.weight != null && $Object.hasOwnProperty.call(message, "weight") && !$Object.is(message.weight, 0))
                    writer.uint32(/* id 3, wireType 1 =*/25).double(message.weight);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AnswerCluster message from the specified reader or buffer.
             * @function decode
             * @memberof democritus.v1.AnswerCluster
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {democritus.v1.AnswerCluster & democritus.v1.AnswerCluster.$Shape} AnswerCluster
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AnswerCluster.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.democritus.v1.AnswerCluster();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.answer = value;
                            else
                                delete message.answer;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.members && message.members.length))
                                message.members = [];
                            message.members.push($root.democritus.v1.AnswerRef.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.weight = value;
                            else
                                delete message.weight;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for AnswerCluster
             * @function getTypeUrl
             * @memberof democritus.v1.AnswerCluster
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AnswerCluster.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/democritus.v1.AnswerCluster";
            };

            return AnswerCluster;
        })();

        v1.AggregatedAnswer = (function() {

            /**
             * Properties of an AggregatedAnswer.
             * @typedef {Object} democritus.v1.AggregatedAnswer.$Properties
             * @property {number|null} [index] AggregatedAnswer index
             * @property {string|null} [peerId] AggregatedAnswer peerId
             * @property {string|null} [name] AggregatedAnswer name
             * @property {string|null} [text] AggregatedAnswer text
             * @property {number|null} [weight] AggregatedAnswer weight
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AggregatedAnswer.
             * @memberof democritus.v1
             * @interface IAggregatedAnswer
             * @augments democritus.v1.AggregatedAnswer.$Properties
             * @deprecated Use democritus.v1.AggregatedAnswer.$Properties instead.
             */

            /**
             * Shape of an AggregatedAnswer.
             * @typedef {democritus.v1.AggregatedAnswer.$Properties} democritus.v1.AggregatedAnswer.$Shape
             */

            /**
             * Constructs a new AggregatedAnswer.
             * @memberof democritus.v1
             * @classdesc Represents an AggregatedAnswer.
             * @constructor
             * @param {democritus.v1.AggregatedAnswer.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AggregatedAnswer = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AggregatedAnswer index.
             * @member {number} index
             * @memberof democritus.v1.AggregatedAnswer
             * @instance
             */
            AggregatedAnswer.prototype.index = 0;

            /**
             * AggregatedAnswer peerId.
             * @member {string} peerId
             * @memberof democritus.v1.AggregatedAnswer
             * @instance
             */
            AggregatedAnswer.prototype.peerId = "";

            /**
             * AggregatedAnswer name.
             * @member {string} name
             * @memberof democritus.v1.AggregatedAnswer
             * @instance
             */
            AggregatedAnswer.prototype.name = "";

            /**
             * AggregatedAnswer text.
             * @member {string} text
             * @memberof democritus.v1.AggregatedAnswer
             * @instance
             */
            AggregatedAnswer.prototype.text = "";

            /**
             * AggregatedAnswer weight.
             * @member {number} weight
             * @memberof democritus.v1.AggregatedAnswer
             * @instance
             */
            AggregatedAnswer.prototype.weight = 0;

            /**
             * Creates a new AggregatedAnswer instance using the specified properties.
             * @function create
             * @memberof democritus.v1.AggregatedAnswer
             * @static
             * @param {democritus.v1.AggregatedAnswer.$Properties=} [properties] Properties to set
             * @returns {democritus.v1.AggregatedAnswer} AggregatedAnswer instance
             * @type {{
             *   (properties: democritus.v1.AggregatedAnswer.$Shape): democritus.v1.AggregatedAnswer & democritus.v1.AggregatedAnswer.$Shape;
             *   (properties?: democritus.v1.AggregatedAnswer.$Properties): democritus.v1.AggregatedAnswer;
             * }}
             */
            AggregatedAnswer.create = function(properties) {
                return new AggregatedAnswer(properties);
            };

            /**
             * Encodes the specified AggregatedAnswer message. Does not implicitly {@link democritus.v1.AggregatedAnswer.verify|verify} messages.
             * @function encode
             * @memberof democritus.v1.AggregatedAnswer
             * @static
             * @param {democritus.v1.AggregatedAnswer.$Properties} message AggregatedAnswer message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AggregatedAnswer.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.index != null && $Object.hasOwnProperty.call(message, "index") && message.index !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.index);
                if (message.peerId != null && $Object.hasOwnProperty.call(message, "peerId") && message.peerId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.peerId);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.name);
                if (message.text != null && $Object.hasOwnProperty.call(message, "text") && message.text !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.text);
                if (message.weight != null && $Object.hasOwnProperty.call(message, "weight") && !$Object.is(message.weight, 0))
                    writer.uint32(/* id 5, wireType 1 =*/41).double(message.weight);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AggregatedAnswer message from the specified reader or buffer.
             * @function decode
             * @memberof democritus.v1.AggregatedAnswer
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {democritus.v1.AggregatedAnswer & democritus.v1.AggregatedAnswer.$Shape} AggregatedAnswer
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AggregatedAnswer.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.democritus.v1.AggregatedAnswer();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.index = value;
                            else
                                delete message.index;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.peerId = value;
                            else
                                delete message.peerId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.text = value;
                            else
                                delete message.text;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.weight = value;
                            else
                                delete message.weight;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for AggregatedAnswer
             * @function getTypeUrl
             * @memberof democritus.v1.AggregatedAnswer
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AggregatedAnswer.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/democritus.v1.AggregatedAnswer";
            };

            return AggregatedAnswer;
        })();

        v1.FailedExpert = (function() {

            /**
             * Properties of a FailedExpert.
             * @typedef {Object} democritus.v1.FailedExpert.$Properties
             * @property {string|null} [peerId] FailedExpert peerId
             * @property {string|null} [name] FailedExpert name
             * @property {string|null} [error] FailedExpert error
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FailedExpert.
             * @memberof democritus.v1
             * @interface IFailedExpert
             * @augments democritus.v1.FailedExpert.$Properties
             * @deprecated Use democritus.v1.FailedExpert.$Properties instead.
             */

            /**
             * Shape of a FailedExpert.
             * @typedef {democritus.v1.FailedExpert.$Properties} democritus.v1.FailedExpert.$Shape
             */

            /**
             * Constructs a new FailedExpert.
             * @memberof democritus.v1
             * @classdesc Represents a FailedExpert.
             * @constructor
             * @param {democritus.v1.FailedExpert.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FailedExpert = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * FailedExpert peerId.
             * @member {string} peerId
             * @memberof democritus.v1.FailedExpert
             * @instance
             */
            FailedExpert.prototype.peerId = "";

            /**
             * FailedExpert name.
             * @member {string} name
             * @memberof democritus.v1.FailedExpert
             * @instance
             */
            FailedExpert.prototype.name = "";

            /**
             * FailedExpert error.
             * @member {string} error
             * @memberof democritus.v1.FailedExpert
             * @instance
             */
            FailedExpert.prototype.error = "";

            /**
             * Creates a new FailedExpert instance using the specified properties.
             * @function create
             * @memberof democritus.v1.FailedExpert
             * @static
             * @param {democritus.v1.FailedExpert.$Properties=} [properties] Properties to set
             * @returns {democritus.v1.FailedExpert} FailedExpert instance
             * @type {{
             *   (properties: democritus.v1.FailedExpert.$Shape): democritus.v1.FailedExpert & democritus.v1.FailedExpert.$Shape;
             *   (properties?: democritus.v1.FailedExpert.$Properties): democritus.v1.FailedExpert;
             * }}
             */
            FailedExpert.create = function(properties) {
                return new FailedExpert(properties);
            };

            /**
             * Encodes the specified FailedExpert message. Does not implicitly {@link democritus.v1.FailedExpert.verify|verify} messages.
             * @function encode
             * @memberof democritus.v1.FailedExpert
             * @static
             * @param {democritus.v1.FailedExpert.$Properties} message FailedExpert message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FailedExpert.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.peerId != null && $Object.hasOwnProperty.call(message, "peerId") && message.peerId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.peerId);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
                if (message.error != null && $Object.hasOwnProperty.call(message, "error") && message.error !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.error);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a FailedExpert message from the specified reader or buffer.
             * @function decode
             * @memberof democritus.v1.FailedExpert
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {democritus.v1.FailedExpert & democritus.v1.FailedExpert.$Shape} FailedExpert
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FailedExpert.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.democritus.v1.FailedExpert();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.peerId = value;
                            else
                                delete message.peerId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.error = value;
                            else
                                delete message.error;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for FailedExpert
             * @function getTypeUrl
             * @memberof democritus.v1.FailedExpert
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            FailedExpert.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/democritus.v1.FailedExpert";
            };

            return FailedExpert;
        })();

        v1.VoteTally = (function() {

            /**
             * Properties of a VoteTally.
             * @typedef {Object} democritus.v1.VoteTally.$Properties
             * @property {string|null} [kind] VoteTally kind
             * @property {string|null} [value] VoteTally value
             * @property {number|null} [weight] VoteTally weight
             * @property {number|null} [count] VoteTally count
             * @property {Array.<number>|null} [voters] VoteTally voters
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a VoteTally.
             * @memberof democritus.v1
             * @interface IVoteTally
             * @augments democritus.v1.VoteTally.$Properties
             * @deprecated Use democritus.v1.VoteTally.$Properties instead.
             */

            /**
             * Shape of a VoteTally.
             * @typedef {democritus.v1.VoteTally.$Properties} democritus.v1.VoteTally.$Shape
             */

            /**
             * Constructs a new VoteTally.
             * @memberof democritus.v1
             * @classdesc Represents a VoteTally.
             * @constructor
             * @param {democritus.v1.VoteTally.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const VoteTally = function (properties) {
                this.voters = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * VoteTally kind.
             * @member {string} kind
             * @memberof democritus.v1.VoteTally
             * @instance
             */
            VoteTally.prototype.kind = "";

            /**
             * VoteTally value.
             * @member {string} value
             * @memberof democritus.v1.VoteTally
             * @instance
             */
            VoteTally.prototype.value = "";

            /**
             * VoteTally weight.
             * @member {number} weight
             * @memberof democritus.v1.VoteTally
             * @instance
             */
            VoteTally.prototype.weight = 0;

            /**
             * VoteTally count.
             * @member {number} count
             * @memberof democritus.v1.VoteTally
             * @instance
             */
            VoteTally.prototype.count = 0;

            /**
             * VoteTally voters.
             * @member {Array.<number>} voters
             * @memberof democritus.v1.VoteTally
             * @instance
             */
            VoteTally.prototype.voters = $util.emptyArray;

            /**
             * Creates a new VoteTally instance using the specified properties.
             * @function create
             * @memberof democritus.v1.VoteTally
             * @static
             * @param {democritus.v1.VoteTally.$Properties=} [properties] Properties to set
             * @returns {democritus.v1.VoteTally} VoteTally instance
             * @type {{
             *   (properties: democritus.v1.VoteTally.$Shape): democritus.v1.VoteTally & democritus.v1.VoteTally.$Shape;
             *   (properties?: democritus.v1.VoteTally.$Properties): democritus.v1.VoteTally;
             * }}
             */
            VoteTally.create = function(properties) {
                return new VoteTally(properties);
            };

            /**
             * Encodes the specified VoteTally message. Does not implicitly {@link democritus.v1.VoteTally.verify|verify} messages.
             * @function encode
             * @memberof democritus.v1.VoteTally
             * @static
             * @param {democritus.v1.VoteTally.$Properties} message VoteTally message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            VoteTally.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.kind);
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.value);
                if (message.weight != null && $Object.hasOwnProperty.call(message, "weight") && !$Object.is(message.weight, 0))
                    writer.uint32(/* id 3, wireType 1 =*/25).double(message.weight);
                if (message.count != null && $Object.hasOwnProperty.call(message, "count") && message.count !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.count);
                if (message.voters != null && message.voters.length)
                    writer.uint32(/* id 5, wireType 2 =*/42).uint32s(message.voters);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a VoteTally message from the specified reader or buffer.
             * @function decode
             * @memberof democritus.v1.VoteTally
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {democritus.v1.VoteTally & democritus.v1.VoteTally.$Shape} VoteTally
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            VoteTally.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.democritus.v1.VoteTally();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.value = value;
                            else
                                delete message.value;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.weight = value;
                            else
                                delete message.weight;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.count = value;
                            else
                                delete message.count;
                            continue;
                        }
                    case 5: {
                            if (wireType === 2) {
                                if (!(message.voters && message.voters.length))
                                    message.voters = [];
                                reader.uint32s(message.voters);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.voters && message.voters.length))
                                message.voters = [];
                            message.voters.push(reader.uint32());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for VoteTally
             * @function getTypeUrl
             * @memberof democritus.v1.VoteTally
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            VoteTally.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/democritus.v1.VoteTally";
            };

            return VoteTally;
        })();

        v1.AggregationReport = (function() {

            /**
             * Properties of an AggregationReport.
             * @typedef {Object} democritus.v1.AggregationReport.$Properties
             * @property {string|null} [method] AggregationReport method
             * @property {string|null} [requested] AggregationReport requested
             * @property {democritus.v1.AnswerRef.$Properties|null} [winner] AggregationReport winner
             * @property {democritus.v1.ExpertInfo.$Properties|null} [aggregator] AggregationReport aggregator
             * @property {boolean|null} [conflict] AggregationReport conflict
             * @property {Array.<democritus.v1.AnswerCluster.$Properties>|null} [clusters] AggregationReport clusters
             * @property {string|null} [reason] AggregationReport reason
             * @property {Array.<democritus.v1.AggregatedAnswer.$Properties>|null} [answers] AggregationReport answers
             * @property {Array.<democritus.v1.FailedExpert.$Properties>|null} [failed] AggregationReport failed
             * @property {Array.<democritus.v1.VoteTally.$Properties>|null} [tally] AggregationReport tally
             * @property {boolean|null} [tie] AggregationReport tie
             * @property {democritus.v1.AggregationTimings.$Properties|null} [timings] AggregationReport timings
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AggregationReport.
             * @memberof democritus.v1
             * @interface IAggregationReport
             * @augments democritus.v1.AggregationReport.$Properties
             * @deprecated Use democritus.v1.AggregationReport.$Properties instead.
             */

            /**
             * Shape of an AggregationReport.
             * @typedef {democritus.v1.AggregationReport.$Properties} democritus.v1.AggregationReport.$Shape
             */

            /**
             * Constructs a new AggregationReport.
             * @memberof democritus.v1
             * @classdesc Represents an AggregationReport.
             * @constructor
             * @param {democritus.v1.AggregationReport.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AggregationReport = function (properties) {
                this.clusters = [];
                this.answers = [];
                this.failed = [];
                this.tally = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AggregationReport method.
             * @member {string} method
             * @memberof democritus.v1.AggregationReport
             * @instance
             */
            AggregationReport.prototype.method = "";

            /**
             * AggregationReport requested.
             * @member {string} requested
             * @memberof democritus.v1.AggregationReport
             * @instance
             */
            AggregationReport.prototype.requested = "";

            /**
             * AggregationReport winner.
             * @member {democritus.v1.AnswerRef.$Properties|null|undefined} winner
             * @memberof democritus.v1.AggregationReport
             * @instance
             */
            AggregationReport.prototype.winner = null;

            /**
             * AggregationReport aggregator.
             * @member {democritus.v1.ExpertInfo.$Properties|null|undefined} aggregator
             * @memberof democritus.v1.AggregationReport
             * @instance
             */
            AggregationReport.prototype.aggregator = null;

            /**
             * AggregationReport conflict.
             * @member {boolean} conflict
             * @memberof democritus.v1.AggregationReport
             * @instance
             */
            AggregationReport.prototype.conflict = false;

            /**
             * AggregationReport clusters.
             * @member {Array.<democritus.v1.AnswerCluster.$Properties>} clusters
             * @memberof democritus.v1.AggregationReport
             * @instance
             */
            AggregationReport.prototype.clusters = $util.emptyArray;

            /**
             * AggregationReport reason.
             * @member {string} reason
             * @memberof democritus.v1.AggregationReport
             * @instance
             */
            AggregationReport.prototype.reason = "";

            /**
             * AggregationReport answers.
             * @member {Array.<democritus.v1.AggregatedAnswer.$Properties>} answers
             * @memberof democritus.v1.AggregationReport
             * @instance
             */
            AggregationReport.prototype.answers = $util.emptyArray;

            /**
             * AggregationReport failed.
             * @member {Array.<democritus.v1.FailedExpert.$Properties>} failed
             * @memberof democritus.v1.AggregationReport
             * @instance
             */
            AggregationReport.prototype.failed = $util.emptyArray;

            /**
             * AggregationReport tally.
             * @member {Array.<democritus.v1.VoteTally.$Properties>} tally
             * @memberof democritus.v1.AggregationReport
             * @instance
             */
            AggregationReport.prototype.tally = $util.emptyArray;

            /**
             * AggregationReport tie.
             * @member {boolean} tie
             * @memberof democritus.v1.AggregationReport
             * @instance
             */
            AggregationReport.prototype.tie = false;

            /**
             * AggregationReport timings.
             * @member {democritus.v1.AggregationTimings.$Properties|null|undefined} timings
             * @memberof democritus.v1.AggregationReport
             * @instance
             */
            AggregationReport.prototype.timings = null;

            /**
             * Creates a new AggregationReport instance using the specified properties.
             * @function create
             * @memberof democritus.v1.AggregationReport
             * @static
             * @param {democritus.v1.AggregationReport.$Properties=} [properties] Properties to set
             * @returns {democritus.v1.AggregationReport} AggregationReport instance
             * @type {{
             *   (properties: democritus.v1.AggregationReport.$Shape): democritus.v1.AggregationReport & democritus.v1.AggregationReport.$Shape;
             *   (properties?: democritus.v1.AggregationReport.$Properties): democritus.v1.AggregationReport;
             * }}
             */
            AggregationReport.create = function(properties) {
                return new AggregationReport(properties);
            };

            /**
             * Encodes the specified AggregationReport message. Does not implicitly {@link democritus.v1.AggregationReport.verify|verify} messages.
             * @function encode
             * @memberof democritus.v1.AggregationReport
             * @static
             * @param {democritus.v1.AggregationReport.$Properties} message AggregationReport message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AggregationReport.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.method != null && $Object.hasOwnProperty.call(message, "method") && message.method !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.method);
                if (message.requested != null && $Object.hasOwnProperty.call(message, "requested") && message.requested !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.requested);
                if (message.winner != null && $Object.hasOwnProperty.call(message, "winner"))
                    $root.democritus.v1.AnswerRef.encode(message.winner, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.aggregator != null && $Object.hasOwnProperty.call(message, "aggregator"))
                    $root.democritus.v1.ExpertInfo.encode(message.aggregator, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.conflict != null && $Object.hasOwnProperty.call(message, "conflict") && message.conflict !== false)
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.conflict);
                if (message.clusters != null && message.clusters.length)
                    for (let i = 0; i < message.clusters.length; ++i)
                        $root.democritus.v1.AnswerCluster.encode(message.clusters[i], writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.reason);
                if (message.answers != null && message.answers.length)
                    for (let i = 0; i < message.answers.length; ++i)
                        $root.democritus.v1.AggregatedAnswer.encode(message.answers[i], writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                if (message.failed != null && message.failed.length)
                    for (let i = 0; i < message.failed.length; ++i)
                        $root.democritus.v1.FailedExpert.encode(message.failed[i], writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                if (message.tally != null && message.tally.length)
                    for (let i = 0; i < message.tally.length; ++i)
                        $root.democritus.v1.VoteTally.encode(message.tally[i], writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.tie != null && $Object.hasOwnProperty.call(message, "tie") && message.tie !== false)
                    writer.uint32(/* id 11, wireType 0 =*/88).bool(message.tie);
                if (message.timings != null && $Object.hasOwnProperty.call(message, "timings"))
                    $root.democritus.v1.AggregationTimings.encode(message.timings, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AggregationReport message from the specified reader or buffer.
             * @function decode
             * @memberof democritus.v1.AggregationReport
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {democritus.v1.AggregationReport & democritus.v1.AggregationReport.$Shape} AggregationReport
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AggregationReport.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.democritus.v1.AggregationReport();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.method = value;
                            else
                                delete message.method;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.requested = value;
                            else
                                delete message.requested;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.winner = $root.democritus.v1.AnswerRef.decode(reader, reader.size(), $undefined, _depth + 1, message.winner);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.aggregator = $root.democritus.v1.ExpertInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.aggregator);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.conflict = value;
                            else
                                delete message.conflict;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (!(message.clusters && message.clusters.length))
                                message.clusters = [];
                            message.clusters.push($root.democritus.v1.AnswerCluster.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if (!(message.answers && message.answers.length))
                                message.answers = [];
                            message.answers.push($root.democritus.v1.AggregatedAnswer.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if (!(message.failed && message.failed.length))
                                message.failed = [];
                            message.failed.push($root.democritus.v1.FailedExpert.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if (!(message.tally && message.tally.length))
                                message.tally = [];
                            message.tally.push($root.democritus.v1.VoteTally.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.tie = value;
                            else
                                delete message.tie;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.timings = $root.democritus.v1.AggregationTimings.decode(reader, reader.size(), $undefined, _depth + 1, message.timings);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for AggregationReport
             * @function getTypeUrl
             * @memberof democritus.v1.AggregationReport
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AggregationReport.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/democritus.v1.AggregationReport";
            };

            return AggregationReport;
        })();

        v1.AggregationTimings = (function() {

            /**
             * Properties of an AggregationTimings.
             * @typedef {Object} democritus.v1.AggregationTimings.$Properties
             * @property {number|null} [answeredMs] AggregationTimings answeredMs
             * @property {number|null} [decidedMs] AggregationTimings decidedMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AggregationTimings.
             * @memberof democritus.v1
             * @interface IAggregationTimings
             * @augments democritus.v1.AggregationTimings.$Properties
             * @deprecated Use democritus.v1.AggregationTimings.$Properties instead.
             */

            /**
             * Shape of an AggregationTimings.
             * @typedef {democritus.v1.AggregationTimings.$Properties} democritus.v1.AggregationTimings.$Shape
             */

            /**
             * Constructs a new AggregationTimings.
             * @memberof democritus.v1
             * @classdesc Represents an AggregationTimings.
             * @constructor
             * @param {democritus.v1.AggregationTimings.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AggregationTimings = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AggregationTimings answeredMs.
             * @member {number} answeredMs
             * @memberof democritus.v1.AggregationTimings
             * @instance
             */
            AggregationTimings.prototype.answeredMs = 0;

            /**
             * AggregationTimings decidedMs.
             * @member {number} decidedMs
             * @memberof democritus.v1.AggregationTimings
             * @instance
             */
            AggregationTimings.prototype.decidedMs = 0;

            /**
             * Creates a new AggregationTimings instance using the specified properties.
             * @function create
             * @memberof democritus.v1.AggregationTimings
             * @static
             * @param {democritus.v1.AggregationTimings.$Properties=} [properties] Properties to set
             * @returns {democritus.v1.AggregationTimings} AggregationTimings instance
             * @type {{
             *   (properties: democritus.v1.AggregationTimings.$Shape): democritus.v1.AggregationTimings & democritus.v1.AggregationTimings.$Shape;
             *   (properties?: democritus.v1.AggregationTimings.$Properties): democritus.v1.AggregationTimings;
             * }}
             */
            AggregationTimings.create = function(properties) {
                return new AggregationTimings(properties);
            };

            /**
             * Encodes the specified AggregationTimings message. Does not implicitly {@link democritus.v1.AggregationTimings.verify|verify} messages.
             * @function encode
             * @memberof democritus.v1.AggregationTimings
             * @static
             * @param {democritus.v1.AggregationTimings.$Properties} message AggregationTimings message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AggregationTimings.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.answeredMs != null && $Object.hasOwnProperty.call(message, "answeredMs") && !$Object.is(message.answeredMs, 0))
                    writer.uint32(/* id 1, wireType 1 =*/9).double(message.answeredMs);
                if (message.decidedMs != null && $Object.hasOwnProperty.call(message, "decidedMs") && !$Object.is(message.decidedMs, 0))
                    writer.uint32(/* id 2, wireType 1 =*/17).double(message.decidedMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AggregationTimings message from the specified reader or buffer.
             * @function decode
             * @memberof democritus.v1.AggregationTimings
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {democritus.v1.AggregationTimings & democritus.v1.AggregationTimings.$Shape} AggregationTimings
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AggregationTimings.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.democritus.v1.AggregationTimings();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.answeredMs = value;
                            else
                                delete message.answeredMs;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.decidedMs = value;
                            else
                                delete message.decidedMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for AggregationTimings
             * @function getTypeUrl
             * @memberof democritus.v1.AggregationTimings
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AggregationTimings.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/democritus.v1.AggregationTimings";
            };

            return AggregationTimings;
        })();

        v1.SanitizerChange = (function() {

            /**
             * Properties of a SanitizerChange.
             * @typedef {Object} democritus.v1.SanitizerChange.$Properties
             * @property {string|null} [rule] SanitizerChange rule
             * @property {number|null} [count] SanitizerChange count
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SanitizerChange.
             * @memberof democritus.v1
             * @interface ISanitizerChange
             * @augments democritus.v1.SanitizerChange.$Properties
             * @deprecated Use democritus.v1.SanitizerChange.$Properties instead.
             */

            /**
             * Shape of a SanitizerChange.
             * @typedef {democritus.v1.SanitizerChange.$Properties} democritus.v1.SanitizerChange.$Shape
             */

            /**
             * Constructs a new SanitizerChange.
             * @memberof democritus.v1
             * @classdesc Represents a SanitizerChange.
             * @constructor
             * @param {democritus.v1.SanitizerChange.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SanitizerChange = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SanitizerChange rule.
             * @member {string} rule
             * @memberof democritus.v1.SanitizerChange
             * @instance
             */
            SanitizerChange.prototype.rule = "";

            /**
             * SanitizerChange count.
             * @member {number} count
             * @memberof democritus.v1.SanitizerChange
             * @instance
             */
            SanitizerChange.prototype.count = 0;

            /**
             * Creates a new SanitizerChange instance using the specified properties.
             * @function create
             * @memberof democritus.v1.SanitizerChange
             * @static
             * @param {democritus.v1.SanitizerChange.$Properties=} [properties] Properties to set
             * @returns {democritus.v1.SanitizerChange} SanitizerChange instance
             * @type {{
             *   (properties: democritus.v1.SanitizerChange.$Shape): democritus.v1.SanitizerChange & democritus.v1.SanitizerChange.$Shape;
             *   (properties?: democritus.v1.SanitizerChange.$Properties): democritus.v1.SanitizerChange;
             * }}
             */
            SanitizerChange.create = function(properties) {
                return new SanitizerChange(properties);
            };

            /**
             * Encodes the specified SanitizerChange message. Does not implicitly {@link democritus.v1.SanitizerChange.verify|verify} messages.
             * @function encode
             * @memberof democritus.v1.SanitizerChange
             * @static
             * @param {democritus.v1.SanitizerChange.$Properties} message SanitizerChange message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SanitizerChange.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.rule != null && $Object.hasOwnProperty.call(message, "rule") && message.rule !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.rule);
                if (message.count != null && $Object.hasOwnProperty.call(message, "count") && message.count !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.count);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SanitizerChange message from the specified reader or buffer.
             * @function decode
             * @memberof democritus.v1.SanitizerChange
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {democritus.v1.SanitizerChange & democritus.v1.SanitizerChange.$Shape} SanitizerChange
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SanitizerChange.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.democritus.v1.SanitizerChange();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.rule = value;
                            else
                                delete message.rule;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.count = value;
                            else
                                delete message.count;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for SanitizerChange
             * @function getTypeUrl
             * @memberof democritus.v1.SanitizerChange
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SanitizerChange.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/democritus.v1.SanitizerChange";
            };

            return SanitizerChange;
        })();

        v1.SanitizerReport = (function() {

            /**
             * Properties of a SanitizerReport.
             * @typedef {Object} democritus.v1.SanitizerReport.$Properties
             * @property {Array.<democritus.v1.SanitizerChange.$Properties>|null} [input] SanitizerReport input
             * @property {Array.<democritus.v1.SanitizerChange.$Properties>|null} [output] SanitizerReport output
             * @property {boolean|null} [repetition] SanitizerReport repetition
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SanitizerReport.
             * @memberof democritus.v1
             * @interface ISanitizerReport
             * @augments democritus.v1.SanitizerReport.$Properties
             * @deprecated Use democritus.v1.SanitizerReport.$Properties instead.
             */

            /**
             * Shape of a SanitizerReport.
             * @typedef {democritus.v1.SanitizerReport.$Properties} democritus.v1.SanitizerReport.$Shape
             */

            /**
             * Constructs a new SanitizerReport.
             * @memberof democritus.v1
             * @classdesc Represents a SanitizerReport.
             * @constructor
             * @param {democritus.v1.SanitizerReport.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SanitizerReport = function (properties) {
                this.input = [];
                this.output = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SanitizerReport input.
             * @member {Array.<democritus.v1.SanitizerChange.$Properties>} input
             * @memberof democritus.v1.SanitizerReport
             * @instance
             */
            SanitizerReport.prototype.input = $util.emptyArray;

            /**
             * SanitizerReport output.
             * @member {Array.<democritus.v1.SanitizerChange.$Properties>} output
             * @memberof democritus.v1.SanitizerReport
             * @instance
             */
            SanitizerReport.prototype.output = $util.emptyArray;

            /**
             * SanitizerReport repetition.
             * @member {boolean} repetition
             * @memberof democritus.v1.SanitizerReport
             * @instance
             */
            SanitizerReport.prototype.repetition = false;

            /**
             * Creates a new SanitizerReport instance using the specified properties.
             * @function create
             * @memberof democritus.v1.SanitizerReport
             * @static
             * @param {democritus.v1.SanitizerReport.$Properties=} [properties] Properties to set
             * @returns {democritus.v1.SanitizerReport} SanitizerReport instance
             * @type {{
             *   (properties: democritus.v1.SanitizerReport.$Shape): democritus.v1.SanitizerReport & democritus.v1.SanitizerReport.$Shape;
             *   (properties?: democritus.v1.SanitizerReport.$Properties): democritus.v1.SanitizerReport;
             * }}
             */
            SanitizerReport.create = function(properties) {
                return new SanitizerReport(properties);
            };

            /**
             * Encodes the specified SanitizerReport message. Does not implicitly {@link democritus.v1.SanitizerReport.verify|verify} messages.
             * @function encode
             * @memberof democritus.v1.SanitizerReport
             * @static
             * @param {democritus.v1.SanitizerReport.$Properties} message SanitizerReport message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SanitizerReport.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.input != null && message.input.length)
                    for (let i = 0; i < message.input.length; ++i)
                        $root.democritus.v1.SanitizerChange.encode(message.input[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.output != null && message.output.length)
                    for (let i = 0; i < message.output.length; ++i)
                        $root.democritus.v1.SanitizerChange.encode(message.output[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.repetition != null && $Object.hasOwnProperty.call(message, "repetition") && message.repetition !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.repetition);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SanitizerReport message from the specified reader or buffer.
             * @function decode
             * @memberof democritus.v1.SanitizerReport
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {democritus.v1.SanitizerReport & democritus.v1.SanitizerReport.$Shape} SanitizerReport
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SanitizerReport.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.democritus.v1.SanitizerReport();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.input && message.input.length))
                                message.input = [];
                            message.input.push($root.democritus.v1.SanitizerChange.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.output && message.output.length))
                                message.output = [];
                            message.output.push($root.democritus.v1.SanitizerChange.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.repetition = value;
                            else
                                delete message.repetition;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for SanitizerReport
             * @function getTypeUrl
             * @memberof democritus.v1.SanitizerReport
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SanitizerReport.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/democritus.v1.SanitizerReport";
            };

            return SanitizerReport;
        })();

        v1.ChatEvent = (function() {

            /**
             * Properties of a ChatEvent.
             * @typedef {Object} democritus.v1.ChatEvent.$Properties
             * @property {democritus.v1.ChatToken.$Properties|null} [token] ChatEvent token
             * @property {democritus.v1.ChatDone.$Properties|null} [done] ChatEvent done
             * @property {democritus.v1.ChatProgress.$Properties|null} [progress] ChatEvent progress
             * @property {"token"|"done"|"progress"} [event] ChatEvent event
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ChatEvent.
             * @memberof democritus.v1
             * @interface IChatEvent
             * @augments democritus.v1.ChatEvent.$Properties
             * @deprecated Use democritus.v1.ChatEvent.$Properties instead.
             */

            /**
             * Narrowed shape of a ChatEvent.
             * @typedef {{
             *   token?: democritus.v1.ChatToken.$Shape|null;
             *   done?: democritus.v1.ChatDone.$Shape|null;
             *   progress?: democritus.v1.ChatProgress.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ event?: undefined; token?: null; done?: null; progress?: null }|{ event?: "token"; token: democritus.v1.ChatToken.$Shape; done?: null; progress?: null }|{ event?: "done"; token?: null; done: democritus.v1.ChatDone.$Shape; progress?: null }|{ event?: "progress"; token?: null; done?: null; progress: democritus.v1.ChatProgress.$Shape })
             * )} democritus.v1.ChatEvent.$Shape
             */

            /**
             * Constructs a new ChatEvent.
             * @memberof democritus.v1
             * @classdesc Represents a ChatEvent.
             * @constructor
             * @param {democritus.v1.ChatEvent.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ChatEvent = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ChatEvent token.
             * @member {democritus.v1.ChatToken.$Properties|null|undefined} token
             * @memberof democritus.v1.ChatEvent
             * @instance
             */
            ChatEvent.prototype.token = null;

            /**
             * ChatEvent done.
             * @member {democritus.v1.ChatDone.$Properties|null|undefined} done
             * @memberof democritus.v1.ChatEvent
             * @instance
             */
            ChatEvent.prototype.done = null;

            /**
             * ChatEvent progress.
             * @member {democritus.v1.ChatProgress.$Properties|null|undefined} progress
             * @memberof democritus.v1.ChatEvent
             * @instance
             */
            ChatEvent.prototype.progress = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * ChatEvent event.
             * @member {"token"|"done"|"progress"|undefined} event
             * @memberof democritus.v1.ChatEvent
             * @instance
             */
            $Object.defineProperty(ChatEvent.prototype, "event", {
                get: $util.oneOfGetter($oneOfFields = ["token", "done", "progress"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new ChatEvent instance using the specified properties.
             * @function create
             * @memberof democritus.v1.ChatEvent
             * @static
             * @param {democritus.v1.ChatEvent.$Properties=} [properties] Properties to set
             * @returns {democritus.v1.ChatEvent} ChatEvent instance
             * @type {{
             *   (properties: democritus.v1.ChatEvent.$Shape): democritus.v1.ChatEvent & democritus.v1.ChatEvent.$Shape;
             *   (properties?: democritus.v1.ChatEvent.$Properties): democritus.v1.ChatEvent;
             * }}
             */
            ChatEvent.create = function(properties) {
                return new ChatEvent(properties);
            };

            /**
             * Encodes the specified ChatEvent message. Does not implicitly {@link democritus.v1.ChatEvent.verify|verify} messages.
             * @function encode
             * @memberof democritus.v1.ChatEvent
             * @static
             * @param {democritus.v1.ChatEvent.$Properties} message ChatEvent message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ChatEvent.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.token != null && $Object.hasOwnProperty.call(message, "token"))
                    $root.democritus.v1.ChatToken.encode(message.token, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.done != null && $Object.hasOwnProperty.call(message, "done"))
                    $root.democritus.v1.ChatDone.encode(message.done, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.progress != null && $Object.hasOwnProperty.call(message, "progress"))
                    $root.democritus.v1.ChatProgress.encode(message.progress, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ChatEvent message from the specified reader or buffer.
             * @function decode
             * @memberof democritus.v1.ChatEvent
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {democritus.v1.ChatEvent & democritus.v1.ChatEvent.$Shape} ChatEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ChatEvent.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.democritus.v1.ChatEvent();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.token = $root.democritus.v1.ChatToken.decode(reader, reader.size(), $undefined, _depth + 1, message.token);
                            message.event = "token";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.done = $root.democritus.v1.ChatDone.decode(reader, reader.size(), $undefined, _depth + 1, message.done);
                            message.event = "done";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.progress = $root.democritus.v1.ChatProgress.decode(reader, reader.size(), $undefined, _depth + 1, message.progress);
                            message.event = "progress";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for ChatEvent
             * @function getTypeUrl
             * @memberof democritus.v1.ChatEvent
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ChatEvent.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/democritus.v1.ChatEvent";
            };

            return ChatEvent;
        })();

        v1.ProgressExpert = (function() {

            /**
             * Properties of a ProgressExpert.
             * @typedef {Object} democritus.v1.ProgressExpert.$Properties
             * @property {string|null} [peerId] ProgressExpert peerId
             * @property {string|null} [name] ProgressExpert name
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ProgressExpert.
             * @memberof democritus.v1
             * @interface IProgressExpert
             * @augments democritus.v1.ProgressExpert.$Properties
             * @deprecated Use democritus.v1.ProgressExpert.$Properties instead.
             */

            /**
             * Shape of a ProgressExpert.
             * @typedef {democritus.v1.ProgressExpert.$Properties} democritus.v1.ProgressExpert.$Shape
             */

            /**
             * Constructs a new ProgressExpert.
             * @memberof democritus.v1
             * @classdesc Represents a ProgressExpert.
             * @constructor
             * @param {democritus.v1.ProgressExpert.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ProgressExpert = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ProgressExpert peerId.
             * @member {string} peerId
             * @memberof democritus.v1.ProgressExpert
             * @instance
             */
            ProgressExpert.prototype.peerId = "";

            /**
             * ProgressExpert name.
             * @member {string} name
             * @memberof democritus.v1.ProgressExpert
             * @instance
             */
            ProgressExpert.prototype.name = "";

            /**
             * Creates a new ProgressExpert instance using the specified properties.
             * @function create
             * @memberof democritus.v1.ProgressExpert
             * @static
             * @param {democritus.v1.ProgressExpert.$Properties=} [properties] Properties to set
             * @returns {democritus.v1.ProgressExpert} ProgressExpert instance
             * @type {{
             *   (properties: democritus.v1.ProgressExpert.$Shape): democritus.v1.ProgressExpert & democritus.v1.ProgressExpert.$Shape;
             *   (properties?: democritus.v1.ProgressExpert.$Properties): democritus.v1.ProgressExpert;
             * }}
             */
            ProgressExpert.create = function(properties) {
                return new ProgressExpert(properties);
            };

            /**
             * Encodes the specified ProgressExpert message. Does not implicitly {@link democritus.v1.ProgressExpert.verify|verify} messages.
             * @function encode
             * @memberof democritus.v1.ProgressExpert
             * @static
             * @param {democritus.v1.ProgressExpert.$Properties} message ProgressExpert message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProgressExpert.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.peerId != null && $Object.hasOwnProperty.call(message, "peerId") && message.peerId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.peerId);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ProgressExpert message from the specified reader or buffer.
             * @function decode
             * @memberof democritus.v1.ProgressExpert
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {democritus.v1.ProgressExpert & democritus.v1.ProgressExpert.$Shape} ProgressExpert
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProgressExpert.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.democritus.v1.ProgressExpert();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.peerId = value;
                            else
                                delete message.peerId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for ProgressExpert
             * @function getTypeUrl
             * @memberof democritus.v1.ProgressExpert
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ProgressExpert.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/democritus.v1.ProgressExpert";
            };

            return ProgressExpert;
        })();

        v1.PlanTask = (function() {

            /**
             * Properties of a PlanTask.
             * @typedef {Object} democritus.v1.PlanTask.$Properties
             * @property {string|null} [id] PlanTask id
             * @property {string|null} [kind] PlanTask kind
             * @property {Array.<string>|null} [dependsOn] PlanTask dependsOn
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PlanTask.
             * @memberof democritus.v1
             * @interface IPlanTask
             * @augments democritus.v1.PlanTask.$Properties
             * @deprecated Use democritus.v1.PlanTask.$Properties instead.
             */

            /**
             * Shape of a PlanTask.
             * @typedef {democritus.v1.PlanTask.$Properties} democritus.v1.PlanTask.$Shape
             */

            /**
             * Constructs a new PlanTask.
             * @memberof democritus.v1
             * @classdesc Represents a PlanTask.
             * @constructor
             * @param {democritus.v1.PlanTask.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PlanTask = function (properties) {
                this.dependsOn = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PlanTask id.
             * @member {string} id
             * @memberof democritus.v1.PlanTask
             * @instance
             */
            PlanTask.prototype.id = "";

            /**
             * PlanTask kind.
             * @member {string} kind
             * @memberof democritus.v1.PlanTask
             * @instance
             */
            PlanTask.prototype.kind = "";

            /**
             * PlanTask dependsOn.
             * @member {Array.<string>} dependsOn
             * @memberof democritus.v1.PlanTask
             * @instance
             */
            PlanTask.prototype.dependsOn = $util.emptyArray;

            /**
             * Creates a new PlanTask instance using the specified properties.
             * @function create
             * @memberof democritus.v1.PlanTask
             * @static
             * @param {democritus.v1.PlanTask.$Properties=} [properties] Properties to set
             * @returns {democritus.v1.PlanTask} PlanTask instance
             * @type {{
             *   (properties: democritus.v1.PlanTask.$Shape): democritus.v1.PlanTask & democritus.v1.PlanTask.$Shape;
             *   (properties?: democritus.v1.PlanTask.$Properties): democritus.v1.PlanTask;
             * }}
             */
            PlanTask.create = function(properties) {
                return new PlanTask(properties);
            };

            /**
             * Encodes the specified PlanTask message. Does not implicitly {@link democritus.v1.PlanTask.verify|verify} messages.
             * @function encode
             * @memberof democritus.v1.PlanTask
             * @static
             * @param {democritus.v1.PlanTask.$Properties} message PlanTask message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PlanTask.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.kind);
                if (message.dependsOn != null && message.dependsOn.length)
                    for (let i = 0; i < message.dependsOn.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.dependsOn[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PlanTask message from the specified reader or buffer.
             * @function decode
             * @memberof democritus.v1.PlanTask
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {democritus.v1.PlanTask & democritus.v1.PlanTask.$Shape} PlanTask
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PlanTask.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.democritus.v1.PlanTask();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.dependsOn && message.dependsOn.length))
                                message.dependsOn = [];
                            message.dependsOn.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for PlanTask
             * @function getTypeUrl
             * @memberof democritus.v1.PlanTask
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PlanTask.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/democritus.v1.PlanTask";
            };

            return PlanTask;
        })();

        v1.PlanStarted = (function() {

            /**
             * Properties of a PlanStarted.
             * @typedef {Object} democritus.v1.PlanStarted.$Properties
             * @property {string|null} [finalTask] PlanStarted finalTask
             * @property {Array.<democritus.v1.PlanLayer.$Properties>|null} [layers] PlanStarted layers
             * @property {Array.<democritus.v1.PlanTask.$Properties>|null} [tasks] PlanStarted tasks
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PlanStarted.
             * @memberof democritus.v1
             * @interface IPlanStarted
             * @augments democritus.v1.PlanStarted.$Properties
             * @deprecated Use democritus.v1.PlanStarted.$Properties instead.
             */

            /**
             * Shape of a PlanStarted.
             * @typedef {democritus.v1.PlanStarted.$Properties} democritus.v1.PlanStarted.$Shape
             */

            /**
             * Constructs a new PlanStarted.
             * @memberof democritus.v1
             * @classdesc Represents a PlanStarted.
             * @constructor
             * @param {democritus.v1.PlanStarted.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PlanStarted = function (properties) {
                this.layers = [];
                this.tasks = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PlanStarted finalTask.
             * @member {string} finalTask
             * @memberof democritus.v1.PlanStarted
             * @instance
             */
            PlanStarted.prototype.finalTask = "";

            /**
             * PlanStarted layers.
             * @member {Array.<democritus.v1.PlanLayer.$Properties>} layers
             * @memberof democritus.v1.PlanStarted
             * @instance
             */
            PlanStarted.prototype.layers = $util.emptyArray;

            /**
             * PlanStarted tasks.
             * @member {Array.<democritus.v1.PlanTask.$Properties>} tasks
             * @memberof democritus.v1.PlanStarted
             * @instance
             */
            PlanStarted.prototype.tasks = $util.emptyArray;

            /**
             * Creates a new PlanStarted instance using the specified properties.
             * @function create
             * @memberof democritus.v1.PlanStarted
             * @static
             * @param {democritus.v1.PlanStarted.$Properties=} [properties] Properties to set
             * @returns {democritus.v1.PlanStarted} PlanStarted instance
             * @type {{
             *   (properties: democritus.v1.PlanStarted.$Shape): democritus.v1.PlanStarted & democritus.v1.PlanStarted.$Shape;
             *   (properties?: democritus.v1.PlanStarted.$Properties): democritus.v1.PlanStarted;
             * }}
             */
            PlanStarted.create = function(properties) {
                return new PlanStarted(properties);
            };

            /**
             * Encodes the specified PlanStarted message. Does not implicitly {@link democritus.v1.PlanStarted.verify|verify} messages.
             * @function encode
             * @memberof democritus.v1.PlanStarted
             * @static
             * @param {democritus.v1.PlanStarted.$Properties} message PlanStarted message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PlanStarted.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.finalTask != null && $Object.hasOwnProperty.call(message, "finalTask") && message.finalTask !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.finalTask);
                if (message.layers != null && message.layers.length)
                    for (let i = 0; i < message.layers.length; ++i)
                        $root.democritus.v1.PlanLayer.encode(message.layers[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.tasks != null && message.tasks.length)
                    for (let i = 0; i < message.tasks.length; ++i)
                        $root.democritus.v1.PlanTask.encode(message.tasks[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PlanStarted message from the specified reader or buffer.
             * @function decode
             * @memberof democritus.v1.PlanStarted
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {democritus.v1.PlanStarted & democritus.v1.PlanStarted.$Shape} PlanStarted
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PlanStarted.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.democritus.v1.PlanStarted();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.finalTask = value;
                            else
                                delete message.finalTask;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.layers && message.layers.length))
                                message.layers = [];
                            message.layers.push($root.democritus.v1.PlanLayer.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.tasks && message.tasks.length))
                                message.tasks = [];
                            message.tasks.push($root.democritus.v1.PlanTask.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for PlanStarted
             * @function getTypeUrl
             * @memberof democritus.v1.PlanStarted
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PlanStarted.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/democritus.v1.PlanStarted";
            };

            return PlanStarted;
        })();

        v1.TaskStarted = (function() {

            /**
             * Properties of a TaskStarted.
             * @typedef {Object} democritus.v1.TaskStarted.$Properties
             * @property {string|null} [taskId] TaskStarted taskId
             * @property {string|null} [kind] TaskStarted kind
             * @property {number|null} [attempt] TaskStarted attempt
             * @property {democritus.v1.ProgressExpert.$Properties|null} [expert] TaskStarted expert
             * @property {number|null} [atMs] TaskStarted atMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TaskStarted.
             * @memberof democritus.v1
             * @interface ITaskStarted
             * @augments democritus.v1.TaskStarted.$Properties
             * @deprecated Use democritus.v1.TaskStarted.$Properties instead.
             */

            /**
             * Shape of a TaskStarted.
             * @typedef {democritus.v1.TaskStarted.$Properties} democritus.v1.TaskStarted.$Shape
             */

            /**
             * Constructs a new TaskStarted.
             * @memberof democritus.v1
             * @classdesc Represents a TaskStarted.
             * @constructor
             * @param {democritus.v1.TaskStarted.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TaskStarted = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TaskStarted taskId.
             * @member {string} taskId
             * @memberof democritus.v1.TaskStarted
             * @instance
             */
            TaskStarted.prototype.taskId = "";

            /**
             * TaskStarted kind.
             * @member {string} kind
             * @memberof democritus.v1.TaskStarted
             * @instance
             */
            TaskStarted.prototype.kind = "";

            /**
             * TaskStarted attempt.
             * @member {number} attempt
             * @memberof democritus.v1.TaskStarted
             * @instance
             */
            TaskStarted.prototype.attempt = 0;

            /**
             * TaskStarted expert.
             * @member {democritus.v1.ProgressExpert.$Properties|null|undefined} expert
             * @memberof democritus.v1.TaskStarted
             * @instance
             */
            TaskStarted.prototype.expert = null;

            /**
             * TaskStarted atMs.
             * @member {number} atMs
             * @memberof democritus.v1.TaskStarted
             * @instance
             */
            TaskStarted.prototype.atMs = 0;

            /**
             * Creates a new TaskStarted instance using the specified properties.
             * @function create
             * @memberof democritus.v1.TaskStarted
             * @static
             * @param {democritus.v1.TaskStarted.$Properties=} [properties] Properties to set
             * @returns {democritus.v1.TaskStarted} TaskStarted instance
             * @type {{
             *   (properties: democritus.v1.TaskStarted.$Shape): democritus.v1.TaskStarted & democritus.v1.TaskStarted.$Shape;
             *   (properties?: democritus.v1.TaskStarted.$Properties): democritus.v1.TaskStarted;
             * }}
             */
            TaskStarted.create = function(properties) {
                return new TaskStarted(properties);
            };

            /**
             * Encodes the specified TaskStarted message. Does not implicitly {@link democritus.v1.TaskStarted.verify|verify} messages.
             * @function encode
             * @memberof democritus.v1.TaskStarted
             * @static
             * @param {democritus.v1.TaskStarted.$Properties} message TaskStarted message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TaskStarted.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId") && message.taskId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.taskId);
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.kind);
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt") && message.attempt !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.attempt);
                if (message.expert != null && $Object.hasOwnProperty.call(message, "expert"))
                    $root.democritus.v1.ProgressExpert.encode(message.expert, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs") && !$Object.is(message.atMs, 0))
                    writer.uint32(/* id 5, wireType 1 =*/41).double(message.atMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TaskStarted message from the specified reader or buffer.
             * @function decode
             * @memberof democritus.v1.TaskStarted
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {democritus.v1.TaskStarted & democritus.v1.TaskStarted.$Shape} TaskStarted
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TaskStarted.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.democritus.v1.TaskStarted();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.taskId = value;
                            else
                                delete message.taskId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.attempt = value;
                            else
                                delete message.attempt;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.expert = $root.democritus.v1.ProgressExpert.decode(reader, reader.size(), $undefined, _depth + 1, message.expert);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.atMs = value;
                            else
                                delete message.atMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for TaskStarted
             * @function getTypeUrl
             * @memberof democritus.v1.TaskStarted
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TaskStarted.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/democritus.v1.TaskStarted";
            };

            return TaskStarted;
        })();

        v1.TaskFinished = (function() {

            /**
             * Properties of a TaskFinished.
             * @typedef {Object} democritus.v1.TaskFinished.$Properties
             * @property {string|null} [taskId] TaskFinished taskId
             * @property {number|null} [attempt] TaskFinished attempt
             * @property {democritus.v1.ProgressExpert.$Properties|null} [expert] TaskFinished expert
             * @property {number|null} [completionTokens] TaskFinished completionTokens
             * @property {number|null} [ms] TaskFinished ms
             * @property {number|null} [atMs] TaskFinished atMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TaskFinished.
             * @memberof democritus.v1
             * @interface ITaskFinished
             * @augments democritus.v1.TaskFinished.$Properties
             * @deprecated Use democritus.v1.TaskFinished.$Properties instead.
             */

            /**
             * Shape of a TaskFinished.
             * @typedef {democritus.v1.TaskFinished.$Properties} democritus.v1.TaskFinished.$Shape
             */

            /**
             * Constructs a new TaskFinished.
             * @memberof democritus.v1
             * @classdesc Represents a TaskFinished.
             * @constructor
             * @param {democritus.v1.TaskFinished.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TaskFinished = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TaskFinished taskId.
             * @member {string} taskId
             * @memberof democritus.v1.TaskFinished
             * @instance
             */
            TaskFinished.prototype.taskId = "";

            /**
             * TaskFinished attempt.
             * @member {number} attempt
             * @memberof democritus.v1.TaskFinished
             * @instance
             */
            TaskFinished.prototype.attempt = 0;

            /**
             * TaskFinished expert.
             * @member {democritus.v1.ProgressExpert.$Properties|null|undefined} expert
             * @memberof democritus.v1.TaskFinished
             * @instance
             */
            TaskFinished.prototype.expert = null;

            /**
             * TaskFinished completionTokens.
             * @member {number} completionTokens
             * @memberof democritus.v1.TaskFinished
             * @instance
             */
            TaskFinished.prototype.completionTokens = 0;

            /**
             * TaskFinished ms.
             * @member {number} ms
             * @memberof democritus.v1.TaskFinished
             * @instance
             */
            TaskFinished.prototype.ms = 0;

            /**
             * TaskFinished atMs.
             * @member {number} atMs
             * @memberof democritus.v1.TaskFinished
             * @instance
             */
            TaskFinished.prototype.atMs = 0;

            /**
             * Creates a new TaskFinished instance using the specified properties.
             * @function create
             * @memberof democritus.v1.TaskFinished
             * @static
             * @param {democritus.v1.TaskFinished.$Properties=} [properties] Properties to set
             * @returns {democritus.v1.TaskFinished} TaskFinished instance
             * @type {{
             *   (properties: democritus.v1.TaskFinished.$Shape): democritus.v1.TaskFinished & democritus.v1.TaskFinished.$Shape;
             *   (properties?: democritus.v1.TaskFinished.$Properties): democritus.v1.TaskFinished;
             * }}
             */
            TaskFinished.create = function(properties) {
                return new TaskFinished(properties);
            };

            /**
             * Encodes the specified TaskFinished message. Does not implicitly {@link democritus.v1.TaskFinished.verify|verify} messages.
             * @function encode
             * @memberof democritus.v1.TaskFinished
             * @static
             * @param {democritus.v1.TaskFinished.$Properties} message TaskFinished message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TaskFinished.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId") && message.taskId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.taskId);
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt") && message.attempt !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.attempt);
                if (message.expert != null && $Object.hasOwnProperty.call(message, "expert"))
                    $root.democritus.v1.ProgressExpert.encode(message.expert, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.completionTokens != null && $Object.hasOwnProperty.call(message, "completionTokens") && message.completionTokens !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.completionTokens);
                if (message.ms != null && $Object.hasOwnProperty.call(message, "ms") && !$Object.is(message.ms, 0))
                    writer.uint32(/* id 5, wireType 1 =*/41).double(message.ms);
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs") && !$Object.is(message.atMs, 0))
                    writer.uint32(/* id 6, wireType 1 =*/49).double(message.atMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TaskFinished message from the specified reader or buffer.
             * @function decode
             * @memberof democritus.v1.TaskFinished
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {democritus.v1.TaskFinished & democritus.v1.TaskFinished.$Shape} TaskFinished
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TaskFinished.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.democritus.v1.TaskFinished();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.taskId = value;
                            else
                                delete message.taskId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.attempt = value;
                            else
                                delete message.attempt;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.expert = $root.democritus.v1.ProgressExpert.decode(reader, reader.size(), $undefined, _depth + 1, message.expert);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.completionTokens = value;
                            else
                                delete message.completionTokens;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.ms = value;
                            else
                                delete message.ms;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.atMs = value;
                            else
                                delete message.atMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for TaskFinished
             * @function getTypeUrl
             * @memberof democritus.v1.TaskFinished
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TaskFinished.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/democritus.v1.TaskFinished";
            };

            return TaskFinished;
        })();

        v1.TaskRetried = (function() {

            /**
             * Properties of a TaskRetried.
             * @typedef {Object} democritus.v1.TaskRetried.$Properties
             * @property {string|null} [taskId] TaskRetried taskId
             * @property {number|null} [attempt] TaskRetried attempt
             * @property {democritus.v1.ProgressExpert.$Properties|null} [expert] TaskRetried expert
             * @property {string|null} [error] TaskRetried error
             * @property {democritus.v1.ProgressExpert.$Properties|null} [next] TaskRetried next
             * @property {number|null} [atMs] TaskRetried atMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TaskRetried.
             * @memberof democritus.v1
             * @interface ITaskRetried
             * @augments democritus.v1.TaskRetried.$Properties
             * @deprecated Use democritus.v1.TaskRetried.$Properties instead.
             */

            /**
             * Shape of a TaskRetried.
             * @typedef {democritus.v1.TaskRetried.$Properties} democritus.v1.TaskRetried.$Shape
             */

            /**
             * Constructs a new TaskRetried.
             * @memberof democritus.v1
             * @classdesc Represents a TaskRetried.
             * @constructor
             * @param {democritus.v1.TaskRetried.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TaskRetried = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TaskRetried taskId.
             * @member {string} taskId
             * @memberof democritus.v1.TaskRetried
             * @instance
             */
            TaskRetried.prototype.taskId = "";

            /**
             * TaskRetried attempt.
             * @member {number} attempt
             * @memberof democritus.v1.TaskRetried
             * @instance
             */
            TaskRetried.prototype.attempt = 0;

            /**
             * TaskRetried expert.
             * @member {democritus.v1.ProgressExpert.$Properties|null|undefined} expert
             * @memberof democritus.v1.TaskRetried
             * @instance
             */
            TaskRetried.prototype.expert = null;

            /**
             * TaskRetried error.
             * @member {string} error
             * @memberof democritus.v1.TaskRetried
             * @instance
             */
            TaskRetried.prototype.error = "";

            /**
             * TaskRetried next.
             * @member {democritus.v1.ProgressExpert.$Properties|null|undefined} next
             * @memberof democritus.v1.TaskRetried
             * @instance
             */
            TaskRetried.prototype.next = null;

            /**
             * TaskRetried atMs.
             * @member {number} atMs
             * @memberof democritus.v1.TaskRetried
             * @instance
             */
            TaskRetried.prototype.atMs = 0;

            /**
             * Creates a new TaskRetried instance using the specified properties.
             * @function create
             * @memberof democritus.v1.TaskRetried
             * @static
             * @param {democritus.v1.TaskRetried.$Properties=} [properties] Properties to set
             * @returns {democritus.v1.TaskRetried} TaskRetried instance
             * @type {{
             *   (properties: democritus.v1.TaskRetried.$Shape): democritus.v1.TaskRetried & democritus.v1.TaskRetried.$Shape;
             *   (properties?: democritus.v1.TaskRetried.$Properties): democritus.v1.TaskRetried;
             * }}
             */
            TaskRetried.create = function(properties) {
                return new TaskRetried(properties);
            };

            /**
             * Encodes the specified TaskRetried message. Does not implicitly {@link democritus.v1.TaskRetried.verify|verify} messages.
             * @function encode
             * @memberof democritus.v1.TaskRetried
             * @static
             * @param {democritus.v1.TaskRetried.$Properties} message TaskRetried message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TaskRetried.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId") && message.taskId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.taskId);
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt") && message.attempt !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.attempt);
                if (message.expert != null && $Object.hasOwnProperty.call(message, "expert"))
                    $root.democritus.v1.ProgressExpert.encode(message.expert, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.error != null && $Object.hasOwnProperty.call(message, "error") && message.error !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.error);
                if (message.next != null && $Object.hasOwnProperty.call(message, "next"))
                    $root.democritus.v1.ProgressExpert.encode(message.next, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs") && !$Object.is(message.atMs, 0))
                    writer.uint32(/* id 6, wireType 1 =*/49).double(message.atMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TaskRetried message from the specified reader or buffer.
             * @function decode
             * @memberof democritus.v1.TaskRetried
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {democritus.v1.TaskRetried & democritus.v1.TaskRetried.$Shape} TaskRetried
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TaskRetried.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.democritus.v1.TaskRetried();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.taskId = value;
                            else
                                delete message.taskId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.attempt = value;
                            else
                                delete message.attempt;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.expert = $root.democritus.v1.ProgressExpert.decode(reader, reader.size(), $undefined, _depth + 1, message.expert);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.error = value;
                            else
                                delete message.error;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.next = $root.democritus.v1.ProgressExpert.decode(reader, reader.size(), $undefined, _depth + 1, message.next);
                            continue;
                        }
                    case 6: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.atMs = value;
                            else
                                delete message.atMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for TaskRetried
             * @function getTypeUrl
             * @memberof democritus.v1.TaskRetried
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TaskRetried.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/democritus.v1.TaskRetried";
            };

            return TaskRetried;
        })();

        v1.TaskFailed = (function() {

            /**
             * Properties of a TaskFailed.
             * @typedef {Object} democritus.v1.TaskFailed.$Properties
             * @property {string|null} [taskId] TaskFailed taskId
             * @property {number|null} [attempt] TaskFailed attempt
             * @property {democritus.v1.ProgressExpert.$Properties|null} [expert] TaskFailed expert
             * @property {string|null} [error] TaskFailed error
             * @property {number|null} [atMs] TaskFailed atMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TaskFailed.
             * @memberof democritus.v1
             * @interface ITaskFailed
             * @augments democritus.v1.TaskFailed.$Properties
             * @deprecated Use democritus.v1.TaskFailed.$Properties instead.
             */

            /**
             * Shape of a TaskFailed.
             * @typedef {democritus.v1.TaskFailed.$Properties} democritus.v1.TaskFailed.$Shape
             */

            /**
             * Constructs a new TaskFailed.
             * @memberof democritus.v1
             * @classdesc Represents a TaskFailed.
             * @constructor
             * @param {democritus.v1.TaskFailed.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TaskFailed = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TaskFailed taskId.
             * @member {string} taskId
             * @memberof democritus.v1.TaskFailed
             * @instance
             */
            TaskFailed.prototype.taskId = "";

            /**
             * TaskFailed attempt.
             * @member {number} attempt
             * @memberof democritus.v1.TaskFailed
             * @instance
             */
            TaskFailed.prototype.attempt = 0;

            /**
             * TaskFailed expert.
             * @member {democritus.v1.ProgressExpert.$Properties|null|undefined} expert
             * @memberof democritus.v1.TaskFailed
             * @instance
             */
            TaskFailed.prototype.expert = null;

            /**
             * TaskFailed error.
             * @member {string} error
             * @memberof democritus.v1.TaskFailed
             * @instance
             */
            TaskFailed.prototype.error = "";

            /**
             * TaskFailed atMs.
             * @member {number} atMs
             * @memberof democritus.v1.TaskFailed
             * @instance
             */
            TaskFailed.prototype.atMs = 0;

            /**
             * Creates a new TaskFailed instance using the specified properties.
             * @function create
             * @memberof democritus.v1.TaskFailed
             * @static
             * @param {democritus.v1.TaskFailed.$Properties=} [properties] Properties to set
             * @returns {democritus.v1.TaskFailed} TaskFailed instance
             * @type {{
             *   (properties: democritus.v1.TaskFailed.$Shape): democritus.v1.TaskFailed & democritus.v1.TaskFailed.$Shape;
             *   (properties?: democritus.v1.TaskFailed.$Properties): democritus.v1.TaskFailed;
             * }}
             */
            TaskFailed.create = function(properties) {
                return new TaskFailed(properties);
            };

            /**
             * Encodes the specified TaskFailed message. Does not implicitly {@link democritus.v1.TaskFailed.verify|verify} messages.
             * @function encode
             * @memberof democritus.v1.TaskFailed
             * @static
             * @param {democritus.v1.TaskFailed.$Properties} message TaskFailed message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TaskFailed.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId") && message.taskId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.taskId);
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt") && message.attempt !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.attempt);
                if (message.expert != null && $Object.hasOwnProperty.call(message, "expert"))
                    $root.democritus.v1.ProgressExpert.encode(message.expert, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.error != null && $Object.hasOwnProperty.call(message, "error") && message.error !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.error);
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs") && !$Object.is(message.atMs, 0))
                    writer.uint32(/* id 5, wireType 1 =*/41).double(message.atMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TaskFailed message from the specified reader or buffer.
             * @function decode
             * @memberof democritus.v1.TaskFailed
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {democritus.v1.TaskFailed & democritus.v1.TaskFailed.$Shape} TaskFailed
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TaskFailed.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.democritus.v1.TaskFailed();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.taskId = value;
                            else
                                delete message.taskId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.attempt = value;
                            else
                                delete message.attempt;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.expert = $root.democritus.v1.ProgressExpert.decode(reader, reader.size(), $undefined, _depth + 1, message.expert);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.error = value;
                            else
                                delete message.error;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.atMs = value;
                            else
                                delete message.atMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for TaskFailed
             * @function getTypeUrl
             * @memberof democritus.v1.TaskFailed
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TaskFailed.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/democritus.v1.TaskFailed";
            };

            return TaskFailed;
        })();

        v1.AnswerStarted = (function() {

            /**
             * Properties of an AnswerStarted.
             * @typedef {Object} democritus.v1.AnswerStarted.$Properties
             * @property {democritus.v1.ProgressExpert.$Properties|null} [expert] AnswerStarted expert
             * @property {number|null} [atMs] AnswerStarted atMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AnswerStarted.
             * @memberof democritus.v1
             * @interface IAnswerStarted
             * @augments democritus.v1.AnswerStarted.$Properties
             * @deprecated Use democritus.v1.AnswerStarted.$Properties instead.
             */

            /**
             * Shape of an AnswerStarted.
             * @typedef {democritus.v1.AnswerStarted.$Properties} democritus.v1.AnswerStarted.$Shape
             */

            /**
             * Constructs a new AnswerStarted.
             * @memberof democritus.v1
             * @classdesc Represents an AnswerStarted.
             * @constructor
             * @param {democritus.v1.AnswerStarted.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AnswerStarted = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AnswerStarted expert.
             * @member {democritus.v1.ProgressExpert.$Properties|null|undefined} expert
             * @memberof democritus.v1.AnswerStarted
             * @instance
             */
            AnswerStarted.prototype.expert = null;

            /**
             * AnswerStarted atMs.
             * @member {number} atMs
             * @memberof democritus.v1.AnswerStarted
             * @instance
             */
            AnswerStarted.prototype.atMs = 0;

            /**
             * Creates a new AnswerStarted instance using the specified properties.
             * @function create
             * @memberof democritus.v1.AnswerStarted
             * @static
             * @param {democritus.v1.AnswerStarted.$Properties=} [properties] Properties to set
             * @returns {democritus.v1.AnswerStarted} AnswerStarted instance
             * @type {{
             *   (properties: democritus.v1.AnswerStarted.$Shape): democritus.v1.AnswerStarted & democritus.v1.AnswerStarted.$Shape;
             *   (properties?: democritus.v1.AnswerStarted.$Properties): democritus.v1.AnswerStarted;
             * }}
             */
            AnswerStarted.create = function(properties) {
                return new AnswerStarted(properties);
            };

            /**
             * Encodes the specified AnswerStarted message. Does not implicitly {@link democritus.v1.AnswerStarted.verify|verify} messages.
             * @function encode
             * @memberof democritus.v1.AnswerStarted
             * @static
             * @param {democritus.v1.AnswerStarted.$Properties} message AnswerStarted message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AnswerStarted.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.expert != null && $Object.hasOwnProperty.call(message, "expert"))
                    $root.democritus.v1.ProgressExpert.encode(message.expert, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs") && !$Object.is(message.atMs, 0))
                    writer.uint32(/* id 2, wireType 1 =*/17).double(message.atMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AnswerStarted message from the specified reader or buffer.
             * @function decode
             * @memberof democritus.v1.AnswerStarted
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {democritus.v1.AnswerStarted & democritus.v1.AnswerStarted.$Shape} AnswerStarted
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AnswerStarted.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.democritus.v1.AnswerStarted();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.expert = $root.democritus.v1.ProgressExpert.decode(reader, reader.size(), $undefined, _depth + 1, message.expert);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.atMs = value;
                            else
                                delete message.atMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for AnswerStarted
             * @function getTypeUrl
             * @memberof democritus.v1.AnswerStarted
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AnswerStarted.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/democritus.v1.AnswerStarted";
            };

            return AnswerStarted;
        })();

        v1.AnswerFinished = (function() {

            /**
             * Properties of an AnswerFinished.
             * @typedef {Object} democritus.v1.AnswerFinished.$Properties
             * @property {democritus.v1.ProgressExpert.$Properties|null} [expert] AnswerFinished expert
             * @property {number|null} [completionTokens] AnswerFinished completionTokens
             * @property {number|null} [ms] AnswerFinished ms
             * @property {number|null} [atMs] AnswerFinished atMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AnswerFinished.
             * @memberof democritus.v1
             * @interface IAnswerFinished
             * @augments democritus.v1.AnswerFinished.$Properties
             * @deprecated Use democritus.v1.AnswerFinished.$Properties instead.
             */

            /**
             * Shape of an AnswerFinished.
             * @typedef {democritus.v1.AnswerFinished.$Properties} democritus.v1.AnswerFinished.$Shape
             */

            /**
             * Constructs a new AnswerFinished.
             * @memberof democritus.v1
             * @classdesc Represents an AnswerFinished.
             * @constructor
             * @param {democritus.v1.AnswerFinished.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AnswerFinished = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AnswerFinished expert.
             * @member {democritus.v1.ProgressExpert.$Properties|null|undefined} expert
             * @memberof democritus.v1.AnswerFinished
             * @instance
             */
            AnswerFinished.prototype.expert = null;

            /**
             * AnswerFinished completionTokens.
             * @member {number} completionTokens
             * @memberof democritus.v1.AnswerFinished
             * @instance
             */
            AnswerFinished.prototype.completionTokens = 0;

            /**
             * AnswerFinished ms.
             * @member {number} ms
             * @memberof democritus.v1.AnswerFinished
             * @instance
             */
            AnswerFinished.prototype.ms = 0;

            /**
             * AnswerFinished atMs.
             * @member {number} atMs
             * @memberof democritus.v1.AnswerFinished
             * @instance
             */
            AnswerFinished.prototype.atMs = 0;

            /**
             * Creates a new AnswerFinished instance using the specified properties.
             * @function create
             * @memberof democritus.v1.AnswerFinished
             * @static
             * @param {democritus.v1.AnswerFinished.$Properties=} [properties] Properties to set
             * @returns {democritus.v1.AnswerFinished} AnswerFinished instance
             * @type {{
             *   (properties: democritus.v1.AnswerFinished.$Shape): democritus.v1.AnswerFinished & democritus.v1.AnswerFinished.$Shape;
             *   (properties?: democritus.v1.AnswerFinished.$Properties): democritus.v1.AnswerFinished;
             * }}
             */
            AnswerFinished.create = function(properties) {
                return new AnswerFinished(properties);
            };

            /**
             * Encodes the specified AnswerFinished message. Does not implicitly {@link democritus.v1.AnswerFinished.verify|verify} messages.
             * @function encode
             * @memberof democritus.v1.AnswerFinished
             * @static
             * @param {democritus.v1.AnswerFinished.$Properties} message AnswerFinished message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AnswerFinished.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.expert != null && $Object.hasOwnProperty.call(message, "expert"))
                    $root.democritus.v1.ProgressExpert.encode(message.expert, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.completionTokens != null && $Object.hasOwnProperty.call(message, "completionTokens") && message.completionTokens !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.completionTokens);
                if (message.ms != null && $Object.hasOwnProperty.call(message, "ms") && !$Object.is(message.ms, 0))
                    writer.uint32(/* id 3, wireType 1 =*/25).double(message.ms);
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs") && !$Object.is(message.atMs, 0))
                    writer.uint32(/* id 4, wireType 1 =*/33).double(message.atMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AnswerFinished message from the specified reader or buffer.
             * @function decode
             * @memberof democritus.v1.AnswerFinished
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {democritus.v1.AnswerFinished & democritus.v1.AnswerFinished.$Shape} AnswerFinished
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AnswerFinished.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.democritus.v1.AnswerFinished();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.expert = $root.democritus.v1.ProgressExpert.decode(reader, reader.size(), $undefined, _depth + 1, message.expert);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.completionTokens = value;
                            else
                                delete message.completionTokens;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.ms = value;
                            else
                                delete message.ms;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.atMs = value;
                            else
                                delete message.atMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for AnswerFinished
             * @function getTypeUrl
             * @memberof democritus.v1.AnswerFinished
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AnswerFinished.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/democritus.v1.AnswerFinished";
            };

            return AnswerFinished;
        })();

        v1.AnswerFailed = (function() {

            /**
             * Properties of an AnswerFailed.
             * @typedef {Object} democritus.v1.AnswerFailed.$Properties
             * @property {democritus.v1.ProgressExpert.$Properties|null} [expert] AnswerFailed expert
             * @property {string|null} [error] AnswerFailed error
             * @property {number|null} [atMs] AnswerFailed atMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AnswerFailed.
             * @memberof democritus.v1
             * @interface IAnswerFailed
             * @augments democritus.v1.AnswerFailed.$Properties
             * @deprecated Use democritus.v1.AnswerFailed.$Properties instead.
             */

            /**
             * Shape of an AnswerFailed.
             * @typedef {democritus.v1.AnswerFailed.$Properties} democritus.v1.AnswerFailed.$Shape
             */

            /**
             * Constructs a new AnswerFailed.
             * @memberof democritus.v1
             * @classdesc Represents an AnswerFailed.
             * @constructor
             * @param {democritus.v1.AnswerFailed.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AnswerFailed = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AnswerFailed expert.
             * @member {democritus.v1.ProgressExpert.$Properties|null|undefined} expert
             * @memberof democritus.v1.AnswerFailed
             * @instance
             */
            AnswerFailed.prototype.expert = null;

            /**
             * AnswerFailed error.
             * @member {string} error
             * @memberof democritus.v1.AnswerFailed
             * @instance
             */
            AnswerFailed.prototype.error = "";

            /**
             * AnswerFailed atMs.
             * @member {number} atMs
             * @memberof democritus.v1.AnswerFailed
             * @instance
             */
            AnswerFailed.prototype.atMs = 0;

            /**
             * Creates a new AnswerFailed instance using the specified properties.
             * @function create
             * @memberof democritus.v1.AnswerFailed
             * @static
             * @param {democritus.v1.AnswerFailed.$Properties=} [properties] Properties to set
             * @returns {democritus.v1.AnswerFailed} AnswerFailed instance
             * @type {{
             *   (properties: democritus.v1.AnswerFailed.$Shape): democritus.v1.AnswerFailed & democritus.v1.AnswerFailed.$Shape;
             *   (properties?: democritus.v1.AnswerFailed.$Properties): democritus.v1.AnswerFailed;
             * }}
             */
            AnswerFailed.create = function(properties) {
                return new AnswerFailed(properties);
            };

            /**
             * Encodes the specified AnswerFailed message. Does not implicitly {@link democritus.v1.AnswerFailed.verify|verify} messages.
             * @function encode
             * @memberof democritus.v1.AnswerFailed
             * @static
             * @param {democritus.v1.AnswerFailed.$Properties} message AnswerFailed message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AnswerFailed.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.expert != null && $Object.hasOwnProperty.call(message, "expert"))
                    $root.democritus.v1.ProgressExpert.encode(message.expert, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.error != null && $Object.hasOwnProperty.call(message, "error") && message.error !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.error);
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs") && !$Object.is(message.atMs, 0))
                    writer.uint32(/* id 3, wireType 1 =*/25).double(message.atMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AnswerFailed message from the specified reader or buffer.
             * @function decode
             * @memberof democritus.v1.AnswerFailed
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {democritus.v1.AnswerFailed & democritus.v1.AnswerFailed.$Shape} AnswerFailed
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AnswerFailed.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.democritus.v1.AnswerFailed();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.expert = $root.democritus.v1.ProgressExpert.decode(reader, reader.size(), $undefined, _depth + 1, message.expert);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.error = value;
                            else
                                delete message.error;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.atMs = value;
                            else
                                delete message.atMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for AnswerFailed
             * @function getTypeUrl
             * @memberof democritus.v1.AnswerFailed
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AnswerFailed.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/democritus.v1.AnswerFailed";
            };

            return AnswerFailed;
        })();

        v1.ChatProgress = (function() {

            /**
             * Properties of a ChatProgress.
             * @typedef {Object} democritus.v1.ChatProgress.$Properties
             * @property {democritus.v1.PlanStarted.$Properties|null} [plan] ChatProgress plan
             * @property {democritus.v1.TaskStarted.$Properties|null} [taskStarted] ChatProgress taskStarted
             * @property {democritus.v1.TaskFinished.$Properties|null} [taskFinished] ChatProgress taskFinished
             * @property {democritus.v1.TaskRetried.$Properties|null} [taskRetried] ChatProgress taskRetried
             * @property {democritus.v1.TaskFailed.$Properties|null} [taskFailed] ChatProgress taskFailed
             * @property {democritus.v1.AnswerStarted.$Properties|null} [answerStarted] ChatProgress answerStarted
             * @property {democritus.v1.AnswerFinished.$Properties|null} [answerFinished] ChatProgress answerFinished
             * @property {democritus.v1.AnswerFailed.$Properties|null} [answerFailed] ChatProgress answerFailed
             * @property {"plan"|"taskStarted"|"taskFinished"|"taskRetried"|"taskFailed"|"answerStarted"|"answerFinished"|"answerFailed"} [event] ChatProgress event
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ChatProgress.
             * @memberof democritus.v1
             * @interface IChatProgress
             * @augments democritus.v1.ChatProgress.$Properties
             * @deprecated Use democritus.v1.ChatProgress.$Properties instead.
             */

            /**
             * Narrowed shape of a ChatProgress.
             * @typedef {{
             *   plan?: democritus.v1.PlanStarted.$Shape|null;
             *   taskStarted?: democritus.v1.TaskStarted.$Shape|null;
             *   taskFinished?: democritus.v1.TaskFinished.$Shape|null;
             *   taskRetried?: democritus.v1.TaskRetried.$Shape|null;
             *   taskFailed?: democritus.v1.TaskFailed.$Shape|null;
             *   answerStarted?: democritus.v1.AnswerStarted.$Shape|null;
             *   answerFinished?: democritus.v1.AnswerFinished.$Shape|null;
             *   answerFailed?: democritus.v1.AnswerFailed.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ event?: undefined; plan?: null; taskStarted?: null; taskFinished?: null; taskRetried?: null; taskFailed?: null; answerStarted?: null; answerFinished?: null; answerFailed?: null }|{ event?: "plan"; plan: democritus.v1.PlanStarted.$Shape; taskStarted?: null; taskFinished?: null; taskRetried?: null; taskFailed?: null; answerStarted?: null; answerFinished?: null; answerFailed?: null }|{ event?: "taskStarted"; plan?: null; taskStarted: democritus.v1.TaskStarted.$Shape; taskFinished?: null; taskRetried?: null; taskFailed?: null; answerStarted?: null; answerFinished?: null; answerFailed?: null }|{ event?: "taskFinished"; plan?: null; taskStarted?: null; taskFinished: democritus.v1.TaskFinished.$Shape; taskRetried?: null; taskFailed?: null; answerStarted?: null; answerFinished?: null; answerFailed?: null }|{ event?: "taskRetried"; plan?: null; taskStarted?: null; taskFinished?: null; taskRetried: democritus.v1.TaskRetried.$Shape; taskFailed?: null; answerStarted?: null; answerFinished?: null; answerFailed?: null }|{ event?: "taskFailed"; plan?: null; taskStarted?: null; taskFinished?: null; taskRetried?: null; taskFailed: democritus.v1.TaskFailed.$Shape; answerStarted?: null; answerFinished?: null; answerFailed?: null }|{ event?: "answerStarted"; plan?: null; taskStarted?: null; taskFinished?: null; taskRetried?: null; taskFailed?: null; answerStarted: democritus.v1.AnswerStarted.$Shape; answerFinished?: null; answerFailed?: null }|{ event?: "answerFinished"; plan?: null; taskStarted?: null; taskFinished?: null; taskRetried?: null; taskFailed?: null; answerStarted?: null; answerFinished: democritus.v1.AnswerFinished.$Shape; answerFailed?: null }|{ event?: "answerFailed"; plan?: null; taskStarted?: null; taskFinished?: null; taskRetried?: null; taskFailed?: null; answerStarted?: null; answerFinished?: null; answerFailed: democritus.v1.AnswerFailed.$Shape })
             * )} democritus.v1.ChatProgress.$Shape
             */

            /**
             * Constructs a new ChatProgress.
             * @memberof democritus.v1
             * @classdesc Represents a ChatProgress.
             * @constructor
             * @param {democritus.v1.ChatProgress.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ChatProgress = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ChatProgress plan.
             * @member {democritus.v1.PlanStarted.$Properties|null|undefined} plan
             * @memberof democritus.v1.ChatProgress
             * @instance
             */
            ChatProgress.prototype.plan = null;

            /**
             * ChatProgress taskStarted.
             * @member {democritus.v1.TaskStarted.$Properties|null|undefined} taskStarted
             * @memberof democritus.v1.ChatProgress
             * @instance
             */
            ChatProgress.prototype.taskStarted = null;

            /**
             * ChatProgress taskFinished.
             * @member {democritus.v1.TaskFinished.$Properties|null|undefined} taskFinished
             * @memberof democritus.v1.ChatProgress
             * @instance
             */
            ChatProgress.prototype.taskFinished = null;

            /**
             * ChatProgress taskRetried.
             * @member {democritus.v1.TaskRetried.$Properties|null|undefined} taskRetried
             * @memberof democritus.v1.ChatProgress
             * @instance
             */
            ChatProgress.prototype.taskRetried = null;

            /**
             * ChatProgress taskFailed.
             * @member {democritus.v1.TaskFailed.$Properties|null|undefined} taskFailed
             * @memberof democritus.v1.ChatProgress
             * @instance
             */
            ChatProgress.prototype.taskFailed = null;

            /**
             * ChatProgress answerStarted.
             * @member {democritus.v1.AnswerStarted.$Properties|null|undefined} answerStarted
             * @memberof democritus.v1.ChatProgress
             * @instance
             */
            ChatProgress.prototype.answerStarted = null;

            /**
             * ChatProgress answerFinished.
             * @member {democritus.v1.AnswerFinished.$Properties|null|undefined} answerFinished
             * @memberof democritus.v1.ChatProgress
             * @instance
             */
            ChatProgress.prototype.answerFinished = null;

            /**
             * ChatProgress answerFailed.
             * @member {democritus.v1.AnswerFailed.$Properties|null|undefined} answerFailed
             * @memberof democritus.v1.ChatProgress
             * @instance
             */
            ChatProgress.prototype.answerFailed = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * ChatProgress event.
             * @member {"plan"|"taskStarted"|"taskFinished"|"taskRetried"|"taskFailed"|"answerStarted"|"answerFinished"|"answerFailed"|undefined} event
             * @memberof democritus.v1.ChatProgress
             * @instance
             */
            $Object.defineProperty(ChatProgress.prototype, "event", {
                get: $util.oneOfGetter($oneOfFields = ["plan", "taskStarted", "taskFinished", "taskRetried", "taskFailed", "answerStarted", "answerFinished", "answerFailed"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new ChatProgress instance using the specified properties.
             * @function create
             * @memberof democritus.v1.ChatProgress
             * @static
             * @param {democritus.v1.ChatProgress.$Properties=} [properties] Properties to set
             * @returns {democritus.v1.ChatProgress} ChatProgress instance
             * @type {{
             *   (properties: democritus.v1.ChatProgress.$Shape): democritus.v1.ChatProgress & democritus.v1.ChatProgress.$Shape;
             *   (properties?: democritus.v1.ChatProgress.$Properties): democritus.v1.ChatProgress;
             * }}
             */
            ChatProgress.create = function(properties) {
                return new ChatProgress(properties);
            };

            /**
             * Encodes the specified ChatProgress message. Does not implicitly {@link democritus.v1.ChatProgress.verify|verify} messages.
             * @function encode
             * @memberof democritus.v1.ChatProgress
             * @static
             * @param {democritus.v1.ChatProgress.$Properties} message ChatProgress message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ChatProgress.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.plan != null && $Object.hasOwnProperty.call(message, "plan"))
                    $root.democritus.v1.PlanStarted.encode(message.plan, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.taskStarted != null && $Object.hasOwnProperty.call(message, "taskStarted"))
                    $root.democritus.v1.TaskStarted.encode(message.taskStarted, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.taskFinished != null && $Object.hasOwnProperty.call(message, "taskFinished"))
                    $root.democritus.v1.TaskFinished.encode(message.taskFinished, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.taskRetried != null && $Object.hasOwnProperty.call(message, "taskRetried"))
                    $root.democritus.v1.TaskRetried.encode(message.taskRetried, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.taskFailed != null && $Object.hasOwnProperty.call(message, "taskFailed"))
                    $root.democritus.v1.TaskFailed.encode(message.taskFailed, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.answerStarted != null && $Object.hasOwnProperty.call(message, "answerStarted"))
                    $root.democritus.v1.AnswerStarted.encode(message.answerStarted, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.answerFinished != null && $Object.hasOwnProperty.call(message, "answerFinished"))
                    $root.democritus.v1.AnswerFinished.encode(message.answerFinished, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.answerFailed != null && $Object.hasOwnProperty.call(message, "answerFailed"))
                    $root.democritus.v1.AnswerFailed.encode(message.answerFailed, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ChatProgress message from the specified reader or buffer.
             * @function decode
             * @memberof democritus.v1.ChatProgress
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {democritus.v1.ChatProgress & democritus.v1.ChatProgress.$Shape} ChatProgress
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ChatProgress.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.democritus.v1.ChatProgress();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.plan = $root.democritus.v1.PlanStarted.decode(reader, reader.size(), $undefined, _depth + 1, message.plan);
                            message.event = "plan";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.taskStarted = $root.democritus.v1.TaskStarted.decode(reader, reader.size(), $undefined, _depth + 1, message.taskStarted);
                            message.event = "taskStarted";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.taskFinished = $root.democritus.v1.TaskFinished.decode(reader, reader.size(), $undefined, _depth + 1, message.taskFinished);
                            message.event = "taskFinished";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.taskRetried = $root.democritus.v1.TaskRetried.decode(reader, reader.size(), $undefined, _depth + 1, message.taskRetried);
                            message.event = "taskRetried";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.taskFailed = $root.democritus.v1.TaskFailed.decode(reader, reader.size(), $undefined, _depth + 1, message.taskFailed);
                            message.event = "taskFailed";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.answerStarted = $root.democritus.v1.AnswerStarted.decode(reader, reader.size(), $undefined, _depth + 1, message.answerStarted);
                            message.event = "answerStarted";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.answerFinished = $root.democritus.v1.AnswerFinished.decode(reader, reader.size(), $undefined, _depth + 1, message.answerFinished);
                            message.event = "answerFinished";
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.answerFailed = $root.democritus.v1.AnswerFailed.decode(reader, reader.size(), $undefined, _depth + 1, message.answerFailed);
                            message.event = "answerFailed";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for ChatProgress
             * @function getTypeUrl
             * @memberof democritus.v1.ChatProgress
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ChatProgress.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/democritus.v1.ChatProgress";
            };

            return ChatProgress;
        })();

        v1.HealthRequest = (function() {

            /**
             * Properties of a HealthRequest.
             * @typedef {Object} democritus.v1.HealthRequest.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HealthRequest.
             * @memberof democritus.v1
             * @interface IHealthRequest
             * @augments democritus.v1.HealthRequest.$Properties
             * @deprecated Use democritus.v1.HealthRequest.$Properties instead.
             */

            /**
             * Shape of a HealthRequest.
             * @typedef {democritus.v1.HealthRequest.$Properties} democritus.v1.HealthRequest.$Shape
             */

            /**
             * Constructs a new HealthRequest.
             * @memberof democritus.v1
             * @classdesc Represents a HealthRequest.
             * @constructor
             * @param {democritus.v1.HealthRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const HealthRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new HealthRequest instance using the specified properties.
             * @function create
             * @memberof democritus.v1.HealthRequest
             * @static
             * @param {democritus.v1.HealthRequest.$Properties=} [properties] Properties to set
             * @returns {democritus.v1.HealthRequest} HealthRequest instance
             * @type {{
             *   (properties: democritus.v1.HealthRequest.$Shape): democritus.v1.HealthRequest & democritus.v1.HealthRequest.$Shape;
             *   (properties?: democritus.v1.HealthRequest.$Properties): democritus.v1.HealthRequest;
             * }}
             */
            HealthRequest.create = function(properties) {
                return new HealthRequest(properties);
            };

            /**
             * Encodes the specified HealthRequest message. Does not implicitly {@link democritus.v1.HealthRequest.verify|verify} messages.
             * @function encode
             * @memberof democritus.v1.HealthRequest
             * @static
             * @param {democritus.v1.HealthRequest.$Properties} message HealthRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HealthRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a HealthRequest message from the specified reader or buffer.
             * @function decode
             * @memberof democritus.v1.HealthRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {democritus.v1.HealthRequest & democritus.v1.HealthRequest.$Shape} HealthRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HealthRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.democritus.v1.HealthRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for HealthRequest
             * @function getTypeUrl
             * @memberof democritus.v1.HealthRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            HealthRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/democritus.v1.HealthRequest";
            };

            return HealthRequest;
        })();

        v1.HealthResponse = (function() {

            /**
             * Properties of a HealthResponse.
             * @typedef {Object} democritus.v1.HealthResponse.$Properties
             * @property {string|null} [status] HealthResponse status
             * @property {string|null} [peerId] HealthResponse peerId
             * @property {string|null} [swarmId] HealthResponse swarmId
             * @property {string|null} [name] HealthResponse name
             * @property {string|null} [version] HealthResponse version
             * @property {number|null} [uptimeMs] HealthResponse uptimeMs
             * @property {Array.<string>|null} [addresses] HealthResponse addresses
             * @property {string|null} [modelName] HealthResponse modelName
             * @property {string|null} [modelSha256] HealthResponse modelSha256
             * @property {number|null} [connectedPeers] HealthResponse connectedPeers
             * @property {number|null} [knownPeers] HealthResponse knownPeers
             * @property {number|null} [runningGenerations] HealthResponse runningGenerations
             * @property {number|null} [queuedGenerations] HealthResponse queuedGenerations
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HealthResponse.
             * @memberof democritus.v1
             * @interface IHealthResponse
             * @augments democritus.v1.HealthResponse.$Properties
             * @deprecated Use democritus.v1.HealthResponse.$Properties instead.
             */

            /**
             * Shape of a HealthResponse.
             * @typedef {democritus.v1.HealthResponse.$Properties} democritus.v1.HealthResponse.$Shape
             */

            /**
             * Constructs a new HealthResponse.
             * @memberof democritus.v1
             * @classdesc Represents a HealthResponse.
             * @constructor
             * @param {democritus.v1.HealthResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const HealthResponse = function (properties) {
                this.addresses = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * HealthResponse status.
             * @member {string} status
             * @memberof democritus.v1.HealthResponse
             * @instance
             */
            HealthResponse.prototype.status = "";

            /**
             * HealthResponse peerId.
             * @member {string} peerId
             * @memberof democritus.v1.HealthResponse
             * @instance
             */
            HealthResponse.prototype.peerId = "";

            /**
             * HealthResponse swarmId.
             * @member {string} swarmId
             * @memberof democritus.v1.HealthResponse
             * @instance
             */
            HealthResponse.prototype.swarmId = "";

            /**
             * HealthResponse name.
             * @member {string} name
             * @memberof democritus.v1.HealthResponse
             * @instance
             */
            HealthResponse.prototype.name = "";

            /**
             * HealthResponse version.
             * @member {string} version
             * @memberof democritus.v1.HealthResponse
             * @instance
             */
            HealthResponse.prototype.version = "";

            /**
             * HealthResponse uptimeMs.
             * @member {number} uptimeMs
             * @memberof democritus.v1.HealthResponse
             * @instance
             */
            HealthResponse.prototype.uptimeMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * HealthResponse addresses.
             * @member {Array.<string>} addresses
             * @memberof democritus.v1.HealthResponse
             * @instance
             */
            HealthResponse.prototype.addresses = $util.emptyArray;

            /**
             * HealthResponse modelName.
             * @member {string} modelName
             * @memberof democritus.v1.HealthResponse
             * @instance
             */
            HealthResponse.prototype.modelName = "";

            /**
             * HealthResponse modelSha256.
             * @member {string} modelSha256
             * @memberof democritus.v1.HealthResponse
             * @instance
             */
            HealthResponse.prototype.modelSha256 = "";

            /**
             * HealthResponse connectedPeers.
             * @member {number} connectedPeers
             * @memberof democritus.v1.HealthResponse
             * @instance
             */
            HealthResponse.prototype.connectedPeers = 0;

            /**
             * HealthResponse knownPeers.
             * @member {number} knownPeers
             * @memberof democritus.v1.HealthResponse
             * @instance
             */
            HealthResponse.prototype.knownPeers = 0;

            /**
             * HealthResponse runningGenerations.
             * @member {number} runningGenerations
             * @memberof democritus.v1.HealthResponse
             * @instance
             */
            HealthResponse.prototype.runningGenerations = 0;

            /**
             * HealthResponse queuedGenerations.
             * @member {number} queuedGenerations
             * @memberof democritus.v1.HealthResponse
             * @instance
             */
            HealthResponse.prototype.queuedGenerations = 0;

            /**
             * Creates a new HealthResponse instance using the specified properties.
             * @function create
             * @memberof democritus.v1.HealthResponse
             * @static
             * @param {democritus.v1.HealthResponse.$Properties=} [properties] Properties to set
             * @returns {democritus.v1.HealthResponse} HealthResponse instance
             * @type {{
             *   (properties: democritus.v1.HealthResponse.$Shape): democritus.v1.HealthResponse & democritus.v1.HealthResponse.$Shape;
             *   (properties?: democritus.v1.HealthResponse.$Properties): democritus.v1.HealthResponse;
             * }}
             */
            HealthResponse.create = function(properties) {
                return new HealthResponse(properties);
            };

            /**
             * Encodes the specified HealthResponse message. Does not implicitly {@link democritus.v1.HealthResponse.verify|verify} messages.
             * @function encode
             * @memberof democritus.v1.HealthResponse
             * @static
             * @param {democritus.v1.HealthResponse.$Properties} message HealthResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HealthResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.status);
                if (message.peerId != null && $Object.hasOwnProperty.call(message, "peerId") && message.peerId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.peerId);
                if (message.swarmId != null && $Object.hasOwnProperty.call(message, "swarmId") && message.swarmId !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.swarmId);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.name);
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.version);
                if (message.uptimeMs != null && $Object.hasOwnProperty.call(message, "uptimeMs") && (typeof message.uptimeMs === "object" ? message.uptimeMs.low || message.uptimeMs.high : message.uptimeMs !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.uptimeMs);
                if (message.addresses != null && message.addresses.length)
                    for (let i = 0; i < message.addresses.length; ++i)
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.addresses[i]);
                if (message.modelName != null && $Object.hasOwnProperty.call(message, "modelName") && message.modelName !== "")
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.modelName);
                if (message.modelSha256 != null && $Object.hasOwnProperty.call(message, "modelSha256") && message.modelSha256 !== "")
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.modelSha256);
                if (message.connectedPeers != null && $Object.hasOwnProperty.call(message, "connectedPeers") && message.connectedPeers !== 0)
                    writer.uint32(/* id 10, wireType 0 =*/80).uint32(message.connectedPeers);
                if (message.knownPeers != null && $Object.hasOwnProperty.call(message, "knownPeers") && message.knownPeers !== 0)
                    writer.uint32(/* id 11, wireType 0 =*/88).uint32(message.knownPeers);
                if (message.runningGenerations != null && $Object.hasOwnProperty.call(message, "runningGenerations") && message.runningGenerations !== 0)
                    writer.uint32(/* id 12, wireType 0 =*/96).uint32(message.runningGenerations);
                if (message.queuedGenerations != null && $Object.hasOwnProperty.call(message, "queuedGenerations") && message.queuedGenerations !== 0)
                    writer.uint32(/* id 13, wireType 0 =*/104).uint32(message.queuedGenerations);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a HealthResponse message from the specified reader or buffer.
             * @function decode
             * @memberof democritus.v1.HealthResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {democritus.v1.HealthResponse & democritus.v1.HealthResponse.$Shape} HealthResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HealthResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.democritus.v1.HealthResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.status = value;
                            else
                                delete message.status;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.peerId = value;
                            else
                                delete message.peerId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.swarmId = value;
                            else
                                delete message.swarmId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.uptimeMs = value;
                            else
                                delete message.uptimeMs;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.addresses && message.addresses.length))
                                message.addresses = [];
                            message.addresses.push(reader.stringVerify());
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.modelName = value;
                            else
                                delete message.modelName;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.modelSha256 = value;
                            else
                                delete message.modelSha256;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.connectedPeers = value;
                            else
                                delete message.connectedPeers;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.knownPeers = value;
                            else
                                delete message.knownPeers;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.runningGenerations = value;
                            else
                                delete message.runningGenerations;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.queuedGenerations = value;
                            else
                                delete message.queuedGenerations;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for HealthResponse
             * @function getTypeUrl
             * @memberof democritus.v1.HealthResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            HealthResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/democritus.v1.HealthResponse";
            };

            return HealthResponse;
        })();

        v1.PeerInfo = (function() {

            /**
             * Properties of a PeerInfo.
             * @typedef {Object} democritus.v1.PeerInfo.$Properties
             * @property {string|null} [peerId] PeerInfo peerId
             * @property {string|null} [name] PeerInfo name
             * @property {boolean|null} [connected] PeerInfo connected
             * @property {Array.<string>|null} [addresses] PeerInfo addresses
             * @property {Array.<string>|null} [transports] PeerInfo transports
             * @property {number|null} [latencyMs] PeerInfo latencyMs
             * @property {string|null} [modelName] PeerInfo modelName
             * @property {string|null} [modelSha256] PeerInfo modelSha256
             * @property {string|null} [description] PeerInfo description
             * @property {number|null} [advertAgeMs] PeerInfo advertAgeMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PeerInfo.
             * @memberof democritus.v1
             * @interface IPeerInfo
             * @augments democritus.v1.PeerInfo.$Properties
             * @deprecated Use democritus.v1.PeerInfo.$Properties instead.
             */

            /**
             * Shape of a PeerInfo.
             * @typedef {democritus.v1.PeerInfo.$Properties} democritus.v1.PeerInfo.$Shape
             */

            /**
             * Constructs a new PeerInfo.
             * @memberof democritus.v1
             * @classdesc Represents a PeerInfo.
             * @constructor
             * @param {democritus.v1.PeerInfo.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PeerInfo = function (properties) {
                this.addresses = [];
                this.transports = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PeerInfo peerId.
             * @member {string} peerId
             * @memberof democritus.v1.PeerInfo
             * @instance
             */
            PeerInfo.prototype.peerId = "";

            /**
             * PeerInfo name.
             * @member {string} name
             * @memberof democritus.v1.PeerInfo
             * @instance
             */
            PeerInfo.prototype.name = "";

            /**
             * PeerInfo connected.
             * @member {boolean} connected
             * @memberof democritus.v1.PeerInfo
             * @instance
             */
            PeerInfo.prototype.connected = false;

            /**
             * PeerInfo addresses.
             * @member {Array.<string>} addresses
             * @memberof democritus.v1.PeerInfo
             * @instance
             */
            PeerInfo.prototype.addresses = $util.emptyArray;

            /**
             * PeerInfo transports.
             * @member {Array.<string>} transports
             * @memberof democritus.v1.PeerInfo
             * @instance
             */
            PeerInfo.prototype.transports = $util.emptyArray;

            /**
             * PeerInfo latencyMs.
             * @member {number|null|undefined} latencyMs
             * @memberof democritus.v1.PeerInfo
             * @instance
             */
            PeerInfo.prototype.latencyMs = null;

            /**
             * PeerInfo modelName.
             * @member {string} modelName
             * @memberof democritus.v1.PeerInfo
             * @instance
             */
            PeerInfo.prototype.modelName = "";

            /**
             * PeerInfo modelSha256.
             * @member {string} modelSha256
             * @memberof democritus.v1.PeerInfo
             * @instance
             */
            PeerInfo.prototype.modelSha256 = "";

            /**
             * PeerInfo description.
             * @member {string} description
             * @memberof democritus.v1.PeerInfo
             * @instance
             */
            PeerInfo.prototype.description = "";

            /**
             * PeerInfo advertAgeMs.
             * @member {number|null|undefined} advertAgeMs
             * @memberof democritus.v1.PeerInfo
             * @instance
             */
            PeerInfo.prototype.advertAgeMs = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(PeerInfo.prototype, "_latencyMs", {
                get: $util.oneOfGetter($oneOfFields = ["latencyMs"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(PeerInfo.prototype, "_advertAgeMs", {
                get: $util.oneOfGetter($oneOfFields = ["advertAgeMs"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new PeerInfo instance using the specified properties.
             * @function create
             * @memberof democritus.v1.PeerInfo
             * @static
             * @param {democritus.v1.PeerInfo.$Properties=} [properties] Properties to set
             * @returns {democritus.v1.PeerInfo} PeerInfo instance
             * @type {{
             *   (properties: democritus.v1.PeerInfo.$Shape): democritus.v1.PeerInfo & democritus.v1.PeerInfo.$Shape;
             *   (properties?: democritus.v1.PeerInfo.$Properties): democritus.v1.PeerInfo;
             * }}
             */
            PeerInfo.create = function(properties) {
                return new PeerInfo(properties);
            };

            /**
             * Encodes the specified PeerInfo message. Does not implicitly {@link democritus.v1.PeerInfo.verify|verify} messages.
             * @function encode
             * @memberof democritus.v1.PeerInfo
             * @static
             * @param {democritus.v1.PeerInfo.$Properties} message PeerInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PeerInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.peerId != null && $Object.hasOwnProperty.call(message, "peerId") && message.peerId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.peerId);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
                if (message.connected != null && $Object.hasOwnProperty.call(message, "connected") && message.connected !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.connected);
                if (message.addresses != null && message.addresses.length)
                    for (let i = 0; i < message.addresses.length; ++i)
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.addresses[i]);
                if (message.transports != null && message.transports.length)
                    for (let i = 0; i < message.transports.length; ++i)
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.transports[i]);
                if (message.latencyMs != null && $Object.hasOwnProperty.call(message, "latencyMs"))
                    writer.uint32(/* id 6, wireType 1 =*/49).double(message.latencyMs);
                if (message.modelName != null && $Object.hasOwnProperty.call(message, "modelName") && message.modelName !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.modelName);
                if (message.modelSha256 != null && $Object.hasOwnProperty.call(message, "modelSha256") && message.modelSha256 !== "")
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.modelSha256);
                if (message.description != null && $Object.hasOwnProperty.call(message, "description") && message.description !== "")
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.description);
                if (message.advertAgeMs != null && $Object.hasOwnProperty.call(message, "advertAgeMs"))
                    writer.uint32(/* id 10, wireType 0 =*/80).uint64(message.advertAgeMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PeerInfo message from the specified reader or buffer.
             * @function decode
             * @memberof democritus.v1.PeerInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {democritus.v1.PeerInfo & democritus.v1.PeerInfo.$Shape} PeerInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PeerInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.democritus.v1.PeerInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.peerId = value;
                            else
                                delete message.peerId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.connected = value;
                            else
                                delete message.connected;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.addresses && message.addresses.length))
                                message.addresses = [];
                            message.addresses.push(reader.stringVerify());
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.transports && message.transports.length))
                                message.transports = [];
                            message.transports.push(reader.stringVerify());
                            continue;
                        }
                    case 6: {
                            if (wireType !== 1)
                                break;
                            message.latencyMs = reader.double();
                            message._latencyMs = "latencyMs";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.modelName = value;
                            else
                                delete message.modelName;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.modelSha256 = value;
                            else
                                delete message.modelSha256;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.description = value;
                            else
                                delete message.description;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            message.advertAgeMs = reader.uint64();
                            message._advertAgeMs = "advertAgeMs";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for PeerInfo
             * @function getTypeUrl
             * @memberof democritus.v1.PeerInfo
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PeerInfo.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/democritus.v1.PeerInfo";
            };

            return PeerInfo;
        })();

        v1.ListPeersRequest = (function() {

            /**
             * Properties of a ListPeersRequest.
             * @typedef {Object} democritus.v1.ListPeersRequest.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ListPeersRequest.
             * @memberof democritus.v1
             * @interface IListPeersRequest
             * @augments democritus.v1.ListPeersRequest.$Properties
             * @deprecated Use democritus.v1.ListPeersRequest.$Properties instead.
             */

            /**
             * Shape of a ListPeersRequest.
             * @typedef {democritus.v1.ListPeersRequest.$Properties} democritus.v1.ListPeersRequest.$Shape
             */

            /**
             * Constructs a new ListPeersRequest.
             * @memberof democritus.v1
             * @classdesc Represents a ListPeersRequest.
             * @constructor
             * @param {democritus.v1.ListPeersRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ListPeersRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new ListPeersRequest instance using the specified properties.
             * @function create
             * @memberof democritus.v1.ListPeersRequest
             * @static
             * @param {democritus.v1.ListPeersRequest.$Properties=} [properties] Properties to set
             * @returns {democritus.v1.ListPeersRequest} ListPeersRequest instance
             * @type {{
             *   (properties: democritus.v1.ListPeersRequest.$Shape): democritus.v1.ListPeersRequest & democritus.v1.ListPeersRequest.$Shape;
             *   (properties?: democritus.v1.ListPeersRequest.$Properties): democritus.v1.ListPeersRequest;
             * }}
             */
            ListPeersRequest.create = function(properties) {
                return new ListPeersRequest(properties);
            };

            /**
             * Encodes the specified ListPeersRequest message. Does not implicitly {@link democritus.v1.ListPeersRequest.verify|verify} messages.
             * @function encode
             * @memberof democritus.v1.ListPeersRequest
             * @static
             * @param {democritus.v1.ListPeersRequest.$Properties} message ListPeersRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListPeersRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ListPeersRequest message from the specified reader or buffer.
             * @function decode
             * @memberof democritus.v1.ListPeersRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {democritus.v1.ListPeersRequest & democritus.v1.ListPeersRequest.$Shape} ListPeersRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListPeersRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.democritus.v1.ListPeersRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for ListPeersRequest
             * @function getTypeUrl
             * @memberof democritus.v1.ListPeersRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ListPeersRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/democritus.v1.ListPeersRequest";
            };

            return ListPeersRequest;
        })();

        v1.ListPeersResponse = (function() {

            /**
             * Properties of a ListPeersResponse.
             * @typedef {Object} democritus.v1.ListPeersResponse.$Properties
             * @property {Array.<democritus.v1.PeerInfo.$Properties>|null} [peers] ListPeersResponse peers
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ListPeersResponse.
             * @memberof democritus.v1
             * @interface IListPeersResponse
             * @augments democritus.v1.ListPeersResponse.$Properties
             * @deprecated Use democritus.v1.ListPeersResponse.$Properties instead.
             */

            /**
             * Shape of a ListPeersResponse.
             * @typedef {democritus.v1.ListPeersResponse.$Properties} democritus.v1.ListPeersResponse.$Shape
             */

            /**
             * Constructs a new ListPeersResponse.
             * @memberof democritus.v1
             * @classdesc Represents a ListPeersResponse.
             * @constructor
             * @param {democritus.v1.ListPeersResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ListPeersResponse = function (properties) {
                this.peers = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ListPeersResponse peers.
             * @member {Array.<democritus.v1.PeerInfo.$Properties>} peers
             * @memberof democritus.v1.ListPeersResponse
             * @instance
             */
            ListPeersResponse.prototype.peers = $util.emptyArray;

            /**
             * Creates a new ListPeersResponse instance using the specified properties.
             * @function create
             * @memberof democritus.v1.ListPeersResponse
             * @static
             * @param {democritus.v1.ListPeersResponse.$Properties=} [properties] Properties to set
             * @returns {democritus.v1.ListPeersResponse} ListPeersResponse instance
             * @type {{
             *   (properties: democritus.v1.ListPeersResponse.$Shape): democritus.v1.ListPeersResponse & democritus.v1.ListPeersResponse.$Shape;
             *   (properties?: democritus.v1.ListPeersResponse.$Properties): democritus.v1.ListPeersResponse;
             * }}
             */
            ListPeersResponse.create = function(properties) {
                return new ListPeersResponse(properties);
            };

            /**
             * Encodes the specified ListPeersResponse message. Does not implicitly {@link democritus.v1.ListPeersResponse.verify|verify} messages.
             * @function encode
             * @memberof democritus.v1.ListPeersResponse
             * @static
             * @param {democritus.v1.ListPeersResponse.$Properties} message ListPeersResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListPeersResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.peers != null && message.peers.length)
                    for (let i = 0; i < message.peers.length; ++i)
                        $root.democritus.v1.PeerInfo.encode(message.peers[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ListPeersResponse message from the specified reader or buffer.
             * @function decode
             * @memberof democritus.v1.ListPeersResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {democritus.v1.ListPeersResponse & democritus.v1.ListPeersResponse.$Shape} ListPeersResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListPeersResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.democritus.v1.ListPeersResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.peers && message.peers.length))
                                message.peers = [];
                            message.peers.push($root.democritus.v1.PeerInfo.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for ListPeersResponse
             * @function getTypeUrl
             * @memberof democritus.v1.ListPeersResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ListPeersResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/democritus.v1.ListPeersResponse";
            };

            return ListPeersResponse;
        })();

        v1.GetReputationRequest = (function() {

            /**
             * Properties of a GetReputationRequest.
             * @typedef {Object} democritus.v1.GetReputationRequest.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a GetReputationRequest.
             * @memberof democritus.v1
             * @interface IGetReputationRequest
             * @augments democritus.v1.GetReputationRequest.$Properties
             * @deprecated Use democritus.v1.GetReputationRequest.$Properties instead.
             */

            /**
             * Shape of a GetReputationRequest.
             * @typedef {democritus.v1.GetReputationRequest.$Properties} democritus.v1.GetReputationRequest.$Shape
             */

            /**
             * Constructs a new GetReputationRequest.
             * @memberof democritus.v1
             * @classdesc Represents a GetReputationRequest.
             * @constructor
             * @param {democritus.v1.GetReputationRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const GetReputationRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new GetReputationRequest instance using the specified properties.
             * @function create
             * @memberof democritus.v1.GetReputationRequest
             * @static
             * @param {democritus.v1.GetReputationRequest.$Properties=} [properties] Properties to set
             * @returns {democritus.v1.GetReputationRequest} GetReputationRequest instance
             * @type {{
             *   (properties: democritus.v1.GetReputationRequest.$Shape): democritus.v1.GetReputationRequest & democritus.v1.GetReputationRequest.$Shape;
             *   (properties?: democritus.v1.GetReputationRequest.$Properties): democritus.v1.GetReputationRequest;
             * }}
             */
            GetReputationRequest.create = function(properties) {
                return new GetReputationRequest(properties);
            };

            /**
             * Encodes the specified GetReputationRequest message. Does not implicitly {@link democritus.v1.GetReputationRequest.verify|verify} messages.
             * @function encode
             * @memberof democritus.v1.GetReputationRequest
             * @static
             * @param {democritus.v1.GetReputationRequest.$Properties} message GetReputationRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetReputationRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a GetReputationRequest message from the specified reader or buffer.
             * @function decode
             * @memberof democritus.v1.GetReputationRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {democritus.v1.GetReputationRequest & democritus.v1.GetReputationRequest.$Shape} GetReputationRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetReputationRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.democritus.v1.GetReputationRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for GetReputationRequest
             * @function getTypeUrl
             * @memberof democritus.v1.GetReputationRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            GetReputationRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/democritus.v1.GetReputationRequest";
            };

            return GetReputationRequest;
        })();

        v1.PeerReputation = (function() {

            /**
             * Properties of a PeerReputation.
             * @typedef {Object} democritus.v1.PeerReputation.$Properties
             * @property {democritus.v1.PeerInfo.$Properties|null} [peer] PeerReputation peer
             * @property {number|null} [reputation] PeerReputation reputation
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PeerReputation.
             * @memberof democritus.v1
             * @interface IPeerReputation
             * @augments democritus.v1.PeerReputation.$Properties
             * @deprecated Use democritus.v1.PeerReputation.$Properties instead.
             */

            /**
             * Shape of a PeerReputation.
             * @typedef {democritus.v1.PeerReputation.$Properties} democritus.v1.PeerReputation.$Shape
             */

            /**
             * Constructs a new PeerReputation.
             * @memberof democritus.v1
             * @classdesc Represents a PeerReputation.
             * @constructor
             * @param {democritus.v1.PeerReputation.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PeerReputation = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PeerReputation peer.
             * @member {democritus.v1.PeerInfo.$Properties|null|undefined} peer
             * @memberof democritus.v1.PeerReputation
             * @instance
             */
            PeerReputation.prototype.peer = null;

            /**
             * PeerReputation reputation.
             * @member {number|null|undefined} reputation
             * @memberof democritus.v1.PeerReputation
             * @instance
             */
            PeerReputation.prototype.reputation = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(PeerReputation.prototype, "_reputation", {
                get: $util.oneOfGetter($oneOfFields = ["reputation"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new PeerReputation instance using the specified properties.
             * @function create
             * @memberof democritus.v1.PeerReputation
             * @static
             * @param {democritus.v1.PeerReputation.$Properties=} [properties] Properties to set
             * @returns {democritus.v1.PeerReputation} PeerReputation instance
             * @type {{
             *   (properties: democritus.v1.PeerReputation.$Shape): democritus.v1.PeerReputation & democritus.v1.PeerReputation.$Shape;
             *   (properties?: democritus.v1.PeerReputation.$Properties): democritus.v1.PeerReputation;
             * }}
             */
            PeerReputation.create = function(properties) {
                return new PeerReputation(properties);
            };

            /**
             * Encodes the specified PeerReputation message. Does not implicitly {@link democritus.v1.PeerReputation.verify|verify} messages.
             * @function encode
             * @memberof democritus.v1.PeerReputation
             * @static
             * @param {democritus.v1.PeerReputation.$Properties} message PeerReputation message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PeerReputation.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.peer != null && $Object.hasOwnProperty.call(message, "peer"))
                    $root.democritus.v1.PeerInfo.encode(message.peer, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.reputation != null && $Object.hasOwnProperty.call(message, "reputation"))
                    writer.uint32(/* id 2, wireType 1 =*/17).double(message.reputation);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PeerReputation message from the specified reader or buffer.
             * @function decode
             * @memberof democritus.v1.PeerReputation
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {democritus.v1.PeerReputation & democritus.v1.PeerReputation.$Shape} PeerReputation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PeerReputation.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.democritus.v1.PeerReputation();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.peer = $root.democritus.v1.PeerInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.peer);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            message.reputation = reader.double();
                            message._reputation = "reputation";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for PeerReputation
             * @function getTypeUrl
             * @memberof democritus.v1.PeerReputation
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PeerReputation.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/democritus.v1.PeerReputation";
            };

            return PeerReputation;
        })();

        v1.GetReputationResponse = (function() {

            /**
             * Properties of a GetReputationResponse.
             * @typedef {Object} democritus.v1.GetReputationResponse.$Properties
             * @property {Array.<democritus.v1.PeerReputation.$Properties>|null} [peers] GetReputationResponse peers
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a GetReputationResponse.
             * @memberof democritus.v1
             * @interface IGetReputationResponse
             * @augments democritus.v1.GetReputationResponse.$Properties
             * @deprecated Use democritus.v1.GetReputationResponse.$Properties instead.
             */

            /**
             * Shape of a GetReputationResponse.
             * @typedef {democritus.v1.GetReputationResponse.$Properties} democritus.v1.GetReputationResponse.$Shape
             */

            /**
             * Constructs a new GetReputationResponse.
             * @memberof democritus.v1
             * @classdesc Represents a GetReputationResponse.
             * @constructor
             * @param {democritus.v1.GetReputationResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const GetReputationResponse = function (properties) {
                this.peers = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * GetReputationResponse peers.
             * @member {Array.<democritus.v1.PeerReputation.$Properties>} peers
             * @memberof democritus.v1.GetReputationResponse
             * @instance
             */
            GetReputationResponse.prototype.peers = $util.emptyArray;

            /**
             * Creates a new GetReputationResponse instance using the specified properties.
             * @function create
             * @memberof democritus.v1.GetReputationResponse
             * @static
             * @param {democritus.v1.GetReputationResponse.$Properties=} [properties] Properties to set
             * @returns {democritus.v1.GetReputationResponse} GetReputationResponse instance
             * @type {{
             *   (properties: democritus.v1.GetReputationResponse.$Shape): democritus.v1.GetReputationResponse & democritus.v1.GetReputationResponse.$Shape;
             *   (properties?: democritus.v1.GetReputationResponse.$Properties): democritus.v1.GetReputationResponse;
             * }}
             */
            GetReputationResponse.create = function(properties) {
                return new GetReputationResponse(properties);
            };

            /**
             * Encodes the specified GetReputationResponse message. Does not implicitly {@link democritus.v1.GetReputationResponse.verify|verify} messages.
             * @function encode
             * @memberof democritus.v1.GetReputationResponse
             * @static
             * @param {democritus.v1.GetReputationResponse.$Properties} message GetReputationResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetReputationResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.peers != null && message.peers.length)
                    for (let i = 0; i < message.peers.length; ++i)
                        $root.democritus.v1.PeerReputation.encode(message.peers[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a GetReputationResponse message from the specified reader or buffer.
             * @function decode
             * @memberof democritus.v1.GetReputationResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {democritus.v1.GetReputationResponse & democritus.v1.GetReputationResponse.$Shape} GetReputationResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetReputationResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.democritus.v1.GetReputationResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.peers && message.peers.length))
                                message.peers = [];
                            message.peers.push($root.democritus.v1.PeerReputation.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for GetReputationResponse
             * @function getTypeUrl
             * @memberof democritus.v1.GetReputationResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            GetReputationResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/democritus.v1.GetReputationResponse";
            };

            return GetReputationResponse;
        })();

        return v1;
    })();

    return democritus;
})();

export {
  $root as default
};
