/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Number = $util.global.Number, $isFinite = $util.global.isFinite, $Boolean = $util.global.Boolean, $Array = $util.global.Array;

// Same as $util.oneOfSetter (drop the oneof's other cases), deleting only those present.
const $oneOfSetter = (fieldNames) => {
    const fieldMap = {};
    for (let i = 0; i < fieldNames.length; ++i)
        fieldMap[fieldNames[i]] = 1;
    return function(name) {
        for (let keys = $Object.keys(this), i = 0; i < keys.length; ++i)
            if (keys[i] !== name && fieldMap[keys[i]] === 1)
                delete this[keys[i]];
    };
};

// Exported root namespace
const $root = $protobuf.roots["ipc"] || ($protobuf.roots["ipc"] = {});

export const macula = $root.macula = (() => {

    /**
     * Namespace macula.
     * @exports macula
     * @namespace
     */
    const macula = {};

    macula.ipc = (function() {

        /**
         * Namespace ipc.
         * @memberof macula
         * @namespace
         */
        const ipc = {};

        ipc.Envelope = (function() {

            /**
             * Properties of an Envelope.
             * @typedef {Object} macula.ipc.Envelope.$Properties
             * @property {string|null} [from] Envelope from
             * @property {string|null} [to] Envelope to
             * @property {number|null} [seq] Envelope seq
             * @property {number|null} [replyTo] Envelope replyTo
             * @property {macula.ipc.Ready.$Properties|null} [ready] Envelope ready
             * @property {macula.ipc.Shutdown.$Properties|null} [shutdown] Envelope shutdown
             * @property {macula.ipc.SupervisorEvent.$Properties|null} [event] Envelope event
             * @property {macula.ipc.ClusterReadiness.$Properties|null} [clusterReadiness] Envelope clusterReadiness
             * @property {macula.ipc.GatewayAddress.$Properties|null} [gatewayAddress] Envelope gatewayAddress
             * @property {macula.ipc.Exiting.$Properties|null} [exiting] Envelope exiting
             * @property {macula.ipc.SiblingHello.$Properties|null} [siblingHello] Envelope siblingHello
             * @property {macula.ipc.SiblingStatus.$Properties|null} [siblingStatus] Envelope siblingStatus
             * @property {macula.common.Error.$Properties|null} [startError] Envelope startError
             * @property {macula.ipc.DescribeRequest.$Properties|null} [describeRequest] Envelope describeRequest
             * @property {macula.ipc.DescribeReply.$Properties|null} [describeReply] Envelope describeReply
             * @property {macula.ipc.Ok.$Properties|null} [ok] Envelope ok
             * @property {macula.common.Error.$Properties|null} [error] Envelope error
             * @property {macula.ipc.Ping.$Properties|null} [ping] Envelope ping
             * @property {macula.ipc.Pong.$Properties|null} [pong] Envelope pong
             * @property {macula.ipc.Fault.$Properties|null} [fault] Envelope fault
             * @property {macula.ipc.DhtRelay.$Properties|null} [dhtRelay] Envelope dhtRelay
             * @property {macula.ipc.DhtQuery.$Properties|null} [dhtQuery] Envelope dhtQuery
             * @property {macula.ipc.DhtAnswer.$Properties|null} [dhtAnswer] Envelope dhtAnswer
             * @property {"ready"|"shutdown"|"event"|"clusterReadiness"|"gatewayAddress"|"exiting"|"siblingHello"|"siblingStatus"|"startError"|"describeRequest"|"describeReply"|"ok"|"error"|"ping"|"pong"|"fault"|"dhtRelay"|"dhtQuery"|"dhtAnswer"} [body] Envelope body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Envelope.
             * @memberof macula.ipc
             * @interface IEnvelope
             * @augments macula.ipc.Envelope.$Properties
             * @deprecated Use macula.ipc.Envelope.$Properties instead.
             */

            /**
             * Narrowed shape of an Envelope.
             * @typedef {{
             *   from?: string|null;
             *   to?: string|null;
             *   seq?: number|null;
             *   replyTo?: number|null;
             *   ready?: macula.ipc.Ready.$Shape|null;
             *   shutdown?: macula.ipc.Shutdown.$Shape|null;
             *   event?: macula.ipc.SupervisorEvent.$Shape|null;
             *   clusterReadiness?: macula.ipc.ClusterReadiness.$Shape|null;
             *   gatewayAddress?: macula.ipc.GatewayAddress.$Shape|null;
             *   exiting?: macula.ipc.Exiting.$Shape|null;
             *   siblingHello?: macula.ipc.SiblingHello.$Shape|null;
             *   siblingStatus?: macula.ipc.SiblingStatus.$Shape|null;
             *   startError?: macula.common.Error.$Shape|null;
             *   describeRequest?: macula.ipc.DescribeRequest.$Shape|null;
             *   describeReply?: macula.ipc.DescribeReply.$Shape|null;
             *   ok?: macula.ipc.Ok.$Shape|null;
             *   error?: macula.common.Error.$Shape|null;
             *   ping?: macula.ipc.Ping.$Shape|null;
             *   pong?: macula.ipc.Pong.$Shape|null;
             *   fault?: macula.ipc.Fault.$Shape|null;
             *   dhtRelay?: macula.ipc.DhtRelay.$Shape|null;
             *   dhtQuery?: macula.ipc.DhtQuery.$Shape|null;
             *   dhtAnswer?: macula.ipc.DhtAnswer.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; ready?: null; shutdown?: null; event?: null; clusterReadiness?: null; gatewayAddress?: null; exiting?: null; siblingHello?: null; siblingStatus?: null; startError?: null; describeRequest?: null; describeReply?: null; ok?: null; error?: null; ping?: null; pong?: null; fault?: null; dhtRelay?: null; dhtQuery?: null; dhtAnswer?: null }|{ body?: "ready"; ready: macula.ipc.Ready.$Shape; shutdown?: null; event?: null; clusterReadiness?: null; gatewayAddress?: null; exiting?: null; siblingHello?: null; siblingStatus?: null; startError?: null; describeRequest?: null; describeReply?: null; ok?: null; error?: null; ping?: null; pong?: null; fault?: null; dhtRelay?: null; dhtQuery?: null; dhtAnswer?: null }|{ body?: "shutdown"; ready?: null; shutdown: macula.ipc.Shutdown.$Shape; event?: null; clusterReadiness?: null; gatewayAddress?: null; exiting?: null; siblingHello?: null; siblingStatus?: null; startError?: null; describeRequest?: null; describeReply?: null; ok?: null; error?: null; ping?: null; pong?: null; fault?: null; dhtRelay?: null; dhtQuery?: null; dhtAnswer?: null }|{ body?: "event"; ready?: null; shutdown?: null; event: macula.ipc.SupervisorEvent.$Shape; clusterReadiness?: null; gatewayAddress?: null; exiting?: null; siblingHello?: null; siblingStatus?: null; startError?: null; describeRequest?: null; describeReply?: null; ok?: null; error?: null; ping?: null; pong?: null; fault?: null; dhtRelay?: null; dhtQuery?: null; dhtAnswer?: null }|{ body?: "clusterReadiness"; ready?: null; shutdown?: null; event?: null; clusterReadiness: macula.ipc.ClusterReadiness.$Shape; gatewayAddress?: null; exiting?: null; siblingHello?: null; siblingStatus?: null; startError?: null; describeRequest?: null; describeReply?: null; ok?: null; error?: null; ping?: null; pong?: null; fault?: null; dhtRelay?: null; dhtQuery?: null; dhtAnswer?: null }|{ body?: "gatewayAddress"; ready?: null; shutdown?: null; event?: null; clusterReadiness?: null; gatewayAddress: macula.ipc.GatewayAddress.$Shape; exiting?: null; siblingHello?: null; siblingStatus?: null; startError?: null; describeRequest?: null; describeReply?: null; ok?: null; error?: null; ping?: null; pong?: null; fault?: null; dhtRelay?: null; dhtQuery?: null; dhtAnswer?: null }|{ body?: "exiting"; ready?: null; shutdown?: null; event?: null; clusterReadiness?: null; gatewayAddress?: null; exiting: macula.ipc.Exiting.$Shape; siblingHello?: null; siblingStatus?: null; startError?: null; describeRequest?: null; describeReply?: null; ok?: null; error?: null; ping?: null; pong?: null; fault?: null; dhtRelay?: null; dhtQuery?: null; dhtAnswer?: null }|{ body?: "siblingHello"; ready?: null; shutdown?: null; event?: null; clusterReadiness?: null; gatewayAddress?: null; exiting?: null; siblingHello: macula.ipc.SiblingHello.$Shape; siblingStatus?: null; startError?: null; describeRequest?: null; describeReply?: null; ok?: null; error?: null; ping?: null; pong?: null; fault?: null; dhtRelay?: null; dhtQuery?: null; dhtAnswer?: null }|{ body?: "siblingStatus"; ready?: null; shutdown?: null; event?: null; clusterReadiness?: null; gatewayAddress?: null; exiting?: null; siblingHello?: null; siblingStatus: macula.ipc.SiblingStatus.$Shape; startError?: null; describeRequest?: null; describeReply?: null; ok?: null; error?: null; ping?: null; pong?: null; fault?: null; dhtRelay?: null; dhtQuery?: null; dhtAnswer?: null }|{ body?: "startError"; ready?: null; shutdown?: null; event?: null; clusterReadiness?: null; gatewayAddress?: null; exiting?: null; siblingHello?: null; siblingStatus?: null; startError: macula.common.Error.$Shape; describeRequest?: null; describeReply?: null; ok?: null; error?: null; ping?: null; pong?: null; fault?: null; dhtRelay?: null; dhtQuery?: null; dhtAnswer?: null }|{ body?: "describeRequest"; ready?: null; shutdown?: null; event?: null; clusterReadiness?: null; gatewayAddress?: null; exiting?: null; siblingHello?: null; siblingStatus?: null; startError?: null; describeRequest: macula.ipc.DescribeRequest.$Shape; describeReply?: null; ok?: null; error?: null; ping?: null; pong?: null; fault?: null; dhtRelay?: null; dhtQuery?: null; dhtAnswer?: null }|{ body?: "describeReply"; ready?: null; shutdown?: null; event?: null; clusterReadiness?: null; gatewayAddress?: null; exiting?: null; siblingHello?: null; siblingStatus?: null; startError?: null; describeRequest?: null; describeReply: macula.ipc.DescribeReply.$Shape; ok?: null; error?: null; ping?: null; pong?: null; fault?: null; dhtRelay?: null; dhtQuery?: null; dhtAnswer?: null }|{ body?: "ok"; ready?: null; shutdown?: null; event?: null; clusterReadiness?: null; gatewayAddress?: null; exiting?: null; siblingHello?: null; siblingStatus?: null; startError?: null; describeRequest?: null; describeReply?: null; ok: macula.ipc.Ok.$Shape; error?: null; ping?: null; pong?: null; fault?: null; dhtRelay?: null; dhtQuery?: null; dhtAnswer?: null }|{ body?: "error"; ready?: null; shutdown?: null; event?: null; clusterReadiness?: null; gatewayAddress?: null; exiting?: null; siblingHello?: null; siblingStatus?: null; startError?: null; describeRequest?: null; describeReply?: null; ok?: null; error: macula.common.Error.$Shape; ping?: null; pong?: null; fault?: null; dhtRelay?: null; dhtQuery?: null; dhtAnswer?: null }|{ body?: "ping"; ready?: null; shutdown?: null; event?: null; clusterReadiness?: null; gatewayAddress?: null; exiting?: null; siblingHello?: null; siblingStatus?: null; startError?: null; describeRequest?: null; describeReply?: null; ok?: null; error?: null; ping: macula.ipc.Ping.$Shape; pong?: null; fault?: null; dhtRelay?: null; dhtQuery?: null; dhtAnswer?: null }|{ body?: "pong"; ready?: null; shutdown?: null; event?: null; clusterReadiness?: null; gatewayAddress?: null; exiting?: null; siblingHello?: null; siblingStatus?: null; startError?: null; describeRequest?: null; describeReply?: null; ok?: null; error?: null; ping?: null; pong: macula.ipc.Pong.$Shape; fault?: null; dhtRelay?: null; dhtQuery?: null; dhtAnswer?: null }|{ body?: "fault"; ready?: null; shutdown?: null; event?: null; clusterReadiness?: null; gatewayAddress?: null; exiting?: null; siblingHello?: null; siblingStatus?: null; startError?: null; describeRequest?: null; describeReply?: null; ok?: null; error?: null; ping?: null; pong?: null; fault: macula.ipc.Fault.$Shape; dhtRelay?: null; dhtQuery?: null; dhtAnswer?: null }|{ body?: "dhtRelay"; ready?: null; shutdown?: null; event?: null; clusterReadiness?: null; gatewayAddress?: null; exiting?: null; siblingHello?: null; siblingStatus?: null; startError?: null; describeRequest?: null; describeReply?: null; ok?: null; error?: null; ping?: null; pong?: null; fault?: null; dhtRelay: macula.ipc.DhtRelay.$Shape; dhtQuery?: null; dhtAnswer?: null }|{ body?: "dhtQuery"; ready?: null; shutdown?: null; event?: null; clusterReadiness?: null; gatewayAddress?: null; exiting?: null; siblingHello?: null; siblingStatus?: null; startError?: null; describeRequest?: null; describeReply?: null; ok?: null; error?: null; ping?: null; pong?: null; fault?: null; dhtRelay?: null; dhtQuery: macula.ipc.DhtQuery.$Shape; dhtAnswer?: null }|{ body?: "dhtAnswer"; ready?: null; shutdown?: null; event?: null; clusterReadiness?: null; gatewayAddress?: null; exiting?: null; siblingHello?: null; siblingStatus?: null; startError?: null; describeRequest?: null; describeReply?: null; ok?: null; error?: null; ping?: null; pong?: null; fault?: null; dhtRelay?: null; dhtQuery?: null; dhtAnswer: macula.ipc.DhtAnswer.$Shape })
             * )} macula.ipc.Envelope.$Shape
             */

            /**
             * Constructs a new Envelope.
             * @memberof macula.ipc
             * @classdesc Represents an Envelope.
             * @constructor
             * @param {macula.ipc.Envelope.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Envelope = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Envelope from.
             * @member {string} from
             * @memberof macula.ipc.Envelope
             * @instance
             */
            Envelope.prototype.from = "";

            /**
             * Envelope to.
             * @member {string} to
             * @memberof macula.ipc.Envelope
             * @instance
             */
            Envelope.prototype.to = "";

            /**
             * Envelope seq.
             * @member {number} seq
             * @memberof macula.ipc.Envelope
             * @instance
             */
            Envelope.prototype.seq = 0;

            /**
             * Envelope replyTo.
             * @member {number} replyTo
             * @memberof macula.ipc.Envelope
             * @instance
             */
            Envelope.prototype.replyTo = 0;

            /**
             * Envelope ready.
             * @member {macula.ipc.Ready.$Properties|null|undefined} ready
             * @memberof macula.ipc.Envelope
             * @instance
             */
            Envelope.prototype.ready = null;

            /**
             * Envelope shutdown.
             * @member {macula.ipc.Shutdown.$Properties|null|undefined} shutdown
             * @memberof macula.ipc.Envelope
             * @instance
             */
            Envelope.prototype.shutdown = null;

            /**
             * Envelope event.
             * @member {macula.ipc.SupervisorEvent.$Properties|null|undefined} event
             * @memberof macula.ipc.Envelope
             * @instance
             */
            Envelope.prototype.event = null;

            /**
             * Envelope clusterReadiness.
             * @member {macula.ipc.ClusterReadiness.$Properties|null|undefined} clusterReadiness
             * @memberof macula.ipc.Envelope
             * @instance
             */
            Envelope.prototype.clusterReadiness = null;

            /**
             * Envelope gatewayAddress.
             * @member {macula.ipc.GatewayAddress.$Properties|null|undefined} gatewayAddress
             * @memberof macula.ipc.Envelope
             * @instance
             */
            Envelope.prototype.gatewayAddress = null;

            /**
             * Envelope exiting.
             * @member {macula.ipc.Exiting.$Properties|null|undefined} exiting
             * @memberof macula.ipc.Envelope
             * @instance
             */
            Envelope.prototype.exiting = null;

            /**
             * Envelope siblingHello.
             * @member {macula.ipc.SiblingHello.$Properties|null|undefined} siblingHello
             * @memberof macula.ipc.Envelope
             * @instance
             */
            Envelope.prototype.siblingHello = null;

            /**
             * Envelope siblingStatus.
             * @member {macula.ipc.SiblingStatus.$Properties|null|undefined} siblingStatus
             * @memberof macula.ipc.Envelope
             * @instance
             */
            Envelope.prototype.siblingStatus = null;

            /**
             * Envelope startError.
             * @member {macula.common.Error.$Properties|null|undefined} startError
             * @memberof macula.ipc.Envelope
             * @instance
             */
            Envelope.prototype.startError = null;

            /**
             * Envelope describeRequest.
             * @member {macula.ipc.DescribeRequest.$Properties|null|undefined} describeRequest
             * @memberof macula.ipc.Envelope
             * @instance
             */
            Envelope.prototype.describeRequest = null;

            /**
             * Envelope describeReply.
             * @member {macula.ipc.DescribeReply.$Properties|null|undefined} describeReply
             * @memberof macula.ipc.Envelope
             * @instance
             */
            Envelope.prototype.describeReply = null;

            /**
             * Envelope ok.
             * @member {macula.ipc.Ok.$Properties|null|undefined} ok
             * @memberof macula.ipc.Envelope
             * @instance
             */
            Envelope.prototype.ok = null;

            /**
             * Envelope error.
             * @member {macula.common.Error.$Properties|null|undefined} error
             * @memberof macula.ipc.Envelope
             * @instance
             */
            Envelope.prototype.error = null;

            /**
             * Envelope ping.
             * @member {macula.ipc.Ping.$Properties|null|undefined} ping
             * @memberof macula.ipc.Envelope
             * @instance
             */
            Envelope.prototype.ping = null;

            /**
             * Envelope pong.
             * @member {macula.ipc.Pong.$Properties|null|undefined} pong
             * @memberof macula.ipc.Envelope
             * @instance
             */
            Envelope.prototype.pong = null;

            /**
             * Envelope fault.
             * @member {macula.ipc.Fault.$Properties|null|undefined} fault
             * @memberof macula.ipc.Envelope
             * @instance
             */
            Envelope.prototype.fault = null;

            /**
             * Envelope dhtRelay.
             * @member {macula.ipc.DhtRelay.$Properties|null|undefined} dhtRelay
             * @memberof macula.ipc.Envelope
             * @instance
             */
            Envelope.prototype.dhtRelay = null;

            /**
             * Envelope dhtQuery.
             * @member {macula.ipc.DhtQuery.$Properties|null|undefined} dhtQuery
             * @memberof macula.ipc.Envelope
             * @instance
             */
            Envelope.prototype.dhtQuery = null;

            /**
             * Envelope dhtAnswer.
             * @member {macula.ipc.DhtAnswer.$Properties|null|undefined} dhtAnswer
             * @memberof macula.ipc.Envelope
             * @instance
             */
            Envelope.prototype.dhtAnswer = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Envelope body.
             * @member {"ready"|"shutdown"|"event"|"clusterReadiness"|"gatewayAddress"|"exiting"|"siblingHello"|"siblingStatus"|"startError"|"describeRequest"|"describeReply"|"ok"|"error"|"ping"|"pong"|"fault"|"dhtRelay"|"dhtQuery"|"dhtAnswer"|undefined} body
             * @memberof macula.ipc.Envelope
             * @instance
             */
            $Object.defineProperty(Envelope.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["ready", "shutdown", "event", "clusterReadiness", "gatewayAddress", "exiting", "siblingHello", "siblingStatus", "startError", "describeRequest", "describeReply", "ok", "error", "ping", "pong", "fault", "dhtRelay", "dhtQuery", "dhtAnswer"]),
                set: $oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Envelope instance using the specified properties.
             * @function create
             * @memberof macula.ipc.Envelope
             * @static
             * @param {macula.ipc.Envelope.$Properties=} [properties] Properties to set
             * @returns {macula.ipc.Envelope} Envelope instance
             * @type {{
             *   (properties: macula.ipc.Envelope.$Shape): macula.ipc.Envelope & macula.ipc.Envelope.$Shape;
             *   (properties?: macula.ipc.Envelope.$Properties): macula.ipc.Envelope;
             * }}
             */
            Envelope.create = function(properties) {
                return new Envelope(properties);
            };

            /**
             * Encodes the specified Envelope message. Does not implicitly {@link macula.ipc.Envelope.verify|verify} messages.
             * @function encode
             * @memberof macula.ipc.Envelope
             * @static
             * @param {macula.ipc.Envelope.$Properties} m Envelope message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Envelope.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.from != null && $Object.hasOwnProperty.call(m, "from") && m.from !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.from);
                if (m.to != null && $Object.hasOwnProperty.call(m, "to") && m.to !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.to);
                if (m.seq != null && $Object.hasOwnProperty.call(m, "seq") && m.seq !== 0)
                    w.uint32(/* id 3, wireType 0 =*/24).uint32(m.seq);
                if (m.replyTo != null && $Object.hasOwnProperty.call(m, "replyTo") && m.replyTo !== 0)
                    w.uint32(/* id 4, wireType 0 =*/32).uint32(m.replyTo);
                if (m.ready != null && $Object.hasOwnProperty.call(m, "ready"))
                    $root.macula.ipc.Ready.encode(m.ready, w.uint32(/* id 10, wireType 2 =*/82).fork(), q + 1).ldelim();
                if (m.shutdown != null && $Object.hasOwnProperty.call(m, "shutdown"))
                    $root.macula.ipc.Shutdown.encode(m.shutdown, w.uint32(/* id 11, wireType 2 =*/90).fork(), q + 1).ldelim();
                if (m.event != null && $Object.hasOwnProperty.call(m, "event"))
                    $root.macula.ipc.SupervisorEvent.encode(m.event, w.uint32(/* id 12, wireType 2 =*/98).fork(), q + 1).ldelim();
                if (m.clusterReadiness != null && $Object.hasOwnProperty.call(m, "clusterReadiness"))
                    $root.macula.ipc.ClusterReadiness.encode(m.clusterReadiness, w.uint32(/* id 13, wireType 2 =*/106).fork(), q + 1).ldelim();
                if (m.gatewayAddress != null && $Object.hasOwnProperty.call(m, "gatewayAddress"))
                    $root.macula.ipc.GatewayAddress.encode(m.gatewayAddress, w.uint32(/* id 14, wireType 2 =*/114).fork(), q + 1).ldelim();
                if (m.exiting != null && $Object.hasOwnProperty.call(m, "exiting"))
                    $root.macula.ipc.Exiting.encode(m.exiting, w.uint32(/* id 15, wireType 2 =*/122).fork(), q + 1).ldelim();
                if (m.siblingHello != null && $Object.hasOwnProperty.call(m, "siblingHello"))
                    $root.macula.ipc.SiblingHello.encode(m.siblingHello, w.uint32(/* id 16, wireType 2 =*/130).fork(), q + 1).ldelim();
                if (m.siblingStatus != null && $Object.hasOwnProperty.call(m, "siblingStatus"))
                    $root.macula.ipc.SiblingStatus.encode(m.siblingStatus, w.uint32(/* id 17, wireType 2 =*/138).fork(), q + 1).ldelim();
                if (m.startError != null && $Object.hasOwnProperty.call(m, "startError"))
                    $root.macula.common.Error.encode(m.startError, w.uint32(/* id 18, wireType 2 =*/146).fork(), q + 1).ldelim();
                if (m.describeRequest != null && $Object.hasOwnProperty.call(m, "describeRequest"))
                    $root.macula.ipc.DescribeRequest.encode(m.describeRequest, w.uint32(/* id 20, wireType 2 =*/162).fork(), q + 1).ldelim();
                if (m.describeReply != null && $Object.hasOwnProperty.call(m, "describeReply"))
                    $root.macula.ipc.DescribeReply.encode(m.describeReply, w.uint32(/* id 21, wireType 2 =*/170).fork(), q + 1).ldelim();
                if (m.ok != null && $Object.hasOwnProperty.call(m, "ok"))
                    $root.macula.ipc.Ok.encode(m.ok, w.uint32(/* id 30, wireType 2 =*/242).fork(), q + 1).ldelim();
                if (m.error != null && $Object.hasOwnProperty.call(m, "error"))
                    $root.macula.common.Error.encode(m.error, w.uint32(/* id 31, wireType 2 =*/250).fork(), q + 1).ldelim();
                if (m.ping != null && $Object.hasOwnProperty.call(m, "ping"))
                    $root.macula.ipc.Ping.encode(m.ping, w.uint32(/* id 32, wireType 2 =*/258).fork(), q + 1).ldelim();
                if (m.pong != null && $Object.hasOwnProperty.call(m, "pong"))
                    $root.macula.ipc.Pong.encode(m.pong, w.uint32(/* id 33, wireType 2 =*/266).fork(), q + 1).ldelim();
                if (m.fault != null && $Object.hasOwnProperty.call(m, "fault"))
                    $root.macula.ipc.Fault.encode(m.fault, w.uint32(/* id 40, wireType 2 =*/322).fork(), q + 1).ldelim();
                if (m.dhtRelay != null && $Object.hasOwnProperty.call(m, "dhtRelay"))
                    $root.macula.ipc.DhtRelay.encode(m.dhtRelay, w.uint32(/* id 50, wireType 2 =*/402).fork(), q + 1).ldelim();
                if (m.dhtQuery != null && $Object.hasOwnProperty.call(m, "dhtQuery"))
                    $root.macula.ipc.DhtQuery.encode(m.dhtQuery, w.uint32(/* id 51, wireType 2 =*/410).fork(), q + 1).ldelim();
                if (m.dhtAnswer != null && $Object.hasOwnProperty.call(m, "dhtAnswer"))
                    $root.macula.ipc.DhtAnswer.encode(m.dhtAnswer, w.uint32(/* id 52, wireType 2 =*/418).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes an Envelope message from the specified reader or buffer.
             * @function decode
             * @memberof macula.ipc.Envelope
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {macula.ipc.Envelope & macula.ipc.Envelope.$Shape} Envelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Envelope.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.macula.ipc.Envelope();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.from = v;
                            else
                                delete m.from;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.to = v;
                            else
                                delete m.to;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.seq = v;
                            else
                                delete m.seq;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.replyTo = v;
                            else
                                delete m.replyTo;
                            continue;
                        }
                    case 10: {
                            if (u !== 2)
                                break;
                            m.ready = $root.macula.ipc.Ready.decode(r, r.size(), $undefined, q + 1, m.ready);
                            m.body = "ready";
                            continue;
                        }
                    case 11: {
                            if (u !== 2)
                                break;
                            m.shutdown = $root.macula.ipc.Shutdown.decode(r, r.size(), $undefined, q + 1, m.shutdown);
                            m.body = "shutdown";
                            continue;
                        }
                    case 12: {
                            if (u !== 2)
                                break;
                            m.event = $root.macula.ipc.SupervisorEvent.decode(r, r.size(), $undefined, q + 1, m.event);
                            m.body = "event";
                            continue;
                        }
                    case 13: {
                            if (u !== 2)
                                break;
                            m.clusterReadiness = $root.macula.ipc.ClusterReadiness.decode(r, r.size(), $undefined, q + 1, m.clusterReadiness);
                            m.body = "clusterReadiness";
                            continue;
                        }
                    case 14: {
                            if (u !== 2)
                                break;
                            m.gatewayAddress = $root.macula.ipc.GatewayAddress.decode(r, r.size(), $undefined, q + 1, m.gatewayAddress);
                            m.body = "gatewayAddress";
                            continue;
                        }
                    case 15: {
                            if (u !== 2)
                                break;
                            m.exiting = $root.macula.ipc.Exiting.decode(r, r.size(), $undefined, q + 1, m.exiting);
                            m.body = "exiting";
                            continue;
                        }
                    case 16: {
                            if (u !== 2)
                                break;
                            m.siblingHello = $root.macula.ipc.SiblingHello.decode(r, r.size(), $undefined, q + 1, m.siblingHello);
                            m.body = "siblingHello";
                            continue;
                        }
                    case 17: {
                            if (u !== 2)
                                break;
                            m.siblingStatus = $root.macula.ipc.SiblingStatus.decode(r, r.size(), $undefined, q + 1, m.siblingStatus);
                            m.body = "siblingStatus";
                            continue;
                        }
                    case 18: {
                            if (u !== 2)
                                break;
                            m.startError = $root.macula.common.Error.decode(r, r.size(), $undefined, q + 1, m.startError);
                            m.body = "startError";
                            continue;
                        }
                    case 20: {
                            if (u !== 2)
                                break;
                            m.describeRequest = $root.macula.ipc.DescribeRequest.decode(r, r.size(), $undefined, q + 1, m.describeRequest);
                            m.body = "describeRequest";
                            continue;
                        }
                    case 21: {
                            if (u !== 2)
                                break;
                            m.describeReply = $root.macula.ipc.DescribeReply.decode(r, r.size(), $undefined, q + 1, m.describeReply);
                            m.body = "describeReply";
                            continue;
                        }
                    case 30: {
                            if (u !== 2)
                                break;
                            m.ok = $root.macula.ipc.Ok.decode(r, r.size(), $undefined, q + 1, m.ok);
                            m.body = "ok";
                            continue;
                        }
                    case 31: {
                            if (u !== 2)
                                break;
                            m.error = $root.macula.common.Error.decode(r, r.size(), $undefined, q + 1, m.error);
                            m.body = "error";
                            continue;
                        }
                    case 32: {
                            if (u !== 2)
                                break;
                            m.ping = $root.macula.ipc.Ping.decode(r, r.size(), $undefined, q + 1, m.ping);
                            m.body = "ping";
                            continue;
                        }
                    case 33: {
                            if (u !== 2)
                                break;
                            m.pong = $root.macula.ipc.Pong.decode(r, r.size(), $undefined, q + 1, m.pong);
                            m.body = "pong";
                            continue;
                        }
                    case 40: {
                            if (u !== 2)
                                break;
                            m.fault = $root.macula.ipc.Fault.decode(r, r.size(), $undefined, q + 1, m.fault);
                            m.body = "fault";
                            continue;
                        }
                    case 50: {
                            if (u !== 2)
                                break;
                            m.dhtRelay = $root.macula.ipc.DhtRelay.decode(r, r.size(), $undefined, q + 1, m.dhtRelay);
                            m.body = "dhtRelay";
                            continue;
                        }
                    case 51: {
                            if (u !== 2)
                                break;
                            m.dhtQuery = $root.macula.ipc.DhtQuery.decode(r, r.size(), $undefined, q + 1, m.dhtQuery);
                            m.body = "dhtQuery";
                            continue;
                        }
                    case 52: {
                            if (u !== 2)
                                break;
                            m.dhtAnswer = $root.macula.ipc.DhtAnswer.decode(r, r.size(), $undefined, q + 1, m.dhtAnswer);
                            m.body = "dhtAnswer";
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates an Envelope message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof macula.ipc.Envelope
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {macula.ipc.Envelope} Envelope
             */
            Envelope.fromObject = function (d, q) {
                if (d instanceof $root.macula.ipc.Envelope)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".macula.ipc.Envelope: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.macula.ipc.Envelope();
                if (d.from != null) {
                    if (typeof d.from !== "string" || d.from.length) {
                        m.from = $String(d.from);
                    }
                }
                if (d.to != null) {
                    if (typeof d.to !== "string" || d.to.length) {
                        m.to = $String(d.to);
                    }
                }
                if (d.seq != null) {
                    if ($Number(d.seq) !== 0) {
                        m.seq = d.seq >>> 0;
                    }
                }
                if (d.replyTo != null) {
                    if ($Number(d.replyTo) !== 0) {
                        m.replyTo = d.replyTo >>> 0;
                    }
                }
                if (d.ready != null) {
                    if (!$util.isObject(d.ready))
                        throw $TypeError(".macula.ipc.Envelope.ready: object expected");
                    m.ready = $root.macula.ipc.Ready.fromObject(d.ready, q + 1);
                }
                if (d.shutdown != null) {
                    if (!$util.isObject(d.shutdown))
                        throw $TypeError(".macula.ipc.Envelope.shutdown: object expected");
                    m.shutdown = $root.macula.ipc.Shutdown.fromObject(d.shutdown, q + 1);
                }
                if (d.event != null) {
                    if (!$util.isObject(d.event))
                        throw $TypeError(".macula.ipc.Envelope.event: object expected");
                    m.event = $root.macula.ipc.SupervisorEvent.fromObject(d.event, q + 1);
                }
                if (d.clusterReadiness != null) {
                    if (!$util.isObject(d.clusterReadiness))
                        throw $TypeError(".macula.ipc.Envelope.clusterReadiness: object expected");
                    m.clusterReadiness = $root.macula.ipc.ClusterReadiness.fromObject(d.clusterReadiness, q + 1);
                }
                if (d.gatewayAddress != null) {
                    if (!$util.isObject(d.gatewayAddress))
                        throw $TypeError(".macula.ipc.Envelope.gatewayAddress: object expected");
                    m.gatewayAddress = $root.macula.ipc.GatewayAddress.fromObject(d.gatewayAddress, q + 1);
                }
                if (d.exiting != null) {
                    if (!$util.isObject(d.exiting))
                        throw $TypeError(".macula.ipc.Envelope.exiting: object expected");
                    m.exiting = $root.macula.ipc.Exiting.fromObject(d.exiting, q + 1);
                }
                if (d.siblingHello != null) {
                    if (!$util.isObject(d.siblingHello))
                        throw $TypeError(".macula.ipc.Envelope.siblingHello: object expected");
                    m.siblingHello = $root.macula.ipc.SiblingHello.fromObject(d.siblingHello, q + 1);
                }
                if (d.siblingStatus != null) {
                    if (!$util.isObject(d.siblingStatus))
                        throw $TypeError(".macula.ipc.Envelope.siblingStatus: object expected");
                    m.siblingStatus = $root.macula.ipc.SiblingStatus.fromObject(d.siblingStatus, q + 1);
                }
                if (d.startError != null) {
                    if (!$util.isObject(d.startError))
                        throw $TypeError(".macula.ipc.Envelope.startError: object expected");
                    m.startError = $root.macula.common.Error.fromObject(d.startError, q + 1);
                }
                if (d.describeRequest != null) {
                    if (!$util.isObject(d.describeRequest))
                        throw $TypeError(".macula.ipc.Envelope.describeRequest: object expected");
                    m.describeRequest = $root.macula.ipc.DescribeRequest.fromObject(d.describeRequest, q + 1);
                }
                if (d.describeReply != null) {
                    if (!$util.isObject(d.describeReply))
                        throw $TypeError(".macula.ipc.Envelope.describeReply: object expected");
                    m.describeReply = $root.macula.ipc.DescribeReply.fromObject(d.describeReply, q + 1);
                }
                if (d.ok != null) {
                    if (!$util.isObject(d.ok))
                        throw $TypeError(".macula.ipc.Envelope.ok: object expected");
                    m.ok = $root.macula.ipc.Ok.fromObject(d.ok, q + 1);
                }
                if (d.error != null) {
                    if (!$util.isObject(d.error))
                        throw $TypeError(".macula.ipc.Envelope.error: object expected");
                    m.error = $root.macula.common.Error.fromObject(d.error, q + 1);
                }
                if (d.ping != null) {
                    if (!$util.isObject(d.ping))
                        throw $TypeError(".macula.ipc.Envelope.ping: object expected");
                    m.ping = $root.macula.ipc.Ping.fromObject(d.ping, q + 1);
                }
                if (d.pong != null) {
                    if (!$util.isObject(d.pong))
                        throw $TypeError(".macula.ipc.Envelope.pong: object expected");
                    m.pong = $root.macula.ipc.Pong.fromObject(d.pong, q + 1);
                }
                if (d.fault != null) {
                    if (!$util.isObject(d.fault))
                        throw $TypeError(".macula.ipc.Envelope.fault: object expected");
                    m.fault = $root.macula.ipc.Fault.fromObject(d.fault, q + 1);
                }
                if (d.dhtRelay != null) {
                    if (!$util.isObject(d.dhtRelay))
                        throw $TypeError(".macula.ipc.Envelope.dhtRelay: object expected");
                    m.dhtRelay = $root.macula.ipc.DhtRelay.fromObject(d.dhtRelay, q + 1);
                }
                if (d.dhtQuery != null) {
                    if (!$util.isObject(d.dhtQuery))
                        throw $TypeError(".macula.ipc.Envelope.dhtQuery: object expected");
                    m.dhtQuery = $root.macula.ipc.DhtQuery.fromObject(d.dhtQuery, q + 1);
                }
                if (d.dhtAnswer != null) {
                    if (!$util.isObject(d.dhtAnswer))
                        throw $TypeError(".macula.ipc.Envelope.dhtAnswer: object expected");
                    m.dhtAnswer = $root.macula.ipc.DhtAnswer.fromObject(d.dhtAnswer, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from an Envelope message. Also converts values to other types if specified.
             * @function toObject
             * @memberof macula.ipc.Envelope
             * @static
             * @param {macula.ipc.Envelope} m Envelope
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Envelope.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.from = "";
                    d.to = "";
                    d.seq = 0;
                    d.replyTo = 0;
                }
                if (m.from != null && $Object.hasOwnProperty.call(m, "from")) {
                    d.from = m.from;
                }
                if (m.to != null && $Object.hasOwnProperty.call(m, "to")) {
                    d.to = m.to;
                }
                if (m.seq != null && $Object.hasOwnProperty.call(m, "seq")) {
                    d.seq = m.seq;
                }
                if (m.replyTo != null && $Object.hasOwnProperty.call(m, "replyTo")) {
                    d.replyTo = m.replyTo;
                }
                if (m.ready != null && $Object.hasOwnProperty.call(m, "ready")) {
                    d.ready = $root.macula.ipc.Ready.toObject(m.ready, o, q + 1);
                    if (o.oneofs)
                        d.body = "ready";
                }
                if (m.shutdown != null && $Object.hasOwnProperty.call(m, "shutdown")) {
                    d.shutdown = $root.macula.ipc.Shutdown.toObject(m.shutdown, o, q + 1);
                    if (o.oneofs)
                        d.body = "shutdown";
                }
                if (m.event != null && $Object.hasOwnProperty.call(m, "event")) {
                    d.event = $root.macula.ipc.SupervisorEvent.toObject(m.event, o, q + 1);
                    if (o.oneofs)
                        d.body = "event";
                }
                if (m.clusterReadiness != null && $Object.hasOwnProperty.call(m, "clusterReadiness")) {
                    d.clusterReadiness = $root.macula.ipc.ClusterReadiness.toObject(m.clusterReadiness, o, q + 1);
                    if (o.oneofs)
                        d.body = "clusterReadiness";
                }
                if (m.gatewayAddress != null && $Object.hasOwnProperty.call(m, "gatewayAddress")) {
                    d.gatewayAddress = $root.macula.ipc.GatewayAddress.toObject(m.gatewayAddress, o, q + 1);
                    if (o.oneofs)
                        d.body = "gatewayAddress";
                }
                if (m.exiting != null && $Object.hasOwnProperty.call(m, "exiting")) {
                    d.exiting = $root.macula.ipc.Exiting.toObject(m.exiting, o, q + 1);
                    if (o.oneofs)
                        d.body = "exiting";
                }
                if (m.siblingHello != null && $Object.hasOwnProperty.call(m, "siblingHello")) {
                    d.siblingHello = $root.macula.ipc.SiblingHello.toObject(m.siblingHello, o, q + 1);
                    if (o.oneofs)
                        d.body = "siblingHello";
                }
                if (m.siblingStatus != null && $Object.hasOwnProperty.call(m, "siblingStatus")) {
                    d.siblingStatus = $root.macula.ipc.SiblingStatus.toObject(m.siblingStatus, o, q + 1);
                    if (o.oneofs)
                        d.body = "siblingStatus";
                }
                if (m.startError != null && $Object.hasOwnProperty.call(m, "startError")) {
                    d.startError = $root.macula.common.Error.toObject(m.startError, o, q + 1);
                    if (o.oneofs)
                        d.body = "startError";
                }
                if (m.describeRequest != null && $Object.hasOwnProperty.call(m, "describeRequest")) {
                    d.describeRequest = $root.macula.ipc.DescribeRequest.toObject(m.describeRequest, o, q + 1);
                    if (o.oneofs)
                        d.body = "describeRequest";
                }
                if (m.describeReply != null && $Object.hasOwnProperty.call(m, "describeReply")) {
                    d.describeReply = $root.macula.ipc.DescribeReply.toObject(m.describeReply, o, q + 1);
                    if (o.oneofs)
                        d.body = "describeReply";
                }
                if (m.ok != null && $Object.hasOwnProperty.call(m, "ok")) {
                    d.ok = $root.macula.ipc.Ok.toObject(m.ok, o, q + 1);
                    if (o.oneofs)
                        d.body = "ok";
                }
                if (m.error != null && $Object.hasOwnProperty.call(m, "error")) {
                    d.error = $root.macula.common.Error.toObject(m.error, o, q + 1);
                    if (o.oneofs)
                        d.body = "error";
                }
                if (m.ping != null && $Object.hasOwnProperty.call(m, "ping")) {
                    d.ping = $root.macula.ipc.Ping.toObject(m.ping, o, q + 1);
                    if (o.oneofs)
                        d.body = "ping";
                }
                if (m.pong != null && $Object.hasOwnProperty.call(m, "pong")) {
                    d.pong = $root.macula.ipc.Pong.toObject(m.pong, o, q + 1);
                    if (o.oneofs)
                        d.body = "pong";
                }
                if (m.fault != null && $Object.hasOwnProperty.call(m, "fault")) {
                    d.fault = $root.macula.ipc.Fault.toObject(m.fault, o, q + 1);
                    if (o.oneofs)
                        d.body = "fault";
                }
                if (m.dhtRelay != null && $Object.hasOwnProperty.call(m, "dhtRelay")) {
                    d.dhtRelay = $root.macula.ipc.DhtRelay.toObject(m.dhtRelay, o, q + 1);
                    if (o.oneofs)
                        d.body = "dhtRelay";
                }
                if (m.dhtQuery != null && $Object.hasOwnProperty.call(m, "dhtQuery")) {
                    d.dhtQuery = $root.macula.ipc.DhtQuery.toObject(m.dhtQuery, o, q + 1);
                    if (o.oneofs)
                        d.body = "dhtQuery";
                }
                if (m.dhtAnswer != null && $Object.hasOwnProperty.call(m, "dhtAnswer")) {
                    d.dhtAnswer = $root.macula.ipc.DhtAnswer.toObject(m.dhtAnswer, o, q + 1);
                    if (o.oneofs)
                        d.body = "dhtAnswer";
                }
                return d;
            };

            /**
             * Converts this Envelope to JSON.
             * @function toJSON
             * @memberof macula.ipc.Envelope
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Envelope.prototype.toJSON = function() {
                return Envelope.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Envelope
             * @function getTypeUrl
             * @memberof macula.ipc.Envelope
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Envelope.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/macula.ipc.Envelope";
            };

            return Envelope;
        })();

        ipc.Ready = (function() {

            /**
             * Properties of a Ready.
             * @typedef {Object} macula.ipc.Ready.$Properties
             * @property {Object.<string,string>|null} [bound] Ready bound
             * @property {number|null} [pid] Ready pid
             * @property {number|null} [stopBoundMs] Ready stopBoundMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Ready.
             * @memberof macula.ipc
             * @interface IReady
             * @augments macula.ipc.Ready.$Properties
             * @deprecated Use macula.ipc.Ready.$Properties instead.
             */

            /**
             * Shape of a Ready.
             * @typedef {macula.ipc.Ready.$Properties} macula.ipc.Ready.$Shape
             */

            /**
             * Constructs a new Ready.
             * @memberof macula.ipc
             * @classdesc Represents a Ready.
             * @constructor
             * @param {macula.ipc.Ready.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Ready = function (p) {
                this.bound = {};
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Ready bound.
             * @member {Object.<string,string>} bound
             * @memberof macula.ipc.Ready
             * @instance
             */
            Ready.prototype.bound = $util.emptyObject;

            /**
             * Ready pid.
             * @member {number} pid
             * @memberof macula.ipc.Ready
             * @instance
             */
            Ready.prototype.pid = 0;

            /**
             * Ready stopBoundMs.
             * @member {number} stopBoundMs
             * @memberof macula.ipc.Ready
             * @instance
             */
            Ready.prototype.stopBoundMs = 0;

            /**
             * Creates a new Ready instance using the specified properties.
             * @function create
             * @memberof macula.ipc.Ready
             * @static
             * @param {macula.ipc.Ready.$Properties=} [properties] Properties to set
             * @returns {macula.ipc.Ready} Ready instance
             * @type {{
             *   (properties: macula.ipc.Ready.$Shape): macula.ipc.Ready & macula.ipc.Ready.$Shape;
             *   (properties?: macula.ipc.Ready.$Properties): macula.ipc.Ready;
             * }}
             */
            Ready.create = function(properties) {
                return new Ready(properties);
            };

            /**
             * Encodes the specified Ready message. Does not implicitly {@link macula.ipc.Ready.verify|verify} messages.
             * @function encode
             * @memberof macula.ipc.Ready
             * @static
             * @param {macula.ipc.Ready.$Properties} m Ready message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Ready.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.bound != null && $Object.hasOwnProperty.call(m, "bound")) {
                    for (var ks = $Object.keys(m.bound), i = 0; i < ks.length; ++i) {
                        w.uint32(/* id 1, wireType 2 =*/10).fork().uint32(/* id 1, wireType 2 =*/10).string(ks[i]).uint32(/* id 2, wireType 2 =*/18).string(m.bound[ks[i]]).ldelim();
                    }
                }
                if (m.pid != null && $Object.hasOwnProperty.call(m, "pid") && m.pid !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).uint32(m.pid);
                if (m.stopBoundMs != null && $Object.hasOwnProperty.call(m, "stopBoundMs") && !$Object.is(m.stopBoundMs, 0))
                    w.uint32(/* id 3, wireType 1 =*/25).double(m.stopBoundMs);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Ready message from the specified reader or buffer.
             * @function decode
             * @memberof macula.ipc.Ready
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {macula.ipc.Ready & macula.ipc.Ready.$Shape} Ready
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Ready.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, k, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.macula.ipc.Ready();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if (m.bound === $util.emptyObject)
                                m.bound = {};
                            var c2 = r.size() + r.pos;
                            if (c2 > r.len)
                                throw $RangeError("index out of range");
                            r.len = c2;
                            k = "";
                            v = "";
                            while (r.pos < c2) {
                                var t2 = r.tag();
                                u = t2 & 7;
                                switch (t2 >>>= 3) {
                                case 1:
                                    if (u !== 2)
                                        break;
                                    k = r.stringVerify();
                                    continue;
                                case 2:
                                    if (u !== 2)
                                        break;
                                    v = r.stringVerify();
                                    continue;
                                }
                                r.skipType(u, q, t2);
                            }
                            if (r.pos !== c2)
                                throw $RangeError("index out of range");
                            r.len = c;
                            if (k === "__proto__")
                                $util.makeProp(m.bound, k);
                            m.bound[k] = v;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.pid = v;
                            else
                                delete m.pid;
                            continue;
                        }
                    case 3: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.stopBoundMs = v;
                            else
                                delete m.stopBoundMs;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a Ready message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof macula.ipc.Ready
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {macula.ipc.Ready} Ready
             */
            Ready.fromObject = function (d, q) {
                if (d instanceof $root.macula.ipc.Ready)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".macula.ipc.Ready: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.macula.ipc.Ready();
                if (d.bound) {
                    if (!$util.isObject(d.bound))
                        throw $TypeError(".macula.ipc.Ready.bound: object expected");
                    m.bound = {};
                    for (var ks = $Object.keys(d.bound), i = 0; i < ks.length; ++i) {
                        if (ks[i] === "__proto__")
                            $util.makeProp(m.bound, ks[i]);
                        m.bound[ks[i]] = $String(d.bound[ks[i]]);
                    }
                }
                if (d.pid != null) {
                    if ($Number(d.pid) !== 0) {
                        m.pid = d.pid >>> 0;
                    }
                }
                if (d.stopBoundMs != null) {
                    if (!$Object.is($Number(d.stopBoundMs), 0)) {
                        m.stopBoundMs = $Number(d.stopBoundMs);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Ready message. Also converts values to other types if specified.
             * @function toObject
             * @memberof macula.ipc.Ready
             * @static
             * @param {macula.ipc.Ready} m Ready
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Ready.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.objects || o.defaults) {
                    d.bound = {};
                }
                if (o.defaults) {
                    d.pid = 0;
                    d.stopBoundMs = 0;
                }
                var ks2;
                if (m.bound && (ks2 = $Object.keys(m.bound)).length) {
                    d.bound = {};
                    for (var j = 0; j < ks2.length; ++j) {
                        if (ks2[j] === "__proto__")
                            $util.makeProp(d.bound, ks2[j]);
                        d.bound[ks2[j]] = m.bound[ks2[j]];
                    }
                }
                if (m.pid != null && $Object.hasOwnProperty.call(m, "pid")) {
                    d.pid = m.pid;
                }
                if (m.stopBoundMs != null && $Object.hasOwnProperty.call(m, "stopBoundMs")) {
                    d.stopBoundMs = o.json && !$isFinite(m.stopBoundMs) ? $String(m.stopBoundMs) : m.stopBoundMs;
                }
                return d;
            };

            /**
             * Converts this Ready to JSON.
             * @function toJSON
             * @memberof macula.ipc.Ready
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Ready.prototype.toJSON = function() {
                return Ready.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Ready
             * @function getTypeUrl
             * @memberof macula.ipc.Ready
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Ready.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/macula.ipc.Ready";
            };

            return Ready;
        })();

        ipc.Shutdown = (function() {

            /**
             * Properties of a Shutdown.
             * @typedef {Object} macula.ipc.Shutdown.$Properties
             * @property {string|null} [reason] Shutdown reason
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Shutdown.
             * @memberof macula.ipc
             * @interface IShutdown
             * @augments macula.ipc.Shutdown.$Properties
             * @deprecated Use macula.ipc.Shutdown.$Properties instead.
             */

            /**
             * Shape of a Shutdown.
             * @typedef {macula.ipc.Shutdown.$Properties} macula.ipc.Shutdown.$Shape
             */

            /**
             * Constructs a new Shutdown.
             * @memberof macula.ipc
             * @classdesc Represents a Shutdown.
             * @constructor
             * @param {macula.ipc.Shutdown.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Shutdown = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Shutdown reason.
             * @member {string} reason
             * @memberof macula.ipc.Shutdown
             * @instance
             */
            Shutdown.prototype.reason = "";

            /**
             * Creates a new Shutdown instance using the specified properties.
             * @function create
             * @memberof macula.ipc.Shutdown
             * @static
             * @param {macula.ipc.Shutdown.$Properties=} [properties] Properties to set
             * @returns {macula.ipc.Shutdown} Shutdown instance
             * @type {{
             *   (properties: macula.ipc.Shutdown.$Shape): macula.ipc.Shutdown & macula.ipc.Shutdown.$Shape;
             *   (properties?: macula.ipc.Shutdown.$Properties): macula.ipc.Shutdown;
             * }}
             */
            Shutdown.create = function(properties) {
                return new Shutdown(properties);
            };

            /**
             * Encodes the specified Shutdown message. Does not implicitly {@link macula.ipc.Shutdown.verify|verify} messages.
             * @function encode
             * @memberof macula.ipc.Shutdown
             * @static
             * @param {macula.ipc.Shutdown.$Properties} m Shutdown message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Shutdown.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason") && m.reason !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.reason);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Shutdown message from the specified reader or buffer.
             * @function decode
             * @memberof macula.ipc.Shutdown
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {macula.ipc.Shutdown & macula.ipc.Shutdown.$Shape} Shutdown
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Shutdown.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.macula.ipc.Shutdown();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.reason = v;
                            else
                                delete m.reason;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a Shutdown message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof macula.ipc.Shutdown
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {macula.ipc.Shutdown} Shutdown
             */
            Shutdown.fromObject = function (d, q) {
                if (d instanceof $root.macula.ipc.Shutdown)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".macula.ipc.Shutdown: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.macula.ipc.Shutdown();
                if (d.reason != null) {
                    if (typeof d.reason !== "string" || d.reason.length) {
                        m.reason = $String(d.reason);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Shutdown message. Also converts values to other types if specified.
             * @function toObject
             * @memberof macula.ipc.Shutdown
             * @static
             * @param {macula.ipc.Shutdown} m Shutdown
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Shutdown.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.reason = "";
                }
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                    d.reason = m.reason;
                }
                return d;
            };

            /**
             * Converts this Shutdown to JSON.
             * @function toJSON
             * @memberof macula.ipc.Shutdown
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Shutdown.prototype.toJSON = function() {
                return Shutdown.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Shutdown
             * @function getTypeUrl
             * @memberof macula.ipc.Shutdown
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Shutdown.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/macula.ipc.Shutdown";
            };

            return Shutdown;
        })();

        ipc.SupervisorEvent = (function() {

            /**
             * Properties of a SupervisorEvent.
             * @typedef {Object} macula.ipc.SupervisorEvent.$Properties
             * @property {number|null} [ts] SupervisorEvent ts
             * @property {string|null} [kind] SupervisorEvent kind
             * @property {string|null} [supervisor] SupervisorEvent supervisor
             * @property {string|null} [child] SupervisorEvent child
             * @property {number|null} [pid] SupervisorEvent pid
             * @property {string|null} [reason] SupervisorEvent reason
             * @property {number|null} [restartsPlusOne] SupervisorEvent restartsPlusOne
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SupervisorEvent.
             * @memberof macula.ipc
             * @interface ISupervisorEvent
             * @augments macula.ipc.SupervisorEvent.$Properties
             * @deprecated Use macula.ipc.SupervisorEvent.$Properties instead.
             */

            /**
             * Shape of a SupervisorEvent.
             * @typedef {macula.ipc.SupervisorEvent.$Properties} macula.ipc.SupervisorEvent.$Shape
             */

            /**
             * Constructs a new SupervisorEvent.
             * @memberof macula.ipc
             * @classdesc Represents a SupervisorEvent.
             * @constructor
             * @param {macula.ipc.SupervisorEvent.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SupervisorEvent = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * SupervisorEvent ts.
             * @member {number} ts
             * @memberof macula.ipc.SupervisorEvent
             * @instance
             */
            SupervisorEvent.prototype.ts = 0;

            /**
             * SupervisorEvent kind.
             * @member {string} kind
             * @memberof macula.ipc.SupervisorEvent
             * @instance
             */
            SupervisorEvent.prototype.kind = "";

            /**
             * SupervisorEvent supervisor.
             * @member {string} supervisor
             * @memberof macula.ipc.SupervisorEvent
             * @instance
             */
            SupervisorEvent.prototype.supervisor = "";

            /**
             * SupervisorEvent child.
             * @member {string} child
             * @memberof macula.ipc.SupervisorEvent
             * @instance
             */
            SupervisorEvent.prototype.child = "";

            /**
             * SupervisorEvent pid.
             * @member {number} pid
             * @memberof macula.ipc.SupervisorEvent
             * @instance
             */
            SupervisorEvent.prototype.pid = 0;

            /**
             * SupervisorEvent reason.
             * @member {string} reason
             * @memberof macula.ipc.SupervisorEvent
             * @instance
             */
            SupervisorEvent.prototype.reason = "";

            /**
             * SupervisorEvent restartsPlusOne.
             * @member {number} restartsPlusOne
             * @memberof macula.ipc.SupervisorEvent
             * @instance
             */
            SupervisorEvent.prototype.restartsPlusOne = 0;

            /**
             * Creates a new SupervisorEvent instance using the specified properties.
             * @function create
             * @memberof macula.ipc.SupervisorEvent
             * @static
             * @param {macula.ipc.SupervisorEvent.$Properties=} [properties] Properties to set
             * @returns {macula.ipc.SupervisorEvent} SupervisorEvent instance
             * @type {{
             *   (properties: macula.ipc.SupervisorEvent.$Shape): macula.ipc.SupervisorEvent & macula.ipc.SupervisorEvent.$Shape;
             *   (properties?: macula.ipc.SupervisorEvent.$Properties): macula.ipc.SupervisorEvent;
             * }}
             */
            SupervisorEvent.create = function(properties) {
                return new SupervisorEvent(properties);
            };

            /**
             * Encodes the specified SupervisorEvent message. Does not implicitly {@link macula.ipc.SupervisorEvent.verify|verify} messages.
             * @function encode
             * @memberof macula.ipc.SupervisorEvent
             * @static
             * @param {macula.ipc.SupervisorEvent.$Properties} m SupervisorEvent message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SupervisorEvent.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.ts != null && $Object.hasOwnProperty.call(m, "ts") && !$Object.is(m.ts, 0))
                    w.uint32(/* id 1, wireType 1 =*/9).double(m.ts);
                if (m.kind != null && $Object.hasOwnProperty.call(m, "kind") && m.kind !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.kind);
                if (m.supervisor != null && $Object.hasOwnProperty.call(m, "supervisor") && m.supervisor !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.supervisor);
                if (m.child != null && $Object.hasOwnProperty.call(m, "child") && m.child !== "")
                    w.uint32(/* id 4, wireType 2 =*/34).string(m.child);
                if (m.pid != null && $Object.hasOwnProperty.call(m, "pid") && m.pid !== 0)
                    w.uint32(/* id 5, wireType 0 =*/40).uint32(m.pid);
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason") && m.reason !== "")
                    w.uint32(/* id 6, wireType 2 =*/50).string(m.reason);
                if (m.restartsPlusOne != null && $Object.hasOwnProperty.call(m, "restartsPlusOne") && m.restartsPlusOne !== 0)
                    w.uint32(/* id 7, wireType 0 =*/56).uint32(m.restartsPlusOne);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a SupervisorEvent message from the specified reader or buffer.
             * @function decode
             * @memberof macula.ipc.SupervisorEvent
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {macula.ipc.SupervisorEvent & macula.ipc.SupervisorEvent.$Shape} SupervisorEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SupervisorEvent.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.macula.ipc.SupervisorEvent();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.ts = v;
                            else
                                delete m.ts;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.kind = v;
                            else
                                delete m.kind;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.supervisor = v;
                            else
                                delete m.supervisor;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.child = v;
                            else
                                delete m.child;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.pid = v;
                            else
                                delete m.pid;
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.reason = v;
                            else
                                delete m.reason;
                            continue;
                        }
                    case 7: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.restartsPlusOne = v;
                            else
                                delete m.restartsPlusOne;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a SupervisorEvent message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof macula.ipc.SupervisorEvent
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {macula.ipc.SupervisorEvent} SupervisorEvent
             */
            SupervisorEvent.fromObject = function (d, q) {
                if (d instanceof $root.macula.ipc.SupervisorEvent)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".macula.ipc.SupervisorEvent: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.macula.ipc.SupervisorEvent();
                if (d.ts != null) {
                    if (!$Object.is($Number(d.ts), 0)) {
                        m.ts = $Number(d.ts);
                    }
                }
                if (d.kind != null) {
                    if (typeof d.kind !== "string" || d.kind.length) {
                        m.kind = $String(d.kind);
                    }
                }
                if (d.supervisor != null) {
                    if (typeof d.supervisor !== "string" || d.supervisor.length) {
                        m.supervisor = $String(d.supervisor);
                    }
                }
                if (d.child != null) {
                    if (typeof d.child !== "string" || d.child.length) {
                        m.child = $String(d.child);
                    }
                }
                if (d.pid != null) {
                    if ($Number(d.pid) !== 0) {
                        m.pid = d.pid >>> 0;
                    }
                }
                if (d.reason != null) {
                    if (typeof d.reason !== "string" || d.reason.length) {
                        m.reason = $String(d.reason);
                    }
                }
                if (d.restartsPlusOne != null) {
                    if ($Number(d.restartsPlusOne) !== 0) {
                        m.restartsPlusOne = d.restartsPlusOne >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a SupervisorEvent message. Also converts values to other types if specified.
             * @function toObject
             * @memberof macula.ipc.SupervisorEvent
             * @static
             * @param {macula.ipc.SupervisorEvent} m SupervisorEvent
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SupervisorEvent.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.ts = 0;
                    d.kind = "";
                    d.supervisor = "";
                    d.child = "";
                    d.pid = 0;
                    d.reason = "";
                    d.restartsPlusOne = 0;
                }
                if (m.ts != null && $Object.hasOwnProperty.call(m, "ts")) {
                    d.ts = o.json && !$isFinite(m.ts) ? $String(m.ts) : m.ts;
                }
                if (m.kind != null && $Object.hasOwnProperty.call(m, "kind")) {
                    d.kind = m.kind;
                }
                if (m.supervisor != null && $Object.hasOwnProperty.call(m, "supervisor")) {
                    d.supervisor = m.supervisor;
                }
                if (m.child != null && $Object.hasOwnProperty.call(m, "child")) {
                    d.child = m.child;
                }
                if (m.pid != null && $Object.hasOwnProperty.call(m, "pid")) {
                    d.pid = m.pid;
                }
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                    d.reason = m.reason;
                }
                if (m.restartsPlusOne != null && $Object.hasOwnProperty.call(m, "restartsPlusOne")) {
                    d.restartsPlusOne = m.restartsPlusOne;
                }
                return d;
            };

            /**
             * Converts this SupervisorEvent to JSON.
             * @function toJSON
             * @memberof macula.ipc.SupervisorEvent
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SupervisorEvent.prototype.toJSON = function() {
                return SupervisorEvent.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SupervisorEvent
             * @function getTypeUrl
             * @memberof macula.ipc.SupervisorEvent
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SupervisorEvent.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/macula.ipc.SupervisorEvent";
            };

            return SupervisorEvent;
        })();

        ipc.ClusterReadiness = (function() {

            /**
             * Properties of a ClusterReadiness.
             * @typedef {Object} macula.ipc.ClusterReadiness.$Properties
             * @property {boolean|null} [ready] ClusterReadiness ready
             * @property {string|null} [detail] ClusterReadiness detail
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ClusterReadiness.
             * @memberof macula.ipc
             * @interface IClusterReadiness
             * @augments macula.ipc.ClusterReadiness.$Properties
             * @deprecated Use macula.ipc.ClusterReadiness.$Properties instead.
             */

            /**
             * Shape of a ClusterReadiness.
             * @typedef {macula.ipc.ClusterReadiness.$Properties} macula.ipc.ClusterReadiness.$Shape
             */

            /**
             * Constructs a new ClusterReadiness.
             * @memberof macula.ipc
             * @classdesc Represents a ClusterReadiness.
             * @constructor
             * @param {macula.ipc.ClusterReadiness.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ClusterReadiness = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ClusterReadiness ready.
             * @member {boolean} ready
             * @memberof macula.ipc.ClusterReadiness
             * @instance
             */
            ClusterReadiness.prototype.ready = false;

            /**
             * ClusterReadiness detail.
             * @member {string} detail
             * @memberof macula.ipc.ClusterReadiness
             * @instance
             */
            ClusterReadiness.prototype.detail = "";

            /**
             * Creates a new ClusterReadiness instance using the specified properties.
             * @function create
             * @memberof macula.ipc.ClusterReadiness
             * @static
             * @param {macula.ipc.ClusterReadiness.$Properties=} [properties] Properties to set
             * @returns {macula.ipc.ClusterReadiness} ClusterReadiness instance
             * @type {{
             *   (properties: macula.ipc.ClusterReadiness.$Shape): macula.ipc.ClusterReadiness & macula.ipc.ClusterReadiness.$Shape;
             *   (properties?: macula.ipc.ClusterReadiness.$Properties): macula.ipc.ClusterReadiness;
             * }}
             */
            ClusterReadiness.create = function(properties) {
                return new ClusterReadiness(properties);
            };

            /**
             * Encodes the specified ClusterReadiness message. Does not implicitly {@link macula.ipc.ClusterReadiness.verify|verify} messages.
             * @function encode
             * @memberof macula.ipc.ClusterReadiness
             * @static
             * @param {macula.ipc.ClusterReadiness.$Properties} m ClusterReadiness message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ClusterReadiness.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.ready != null && $Object.hasOwnProperty.call(m, "ready") && m.ready !== false)
                    w.uint32(/* id 1, wireType 0 =*/8).bool(m.ready);
                if (m.detail != null && $Object.hasOwnProperty.call(m, "detail") && m.detail !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.detail);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a ClusterReadiness message from the specified reader or buffer.
             * @function decode
             * @memberof macula.ipc.ClusterReadiness
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {macula.ipc.ClusterReadiness & macula.ipc.ClusterReadiness.$Shape} ClusterReadiness
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ClusterReadiness.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.macula.ipc.ClusterReadiness();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.ready = v;
                            else
                                delete m.ready;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.detail = v;
                            else
                                delete m.detail;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a ClusterReadiness message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof macula.ipc.ClusterReadiness
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {macula.ipc.ClusterReadiness} ClusterReadiness
             */
            ClusterReadiness.fromObject = function (d, q) {
                if (d instanceof $root.macula.ipc.ClusterReadiness)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".macula.ipc.ClusterReadiness: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.macula.ipc.ClusterReadiness();
                if (d.ready != null) {
                    if (d.ready) {
                        m.ready = $Boolean(d.ready);
                    }
                }
                if (d.detail != null) {
                    if (typeof d.detail !== "string" || d.detail.length) {
                        m.detail = $String(d.detail);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a ClusterReadiness message. Also converts values to other types if specified.
             * @function toObject
             * @memberof macula.ipc.ClusterReadiness
             * @static
             * @param {macula.ipc.ClusterReadiness} m ClusterReadiness
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ClusterReadiness.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.ready = false;
                    d.detail = "";
                }
                if (m.ready != null && $Object.hasOwnProperty.call(m, "ready")) {
                    d.ready = m.ready;
                }
                if (m.detail != null && $Object.hasOwnProperty.call(m, "detail")) {
                    d.detail = m.detail;
                }
                return d;
            };

            /**
             * Converts this ClusterReadiness to JSON.
             * @function toJSON
             * @memberof macula.ipc.ClusterReadiness
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ClusterReadiness.prototype.toJSON = function() {
                return ClusterReadiness.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ClusterReadiness
             * @function getTypeUrl
             * @memberof macula.ipc.ClusterReadiness
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ClusterReadiness.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/macula.ipc.ClusterReadiness";
            };

            return ClusterReadiness;
        })();

        ipc.GatewayAddress = (function() {

            /**
             * Properties of a GatewayAddress.
             * @typedef {Object} macula.ipc.GatewayAddress.$Properties
             * @property {string|null} [url] GatewayAddress url
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a GatewayAddress.
             * @memberof macula.ipc
             * @interface IGatewayAddress
             * @augments macula.ipc.GatewayAddress.$Properties
             * @deprecated Use macula.ipc.GatewayAddress.$Properties instead.
             */

            /**
             * Shape of a GatewayAddress.
             * @typedef {macula.ipc.GatewayAddress.$Properties} macula.ipc.GatewayAddress.$Shape
             */

            /**
             * Constructs a new GatewayAddress.
             * @memberof macula.ipc
             * @classdesc Represents a GatewayAddress.
             * @constructor
             * @param {macula.ipc.GatewayAddress.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const GatewayAddress = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * GatewayAddress url.
             * @member {string} url
             * @memberof macula.ipc.GatewayAddress
             * @instance
             */
            GatewayAddress.prototype.url = "";

            /**
             * Creates a new GatewayAddress instance using the specified properties.
             * @function create
             * @memberof macula.ipc.GatewayAddress
             * @static
             * @param {macula.ipc.GatewayAddress.$Properties=} [properties] Properties to set
             * @returns {macula.ipc.GatewayAddress} GatewayAddress instance
             * @type {{
             *   (properties: macula.ipc.GatewayAddress.$Shape): macula.ipc.GatewayAddress & macula.ipc.GatewayAddress.$Shape;
             *   (properties?: macula.ipc.GatewayAddress.$Properties): macula.ipc.GatewayAddress;
             * }}
             */
            GatewayAddress.create = function(properties) {
                return new GatewayAddress(properties);
            };

            /**
             * Encodes the specified GatewayAddress message. Does not implicitly {@link macula.ipc.GatewayAddress.verify|verify} messages.
             * @function encode
             * @memberof macula.ipc.GatewayAddress
             * @static
             * @param {macula.ipc.GatewayAddress.$Properties} m GatewayAddress message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GatewayAddress.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.url != null && $Object.hasOwnProperty.call(m, "url") && m.url !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.url);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a GatewayAddress message from the specified reader or buffer.
             * @function decode
             * @memberof macula.ipc.GatewayAddress
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {macula.ipc.GatewayAddress & macula.ipc.GatewayAddress.$Shape} GatewayAddress
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GatewayAddress.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.macula.ipc.GatewayAddress();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.url = v;
                            else
                                delete m.url;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a GatewayAddress message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof macula.ipc.GatewayAddress
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {macula.ipc.GatewayAddress} GatewayAddress
             */
            GatewayAddress.fromObject = function (d, q) {
                if (d instanceof $root.macula.ipc.GatewayAddress)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".macula.ipc.GatewayAddress: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.macula.ipc.GatewayAddress();
                if (d.url != null) {
                    if (typeof d.url !== "string" || d.url.length) {
                        m.url = $String(d.url);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a GatewayAddress message. Also converts values to other types if specified.
             * @function toObject
             * @memberof macula.ipc.GatewayAddress
             * @static
             * @param {macula.ipc.GatewayAddress} m GatewayAddress
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            GatewayAddress.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.url = "";
                }
                if (m.url != null && $Object.hasOwnProperty.call(m, "url")) {
                    d.url = m.url;
                }
                return d;
            };

            /**
             * Converts this GatewayAddress to JSON.
             * @function toJSON
             * @memberof macula.ipc.GatewayAddress
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            GatewayAddress.prototype.toJSON = function() {
                return GatewayAddress.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for GatewayAddress
             * @function getTypeUrl
             * @memberof macula.ipc.GatewayAddress
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            GatewayAddress.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/macula.ipc.GatewayAddress";
            };

            return GatewayAddress;
        })();

        ipc.Exiting = (function() {

            /**
             * Properties of an Exiting.
             * @typedef {Object} macula.ipc.Exiting.$Properties
             * @property {string|null} [reason] Exiting reason
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Exiting.
             * @memberof macula.ipc
             * @interface IExiting
             * @augments macula.ipc.Exiting.$Properties
             * @deprecated Use macula.ipc.Exiting.$Properties instead.
             */

            /**
             * Shape of an Exiting.
             * @typedef {macula.ipc.Exiting.$Properties} macula.ipc.Exiting.$Shape
             */

            /**
             * Constructs a new Exiting.
             * @memberof macula.ipc
             * @classdesc Represents an Exiting.
             * @constructor
             * @param {macula.ipc.Exiting.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Exiting = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Exiting reason.
             * @member {string} reason
             * @memberof macula.ipc.Exiting
             * @instance
             */
            Exiting.prototype.reason = "";

            /**
             * Creates a new Exiting instance using the specified properties.
             * @function create
             * @memberof macula.ipc.Exiting
             * @static
             * @param {macula.ipc.Exiting.$Properties=} [properties] Properties to set
             * @returns {macula.ipc.Exiting} Exiting instance
             * @type {{
             *   (properties: macula.ipc.Exiting.$Shape): macula.ipc.Exiting & macula.ipc.Exiting.$Shape;
             *   (properties?: macula.ipc.Exiting.$Properties): macula.ipc.Exiting;
             * }}
             */
            Exiting.create = function(properties) {
                return new Exiting(properties);
            };

            /**
             * Encodes the specified Exiting message. Does not implicitly {@link macula.ipc.Exiting.verify|verify} messages.
             * @function encode
             * @memberof macula.ipc.Exiting
             * @static
             * @param {macula.ipc.Exiting.$Properties} m Exiting message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Exiting.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason") && m.reason !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.reason);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes an Exiting message from the specified reader or buffer.
             * @function decode
             * @memberof macula.ipc.Exiting
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {macula.ipc.Exiting & macula.ipc.Exiting.$Shape} Exiting
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Exiting.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.macula.ipc.Exiting();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.reason = v;
                            else
                                delete m.reason;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates an Exiting message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof macula.ipc.Exiting
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {macula.ipc.Exiting} Exiting
             */
            Exiting.fromObject = function (d, q) {
                if (d instanceof $root.macula.ipc.Exiting)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".macula.ipc.Exiting: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.macula.ipc.Exiting();
                if (d.reason != null) {
                    if (typeof d.reason !== "string" || d.reason.length) {
                        m.reason = $String(d.reason);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an Exiting message. Also converts values to other types if specified.
             * @function toObject
             * @memberof macula.ipc.Exiting
             * @static
             * @param {macula.ipc.Exiting} m Exiting
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Exiting.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.reason = "";
                }
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                    d.reason = m.reason;
                }
                return d;
            };

            /**
             * Converts this Exiting to JSON.
             * @function toJSON
             * @memberof macula.ipc.Exiting
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Exiting.prototype.toJSON = function() {
                return Exiting.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Exiting
             * @function getTypeUrl
             * @memberof macula.ipc.Exiting
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Exiting.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/macula.ipc.Exiting";
            };

            return Exiting;
        })();

        ipc.SiblingHello = (function() {

            /**
             * Properties of a SiblingHello.
             * @typedef {Object} macula.ipc.SiblingHello.$Properties
             * @property {string|null} [token] SiblingHello token
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SiblingHello.
             * @memberof macula.ipc
             * @interface ISiblingHello
             * @augments macula.ipc.SiblingHello.$Properties
             * @deprecated Use macula.ipc.SiblingHello.$Properties instead.
             */

            /**
             * Shape of a SiblingHello.
             * @typedef {macula.ipc.SiblingHello.$Properties} macula.ipc.SiblingHello.$Shape
             */

            /**
             * Constructs a new SiblingHello.
             * @memberof macula.ipc
             * @classdesc Represents a SiblingHello.
             * @constructor
             * @param {macula.ipc.SiblingHello.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SiblingHello = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * SiblingHello token.
             * @member {string} token
             * @memberof macula.ipc.SiblingHello
             * @instance
             */
            SiblingHello.prototype.token = "";

            /**
             * Creates a new SiblingHello instance using the specified properties.
             * @function create
             * @memberof macula.ipc.SiblingHello
             * @static
             * @param {macula.ipc.SiblingHello.$Properties=} [properties] Properties to set
             * @returns {macula.ipc.SiblingHello} SiblingHello instance
             * @type {{
             *   (properties: macula.ipc.SiblingHello.$Shape): macula.ipc.SiblingHello & macula.ipc.SiblingHello.$Shape;
             *   (properties?: macula.ipc.SiblingHello.$Properties): macula.ipc.SiblingHello;
             * }}
             */
            SiblingHello.create = function(properties) {
                return new SiblingHello(properties);
            };

            /**
             * Encodes the specified SiblingHello message. Does not implicitly {@link macula.ipc.SiblingHello.verify|verify} messages.
             * @function encode
             * @memberof macula.ipc.SiblingHello
             * @static
             * @param {macula.ipc.SiblingHello.$Properties} m SiblingHello message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SiblingHello.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.token != null && $Object.hasOwnProperty.call(m, "token") && m.token !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.token);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a SiblingHello message from the specified reader or buffer.
             * @function decode
             * @memberof macula.ipc.SiblingHello
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {macula.ipc.SiblingHello & macula.ipc.SiblingHello.$Shape} SiblingHello
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SiblingHello.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.macula.ipc.SiblingHello();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.token = v;
                            else
                                delete m.token;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a SiblingHello message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof macula.ipc.SiblingHello
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {macula.ipc.SiblingHello} SiblingHello
             */
            SiblingHello.fromObject = function (d, q) {
                if (d instanceof $root.macula.ipc.SiblingHello)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".macula.ipc.SiblingHello: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.macula.ipc.SiblingHello();
                if (d.token != null) {
                    if (typeof d.token !== "string" || d.token.length) {
                        m.token = $String(d.token);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a SiblingHello message. Also converts values to other types if specified.
             * @function toObject
             * @memberof macula.ipc.SiblingHello
             * @static
             * @param {macula.ipc.SiblingHello} m SiblingHello
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SiblingHello.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.token = "";
                }
                if (m.token != null && $Object.hasOwnProperty.call(m, "token")) {
                    d.token = m.token;
                }
                return d;
            };

            /**
             * Converts this SiblingHello to JSON.
             * @function toJSON
             * @memberof macula.ipc.SiblingHello
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SiblingHello.prototype.toJSON = function() {
                return SiblingHello.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SiblingHello
             * @function getTypeUrl
             * @memberof macula.ipc.SiblingHello
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SiblingHello.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/macula.ipc.SiblingHello";
            };

            return SiblingHello;
        })();

        ipc.SiblingStatus = (function() {

            /**
             * Properties of a SiblingStatus.
             * @typedef {Object} macula.ipc.SiblingStatus.$Properties
             * @property {string|null} [name] SiblingStatus name
             * @property {boolean|null} [up] SiblingStatus up
             * @property {string|null} [path] SiblingStatus path
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SiblingStatus.
             * @memberof macula.ipc
             * @interface ISiblingStatus
             * @augments macula.ipc.SiblingStatus.$Properties
             * @deprecated Use macula.ipc.SiblingStatus.$Properties instead.
             */

            /**
             * Shape of a SiblingStatus.
             * @typedef {macula.ipc.SiblingStatus.$Properties} macula.ipc.SiblingStatus.$Shape
             */

            /**
             * Constructs a new SiblingStatus.
             * @memberof macula.ipc
             * @classdesc Represents a SiblingStatus.
             * @constructor
             * @param {macula.ipc.SiblingStatus.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SiblingStatus = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * SiblingStatus name.
             * @member {string} name
             * @memberof macula.ipc.SiblingStatus
             * @instance
             */
            SiblingStatus.prototype.name = "";

            /**
             * SiblingStatus up.
             * @member {boolean} up
             * @memberof macula.ipc.SiblingStatus
             * @instance
             */
            SiblingStatus.prototype.up = false;

            /**
             * SiblingStatus path.
             * @member {string} path
             * @memberof macula.ipc.SiblingStatus
             * @instance
             */
            SiblingStatus.prototype.path = "";

            /**
             * Creates a new SiblingStatus instance using the specified properties.
             * @function create
             * @memberof macula.ipc.SiblingStatus
             * @static
             * @param {macula.ipc.SiblingStatus.$Properties=} [properties] Properties to set
             * @returns {macula.ipc.SiblingStatus} SiblingStatus instance
             * @type {{
             *   (properties: macula.ipc.SiblingStatus.$Shape): macula.ipc.SiblingStatus & macula.ipc.SiblingStatus.$Shape;
             *   (properties?: macula.ipc.SiblingStatus.$Properties): macula.ipc.SiblingStatus;
             * }}
             */
            SiblingStatus.create = function(properties) {
                return new SiblingStatus(properties);
            };

            /**
             * Encodes the specified SiblingStatus message. Does not implicitly {@link macula.ipc.SiblingStatus.verify|verify} messages.
             * @function encode
             * @memberof macula.ipc.SiblingStatus
             * @static
             * @param {macula.ipc.SiblingStatus.$Properties} m SiblingStatus message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SiblingStatus.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.name);
                if (m.up != null && $Object.hasOwnProperty.call(m, "up") && m.up !== false)
                    w.uint32(/* id 2, wireType 0 =*/16).bool(m.up);
                if (m.path != null && $Object.hasOwnProperty.call(m, "path") && m.path !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.path);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a SiblingStatus message from the specified reader or buffer.
             * @function decode
             * @memberof macula.ipc.SiblingStatus
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {macula.ipc.SiblingStatus & macula.ipc.SiblingStatus.$Shape} SiblingStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SiblingStatus.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.macula.ipc.SiblingStatus();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.name = v;
                            else
                                delete m.name;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.up = v;
                            else
                                delete m.up;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.path = v;
                            else
                                delete m.path;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a SiblingStatus message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof macula.ipc.SiblingStatus
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {macula.ipc.SiblingStatus} SiblingStatus
             */
            SiblingStatus.fromObject = function (d, q) {
                if (d instanceof $root.macula.ipc.SiblingStatus)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".macula.ipc.SiblingStatus: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.macula.ipc.SiblingStatus();
                if (d.name != null) {
                    if (typeof d.name !== "string" || d.name.length) {
                        m.name = $String(d.name);
                    }
                }
                if (d.up != null) {
                    if (d.up) {
                        m.up = $Boolean(d.up);
                    }
                }
                if (d.path != null) {
                    if (typeof d.path !== "string" || d.path.length) {
                        m.path = $String(d.path);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a SiblingStatus message. Also converts values to other types if specified.
             * @function toObject
             * @memberof macula.ipc.SiblingStatus
             * @static
             * @param {macula.ipc.SiblingStatus} m SiblingStatus
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SiblingStatus.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.name = "";
                    d.up = false;
                    d.path = "";
                }
                if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                    d.name = m.name;
                }
                if (m.up != null && $Object.hasOwnProperty.call(m, "up")) {
                    d.up = m.up;
                }
                if (m.path != null && $Object.hasOwnProperty.call(m, "path")) {
                    d.path = m.path;
                }
                return d;
            };

            /**
             * Converts this SiblingStatus to JSON.
             * @function toJSON
             * @memberof macula.ipc.SiblingStatus
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SiblingStatus.prototype.toJSON = function() {
                return SiblingStatus.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SiblingStatus
             * @function getTypeUrl
             * @memberof macula.ipc.SiblingStatus
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SiblingStatus.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/macula.ipc.SiblingStatus";
            };

            return SiblingStatus;
        })();

        ipc.DhtRelay = (function() {

            /**
             * Properties of a DhtRelay.
             * @typedef {Object} macula.ipc.DhtRelay.$Properties
             * @property {string|null} [peer] DhtRelay peer
             * @property {string|null} [endpoint] DhtRelay endpoint
             * @property {macula.dht.Message.$Properties|null} [message] DhtRelay message
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DhtRelay.
             * @memberof macula.ipc
             * @interface IDhtRelay
             * @augments macula.ipc.DhtRelay.$Properties
             * @deprecated Use macula.ipc.DhtRelay.$Properties instead.
             */

            /**
             * Shape of a DhtRelay.
             * @typedef {macula.ipc.DhtRelay.$Properties} macula.ipc.DhtRelay.$Shape
             */

            /**
             * Constructs a new DhtRelay.
             * @memberof macula.ipc
             * @classdesc Represents a DhtRelay.
             * @constructor
             * @param {macula.ipc.DhtRelay.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DhtRelay = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * DhtRelay peer.
             * @member {string} peer
             * @memberof macula.ipc.DhtRelay
             * @instance
             */
            DhtRelay.prototype.peer = "";

            /**
             * DhtRelay endpoint.
             * @member {string} endpoint
             * @memberof macula.ipc.DhtRelay
             * @instance
             */
            DhtRelay.prototype.endpoint = "";

            /**
             * DhtRelay message.
             * @member {macula.dht.Message.$Properties|null|undefined} message
             * @memberof macula.ipc.DhtRelay
             * @instance
             */
            DhtRelay.prototype.message = null;

            /**
             * Creates a new DhtRelay instance using the specified properties.
             * @function create
             * @memberof macula.ipc.DhtRelay
             * @static
             * @param {macula.ipc.DhtRelay.$Properties=} [properties] Properties to set
             * @returns {macula.ipc.DhtRelay} DhtRelay instance
             * @type {{
             *   (properties: macula.ipc.DhtRelay.$Shape): macula.ipc.DhtRelay & macula.ipc.DhtRelay.$Shape;
             *   (properties?: macula.ipc.DhtRelay.$Properties): macula.ipc.DhtRelay;
             * }}
             */
            DhtRelay.create = function(properties) {
                return new DhtRelay(properties);
            };

            /**
             * Encodes the specified DhtRelay message. Does not implicitly {@link macula.ipc.DhtRelay.verify|verify} messages.
             * @function encode
             * @memberof macula.ipc.DhtRelay
             * @static
             * @param {macula.ipc.DhtRelay.$Properties} m DhtRelay message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DhtRelay.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.peer != null && $Object.hasOwnProperty.call(m, "peer") && m.peer !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.peer);
                if (m.endpoint != null && $Object.hasOwnProperty.call(m, "endpoint") && m.endpoint !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.endpoint);
                if (m.message != null && $Object.hasOwnProperty.call(m, "message"))
                    $root.macula.dht.Message.encode(m.message, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a DhtRelay message from the specified reader or buffer.
             * @function decode
             * @memberof macula.ipc.DhtRelay
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {macula.ipc.DhtRelay & macula.ipc.DhtRelay.$Shape} DhtRelay
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DhtRelay.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.macula.ipc.DhtRelay();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.peer = v;
                            else
                                delete m.peer;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.endpoint = v;
                            else
                                delete m.endpoint;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.message = $root.macula.dht.Message.decode(r, r.size(), $undefined, q + 1, m.message);
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a DhtRelay message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof macula.ipc.DhtRelay
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {macula.ipc.DhtRelay} DhtRelay
             */
            DhtRelay.fromObject = function (d, q) {
                if (d instanceof $root.macula.ipc.DhtRelay)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".macula.ipc.DhtRelay: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.macula.ipc.DhtRelay();
                if (d.peer != null) {
                    if (typeof d.peer !== "string" || d.peer.length) {
                        m.peer = $String(d.peer);
                    }
                }
                if (d.endpoint != null) {
                    if (typeof d.endpoint !== "string" || d.endpoint.length) {
                        m.endpoint = $String(d.endpoint);
                    }
                }
                if (d.message != null) {
                    if (!$util.isObject(d.message))
                        throw $TypeError(".macula.ipc.DhtRelay.message: object expected");
                    m.message = $root.macula.dht.Message.fromObject(d.message, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a DhtRelay message. Also converts values to other types if specified.
             * @function toObject
             * @memberof macula.ipc.DhtRelay
             * @static
             * @param {macula.ipc.DhtRelay} m DhtRelay
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DhtRelay.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.peer = "";
                    d.endpoint = "";
                    d.message = null;
                }
                if (m.peer != null && $Object.hasOwnProperty.call(m, "peer")) {
                    d.peer = m.peer;
                }
                if (m.endpoint != null && $Object.hasOwnProperty.call(m, "endpoint")) {
                    d.endpoint = m.endpoint;
                }
                if (m.message != null && $Object.hasOwnProperty.call(m, "message")) {
                    d.message = $root.macula.dht.Message.toObject(m.message, o, q + 1);
                }
                return d;
            };

            /**
             * Converts this DhtRelay to JSON.
             * @function toJSON
             * @memberof macula.ipc.DhtRelay
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DhtRelay.prototype.toJSON = function() {
                return DhtRelay.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DhtRelay
             * @function getTypeUrl
             * @memberof macula.ipc.DhtRelay
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DhtRelay.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/macula.ipc.DhtRelay";
            };

            return DhtRelay;
        })();

        ipc.DhtQuery = (function() {

            /**
             * Properties of a DhtQuery.
             * @typedef {Object} macula.ipc.DhtQuery.$Properties
             * @property {string|null} [op] DhtQuery op
             * @property {string|null} [key] DhtQuery key
             * @property {number|null} [n] DhtQuery n
             * @property {string|null} [exclude] DhtQuery exclude
             * @property {macula.dht.Record.$Properties|null} [record] DhtQuery record
             * @property {macula.dht.Contact.$Properties|null} [contact] DhtQuery contact
             * @property {Array.<string>|null} [nodeIds] DhtQuery nodeIds
             * @property {string|null} [url] DhtQuery url
             * @property {Object.<string,string>|null} [args] DhtQuery args
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DhtQuery.
             * @memberof macula.ipc
             * @interface IDhtQuery
             * @augments macula.ipc.DhtQuery.$Properties
             * @deprecated Use macula.ipc.DhtQuery.$Properties instead.
             */

            /**
             * Shape of a DhtQuery.
             * @typedef {macula.ipc.DhtQuery.$Properties} macula.ipc.DhtQuery.$Shape
             */

            /**
             * Constructs a new DhtQuery.
             * @memberof macula.ipc
             * @classdesc Represents a DhtQuery.
             * @constructor
             * @param {macula.ipc.DhtQuery.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DhtQuery = function (p) {
                this.nodeIds = [];
                this.args = {};
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * DhtQuery op.
             * @member {string} op
             * @memberof macula.ipc.DhtQuery
             * @instance
             */
            DhtQuery.prototype.op = "";

            /**
             * DhtQuery key.
             * @member {string} key
             * @memberof macula.ipc.DhtQuery
             * @instance
             */
            DhtQuery.prototype.key = "";

            /**
             * DhtQuery n.
             * @member {number} n
             * @memberof macula.ipc.DhtQuery
             * @instance
             */
            DhtQuery.prototype.n = 0;

            /**
             * DhtQuery exclude.
             * @member {string} exclude
             * @memberof macula.ipc.DhtQuery
             * @instance
             */
            DhtQuery.prototype.exclude = "";

            /**
             * DhtQuery record.
             * @member {macula.dht.Record.$Properties|null|undefined} record
             * @memberof macula.ipc.DhtQuery
             * @instance
             */
            DhtQuery.prototype.record = null;

            /**
             * DhtQuery contact.
             * @member {macula.dht.Contact.$Properties|null|undefined} contact
             * @memberof macula.ipc.DhtQuery
             * @instance
             */
            DhtQuery.prototype.contact = null;

            /**
             * DhtQuery nodeIds.
             * @member {Array.<string>} nodeIds
             * @memberof macula.ipc.DhtQuery
             * @instance
             */
            DhtQuery.prototype.nodeIds = $util.emptyArray;

            /**
             * DhtQuery url.
             * @member {string} url
             * @memberof macula.ipc.DhtQuery
             * @instance
             */
            DhtQuery.prototype.url = "";

            /**
             * DhtQuery args.
             * @member {Object.<string,string>} args
             * @memberof macula.ipc.DhtQuery
             * @instance
             */
            DhtQuery.prototype.args = $util.emptyObject;

            /**
             * Creates a new DhtQuery instance using the specified properties.
             * @function create
             * @memberof macula.ipc.DhtQuery
             * @static
             * @param {macula.ipc.DhtQuery.$Properties=} [properties] Properties to set
             * @returns {macula.ipc.DhtQuery} DhtQuery instance
             * @type {{
             *   (properties: macula.ipc.DhtQuery.$Shape): macula.ipc.DhtQuery & macula.ipc.DhtQuery.$Shape;
             *   (properties?: macula.ipc.DhtQuery.$Properties): macula.ipc.DhtQuery;
             * }}
             */
            DhtQuery.create = function(properties) {
                return new DhtQuery(properties);
            };

            /**
             * Encodes the specified DhtQuery message. Does not implicitly {@link macula.ipc.DhtQuery.verify|verify} messages.
             * @function encode
             * @memberof macula.ipc.DhtQuery
             * @static
             * @param {macula.ipc.DhtQuery.$Properties} m DhtQuery message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DhtQuery.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.op != null && $Object.hasOwnProperty.call(m, "op") && m.op !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.op);
                if (m.key != null && $Object.hasOwnProperty.call(m, "key") && m.key !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.key);
                if (m.n != null && $Object.hasOwnProperty.call(m, "n") && m.n !== 0)
                    w.uint32(/* id 3, wireType 0 =*/24).uint32(m.n);
                if (m.exclude != null && $Object.hasOwnProperty.call(m, "exclude") && m.exclude !== "")
                    w.uint32(/* id 4, wireType 2 =*/34).string(m.exclude);
                if (m.record != null && $Object.hasOwnProperty.call(m, "record"))
                    $root.macula.dht.Record.encode(m.record, w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                if (m.contact != null && $Object.hasOwnProperty.call(m, "contact"))
                    $root.macula.dht.Contact.encode(m.contact, w.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
                if (m.nodeIds != null && m.nodeIds.length) {
                    for (var i = 0; i < m.nodeIds.length; ++i)
                        w.uint32(/* id 7, wireType 2 =*/58).string(m.nodeIds[i]);
                }
                if (m.url != null && $Object.hasOwnProperty.call(m, "url") && m.url !== "")
                    w.uint32(/* id 8, wireType 2 =*/66).string(m.url);
                if (m.args != null && $Object.hasOwnProperty.call(m, "args")) {
                    for (var ks = $Object.keys(m.args), i = 0; i < ks.length; ++i) {
                        w.uint32(/* id 9, wireType 2 =*/74).fork().uint32(/* id 1, wireType 2 =*/10).string(ks[i]).uint32(/* id 2, wireType 2 =*/18).string(m.args[ks[i]]).ldelim();
                    }
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a DhtQuery message from the specified reader or buffer.
             * @function decode
             * @memberof macula.ipc.DhtQuery
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {macula.ipc.DhtQuery & macula.ipc.DhtQuery.$Shape} DhtQuery
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DhtQuery.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, k, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.macula.ipc.DhtQuery();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.op = v;
                            else
                                delete m.op;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.key = v;
                            else
                                delete m.key;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.n = v;
                            else
                                delete m.n;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.exclude = v;
                            else
                                delete m.exclude;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            m.record = $root.macula.dht.Record.decode(r, r.size(), $undefined, q + 1, m.record);
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            m.contact = $root.macula.dht.Contact.decode(r, r.size(), $undefined, q + 1, m.contact);
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            if (!(m.nodeIds && m.nodeIds.length))
                                m.nodeIds = [];
                            m.nodeIds.push(r.stringVerify());
                            continue;
                        }
                    case 8: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.url = v;
                            else
                                delete m.url;
                            continue;
                        }
                    case 9: {
                            if (u !== 2)
                                break;
                            if (m.args === $util.emptyObject)
                                m.args = {};
                            var c2 = r.size() + r.pos;
                            if (c2 > r.len)
                                throw $RangeError("index out of range");
                            r.len = c2;
                            k = "";
                            v = "";
                            while (r.pos < c2) {
                                var t2 = r.tag();
                                u = t2 & 7;
                                switch (t2 >>>= 3) {
                                case 1:
                                    if (u !== 2)
                                        break;
                                    k = r.stringVerify();
                                    continue;
                                case 2:
                                    if (u !== 2)
                                        break;
                                    v = r.stringVerify();
                                    continue;
                                }
                                r.skipType(u, q, t2);
                            }
                            if (r.pos !== c2)
                                throw $RangeError("index out of range");
                            r.len = c;
                            if (k === "__proto__")
                                $util.makeProp(m.args, k);
                            m.args[k] = v;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a DhtQuery message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof macula.ipc.DhtQuery
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {macula.ipc.DhtQuery} DhtQuery
             */
            DhtQuery.fromObject = function (d, q) {
                if (d instanceof $root.macula.ipc.DhtQuery)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".macula.ipc.DhtQuery: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.macula.ipc.DhtQuery();
                if (d.op != null) {
                    if (typeof d.op !== "string" || d.op.length) {
                        m.op = $String(d.op);
                    }
                }
                if (d.key != null) {
                    if (typeof d.key !== "string" || d.key.length) {
                        m.key = $String(d.key);
                    }
                }
                if (d.n != null) {
                    if ($Number(d.n) !== 0) {
                        m.n = d.n >>> 0;
                    }
                }
                if (d.exclude != null) {
                    if (typeof d.exclude !== "string" || d.exclude.length) {
                        m.exclude = $String(d.exclude);
                    }
                }
                if (d.record != null) {
                    if (!$util.isObject(d.record))
                        throw $TypeError(".macula.ipc.DhtQuery.record: object expected");
                    m.record = $root.macula.dht.Record.fromObject(d.record, q + 1);
                }
                if (d.contact != null) {
                    if (!$util.isObject(d.contact))
                        throw $TypeError(".macula.ipc.DhtQuery.contact: object expected");
                    m.contact = $root.macula.dht.Contact.fromObject(d.contact, q + 1);
                }
                if (d.nodeIds) {
                    if (!$Array.isArray(d.nodeIds))
                        throw $TypeError(".macula.ipc.DhtQuery.nodeIds: array expected");
                    m.nodeIds = $Array(d.nodeIds.length);
                    for (var i = 0; i < d.nodeIds.length; ++i) {
                        m.nodeIds[i] = $String(d.nodeIds[i]);
                    }
                }
                if (d.url != null) {
                    if (typeof d.url !== "string" || d.url.length) {
                        m.url = $String(d.url);
                    }
                }
                if (d.args) {
                    if (!$util.isObject(d.args))
                        throw $TypeError(".macula.ipc.DhtQuery.args: object expected");
                    m.args = {};
                    for (var ks = $Object.keys(d.args), i = 0; i < ks.length; ++i) {
                        if (ks[i] === "__proto__")
                            $util.makeProp(m.args, ks[i]);
                        m.args[ks[i]] = $String(d.args[ks[i]]);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a DhtQuery message. Also converts values to other types if specified.
             * @function toObject
             * @memberof macula.ipc.DhtQuery
             * @static
             * @param {macula.ipc.DhtQuery} m DhtQuery
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DhtQuery.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.nodeIds = [];
                }
                if (o.objects || o.defaults) {
                    d.args = {};
                }
                if (o.defaults) {
                    d.op = "";
                    d.key = "";
                    d.n = 0;
                    d.exclude = "";
                    d.record = null;
                    d.contact = null;
                    d.url = "";
                }
                if (m.op != null && $Object.hasOwnProperty.call(m, "op")) {
                    d.op = m.op;
                }
                if (m.key != null && $Object.hasOwnProperty.call(m, "key")) {
                    d.key = m.key;
                }
                if (m.n != null && $Object.hasOwnProperty.call(m, "n")) {
                    d.n = m.n;
                }
                if (m.exclude != null && $Object.hasOwnProperty.call(m, "exclude")) {
                    d.exclude = m.exclude;
                }
                if (m.record != null && $Object.hasOwnProperty.call(m, "record")) {
                    d.record = $root.macula.dht.Record.toObject(m.record, o, q + 1);
                }
                if (m.contact != null && $Object.hasOwnProperty.call(m, "contact")) {
                    d.contact = $root.macula.dht.Contact.toObject(m.contact, o, q + 1);
                }
                if (m.nodeIds && m.nodeIds.length) {
                    d.nodeIds = $Array(m.nodeIds.length);
                    for (var j = 0; j < m.nodeIds.length; ++j) {
                        d.nodeIds[j] = m.nodeIds[j];
                    }
                }
                if (m.url != null && $Object.hasOwnProperty.call(m, "url")) {
                    d.url = m.url;
                }
                var ks2;
                if (m.args && (ks2 = $Object.keys(m.args)).length) {
                    d.args = {};
                    for (var j = 0; j < ks2.length; ++j) {
                        if (ks2[j] === "__proto__")
                            $util.makeProp(d.args, ks2[j]);
                        d.args[ks2[j]] = m.args[ks2[j]];
                    }
                }
                return d;
            };

            /**
             * Converts this DhtQuery to JSON.
             * @function toJSON
             * @memberof macula.ipc.DhtQuery
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DhtQuery.prototype.toJSON = function() {
                return DhtQuery.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DhtQuery
             * @function getTypeUrl
             * @memberof macula.ipc.DhtQuery
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DhtQuery.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/macula.ipc.DhtQuery";
            };

            return DhtQuery;
        })();

        ipc.DhtAnswer = (function() {

            /**
             * Properties of a DhtAnswer.
             * @typedef {Object} macula.ipc.DhtAnswer.$Properties
             * @property {Array.<macula.dht.Contact.$Properties>|null} [contacts] DhtAnswer contacts
             * @property {Array.<macula.dht.Record.$Properties>|null} [records] DhtAnswer records
             * @property {string|null} [outcome] DhtAnswer outcome
             * @property {string|null} [nodeId] DhtAnswer nodeId
             * @property {string|null} [json] DhtAnswer json
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DhtAnswer.
             * @memberof macula.ipc
             * @interface IDhtAnswer
             * @augments macula.ipc.DhtAnswer.$Properties
             * @deprecated Use macula.ipc.DhtAnswer.$Properties instead.
             */

            /**
             * Shape of a DhtAnswer.
             * @typedef {macula.ipc.DhtAnswer.$Properties} macula.ipc.DhtAnswer.$Shape
             */

            /**
             * Constructs a new DhtAnswer.
             * @memberof macula.ipc
             * @classdesc Represents a DhtAnswer.
             * @constructor
             * @param {macula.ipc.DhtAnswer.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DhtAnswer = function (p) {
                this.contacts = [];
                this.records = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * DhtAnswer contacts.
             * @member {Array.<macula.dht.Contact.$Properties>} contacts
             * @memberof macula.ipc.DhtAnswer
             * @instance
             */
            DhtAnswer.prototype.contacts = $util.emptyArray;

            /**
             * DhtAnswer records.
             * @member {Array.<macula.dht.Record.$Properties>} records
             * @memberof macula.ipc.DhtAnswer
             * @instance
             */
            DhtAnswer.prototype.records = $util.emptyArray;

            /**
             * DhtAnswer outcome.
             * @member {string} outcome
             * @memberof macula.ipc.DhtAnswer
             * @instance
             */
            DhtAnswer.prototype.outcome = "";

            /**
             * DhtAnswer nodeId.
             * @member {string} nodeId
             * @memberof macula.ipc.DhtAnswer
             * @instance
             */
            DhtAnswer.prototype.nodeId = "";

            /**
             * DhtAnswer json.
             * @member {string} json
             * @memberof macula.ipc.DhtAnswer
             * @instance
             */
            DhtAnswer.prototype.json = "";

            /**
             * Creates a new DhtAnswer instance using the specified properties.
             * @function create
             * @memberof macula.ipc.DhtAnswer
             * @static
             * @param {macula.ipc.DhtAnswer.$Properties=} [properties] Properties to set
             * @returns {macula.ipc.DhtAnswer} DhtAnswer instance
             * @type {{
             *   (properties: macula.ipc.DhtAnswer.$Shape): macula.ipc.DhtAnswer & macula.ipc.DhtAnswer.$Shape;
             *   (properties?: macula.ipc.DhtAnswer.$Properties): macula.ipc.DhtAnswer;
             * }}
             */
            DhtAnswer.create = function(properties) {
                return new DhtAnswer(properties);
            };

            /**
             * Encodes the specified DhtAnswer message. Does not implicitly {@link macula.ipc.DhtAnswer.verify|verify} messages.
             * @function encode
             * @memberof macula.ipc.DhtAnswer
             * @static
             * @param {macula.ipc.DhtAnswer.$Properties} m DhtAnswer message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DhtAnswer.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.contacts != null && m.contacts.length) {
                    for (var i = 0; i < m.contacts.length; ++i)
                        $root.macula.dht.Contact.encode(m.contacts[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                }
                if (m.records != null && m.records.length) {
                    for (var i = 0; i < m.records.length; ++i)
                        $root.macula.dht.Record.encode(m.records[i], w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                }
                if (m.outcome != null && $Object.hasOwnProperty.call(m, "outcome") && m.outcome !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.outcome);
                if (m.nodeId != null && $Object.hasOwnProperty.call(m, "nodeId") && m.nodeId !== "")
                    w.uint32(/* id 4, wireType 2 =*/34).string(m.nodeId);
                if (m.json != null && $Object.hasOwnProperty.call(m, "json") && m.json !== "")
                    w.uint32(/* id 5, wireType 2 =*/42).string(m.json);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a DhtAnswer message from the specified reader or buffer.
             * @function decode
             * @memberof macula.ipc.DhtAnswer
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {macula.ipc.DhtAnswer & macula.ipc.DhtAnswer.$Shape} DhtAnswer
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DhtAnswer.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.macula.ipc.DhtAnswer();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if (!(m.contacts && m.contacts.length))
                                m.contacts = [];
                            m.contacts.push($root.macula.dht.Contact.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if (!(m.records && m.records.length))
                                m.records = [];
                            m.records.push($root.macula.dht.Record.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.outcome = v;
                            else
                                delete m.outcome;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.nodeId = v;
                            else
                                delete m.nodeId;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.json = v;
                            else
                                delete m.json;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a DhtAnswer message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof macula.ipc.DhtAnswer
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {macula.ipc.DhtAnswer} DhtAnswer
             */
            DhtAnswer.fromObject = function (d, q) {
                if (d instanceof $root.macula.ipc.DhtAnswer)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".macula.ipc.DhtAnswer: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.macula.ipc.DhtAnswer();
                if (d.contacts) {
                    if (!$Array.isArray(d.contacts))
                        throw $TypeError(".macula.ipc.DhtAnswer.contacts: array expected");
                    m.contacts = $Array(d.contacts.length);
                    for (var i = 0; i < d.contacts.length; ++i) {
                        if (!$util.isObject(d.contacts[i]))
                            throw $TypeError(".macula.ipc.DhtAnswer.contacts: object expected");
                        m.contacts[i] = $root.macula.dht.Contact.fromObject(d.contacts[i], q + 1);
                    }
                }
                if (d.records) {
                    if (!$Array.isArray(d.records))
                        throw $TypeError(".macula.ipc.DhtAnswer.records: array expected");
                    m.records = $Array(d.records.length);
                    for (var i = 0; i < d.records.length; ++i) {
                        if (!$util.isObject(d.records[i]))
                            throw $TypeError(".macula.ipc.DhtAnswer.records: object expected");
                        m.records[i] = $root.macula.dht.Record.fromObject(d.records[i], q + 1);
                    }
                }
                if (d.outcome != null) {
                    if (typeof d.outcome !== "string" || d.outcome.length) {
                        m.outcome = $String(d.outcome);
                    }
                }
                if (d.nodeId != null) {
                    if (typeof d.nodeId !== "string" || d.nodeId.length) {
                        m.nodeId = $String(d.nodeId);
                    }
                }
                if (d.json != null) {
                    if (typeof d.json !== "string" || d.json.length) {
                        m.json = $String(d.json);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a DhtAnswer message. Also converts values to other types if specified.
             * @function toObject
             * @memberof macula.ipc.DhtAnswer
             * @static
             * @param {macula.ipc.DhtAnswer} m DhtAnswer
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DhtAnswer.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.contacts = [];
                    d.records = [];
                }
                if (o.defaults) {
                    d.outcome = "";
                    d.nodeId = "";
                    d.json = "";
                }
                if (m.contacts && m.contacts.length) {
                    d.contacts = $Array(m.contacts.length);
                    for (var j = 0; j < m.contacts.length; ++j) {
                        d.contacts[j] = $root.macula.dht.Contact.toObject(m.contacts[j], o, q + 1);
                    }
                }
                if (m.records && m.records.length) {
                    d.records = $Array(m.records.length);
                    for (var j = 0; j < m.records.length; ++j) {
                        d.records[j] = $root.macula.dht.Record.toObject(m.records[j], o, q + 1);
                    }
                }
                if (m.outcome != null && $Object.hasOwnProperty.call(m, "outcome")) {
                    d.outcome = m.outcome;
                }
                if (m.nodeId != null && $Object.hasOwnProperty.call(m, "nodeId")) {
                    d.nodeId = m.nodeId;
                }
                if (m.json != null && $Object.hasOwnProperty.call(m, "json")) {
                    d.json = m.json;
                }
                return d;
            };

            /**
             * Converts this DhtAnswer to JSON.
             * @function toJSON
             * @memberof macula.ipc.DhtAnswer
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DhtAnswer.prototype.toJSON = function() {
                return DhtAnswer.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DhtAnswer
             * @function getTypeUrl
             * @memberof macula.ipc.DhtAnswer
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DhtAnswer.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/macula.ipc.DhtAnswer";
            };

            return DhtAnswer;
        })();

        ipc.DescribeRequest = (function() {

            /**
             * Properties of a DescribeRequest.
             * @typedef {Object} macula.ipc.DescribeRequest.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DescribeRequest.
             * @memberof macula.ipc
             * @interface IDescribeRequest
             * @augments macula.ipc.DescribeRequest.$Properties
             * @deprecated Use macula.ipc.DescribeRequest.$Properties instead.
             */

            /**
             * Shape of a DescribeRequest.
             * @typedef {macula.ipc.DescribeRequest.$Properties} macula.ipc.DescribeRequest.$Shape
             */

            /**
             * Constructs a new DescribeRequest.
             * @memberof macula.ipc
             * @classdesc Represents a DescribeRequest.
             * @constructor
             * @param {macula.ipc.DescribeRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DescribeRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Creates a new DescribeRequest instance using the specified properties.
             * @function create
             * @memberof macula.ipc.DescribeRequest
             * @static
             * @param {macula.ipc.DescribeRequest.$Properties=} [properties] Properties to set
             * @returns {macula.ipc.DescribeRequest} DescribeRequest instance
             * @type {{
             *   (properties: macula.ipc.DescribeRequest.$Shape): macula.ipc.DescribeRequest & macula.ipc.DescribeRequest.$Shape;
             *   (properties?: macula.ipc.DescribeRequest.$Properties): macula.ipc.DescribeRequest;
             * }}
             */
            DescribeRequest.create = function(properties) {
                return new DescribeRequest(properties);
            };

            /**
             * Encodes the specified DescribeRequest message. Does not implicitly {@link macula.ipc.DescribeRequest.verify|verify} messages.
             * @function encode
             * @memberof macula.ipc.DescribeRequest
             * @static
             * @param {macula.ipc.DescribeRequest.$Properties} m DescribeRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DescribeRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a DescribeRequest message from the specified reader or buffer.
             * @function decode
             * @memberof macula.ipc.DescribeRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {macula.ipc.DescribeRequest & macula.ipc.DescribeRequest.$Shape} DescribeRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DescribeRequest.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.macula.ipc.DescribeRequest();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    r.skipType(t & 7, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a DescribeRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof macula.ipc.DescribeRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {macula.ipc.DescribeRequest} DescribeRequest
             */
            DescribeRequest.fromObject = function (d, q) {
                if (d instanceof $root.macula.ipc.DescribeRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".macula.ipc.DescribeRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.macula.ipc.DescribeRequest();
            };

            /**
             * Creates a plain object from a DescribeRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof macula.ipc.DescribeRequest
             * @static
             * @param {macula.ipc.DescribeRequest} m DescribeRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DescribeRequest.toObject = function () {
                return {};
            };

            /**
             * Converts this DescribeRequest to JSON.
             * @function toJSON
             * @memberof macula.ipc.DescribeRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DescribeRequest.prototype.toJSON = function() {
                return DescribeRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DescribeRequest
             * @function getTypeUrl
             * @memberof macula.ipc.DescribeRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DescribeRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/macula.ipc.DescribeRequest";
            };

            return DescribeRequest;
        })();

        ipc.DescribeReply = (function() {

            /**
             * Properties of a DescribeReply.
             * @typedef {Object} macula.ipc.DescribeReply.$Properties
             * @property {macula.common.TreeNode.$Properties|null} [supervisor] DescribeReply supervisor
             * @property {number|null} [rss] DescribeReply rss
             * @property {number|null} [pid] DescribeReply pid
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DescribeReply.
             * @memberof macula.ipc
             * @interface IDescribeReply
             * @augments macula.ipc.DescribeReply.$Properties
             * @deprecated Use macula.ipc.DescribeReply.$Properties instead.
             */

            /**
             * Shape of a DescribeReply.
             * @typedef {macula.ipc.DescribeReply.$Properties} macula.ipc.DescribeReply.$Shape
             */

            /**
             * Constructs a new DescribeReply.
             * @memberof macula.ipc
             * @classdesc Represents a DescribeReply.
             * @constructor
             * @param {macula.ipc.DescribeReply.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DescribeReply = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * DescribeReply supervisor.
             * @member {macula.common.TreeNode.$Properties|null|undefined} supervisor
             * @memberof macula.ipc.DescribeReply
             * @instance
             */
            DescribeReply.prototype.supervisor = null;

            /**
             * DescribeReply rss.
             * @member {number} rss
             * @memberof macula.ipc.DescribeReply
             * @instance
             */
            DescribeReply.prototype.rss = 0;

            /**
             * DescribeReply pid.
             * @member {number} pid
             * @memberof macula.ipc.DescribeReply
             * @instance
             */
            DescribeReply.prototype.pid = 0;

            /**
             * Creates a new DescribeReply instance using the specified properties.
             * @function create
             * @memberof macula.ipc.DescribeReply
             * @static
             * @param {macula.ipc.DescribeReply.$Properties=} [properties] Properties to set
             * @returns {macula.ipc.DescribeReply} DescribeReply instance
             * @type {{
             *   (properties: macula.ipc.DescribeReply.$Shape): macula.ipc.DescribeReply & macula.ipc.DescribeReply.$Shape;
             *   (properties?: macula.ipc.DescribeReply.$Properties): macula.ipc.DescribeReply;
             * }}
             */
            DescribeReply.create = function(properties) {
                return new DescribeReply(properties);
            };

            /**
             * Encodes the specified DescribeReply message. Does not implicitly {@link macula.ipc.DescribeReply.verify|verify} messages.
             * @function encode
             * @memberof macula.ipc.DescribeReply
             * @static
             * @param {macula.ipc.DescribeReply.$Properties} m DescribeReply message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DescribeReply.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.supervisor != null && $Object.hasOwnProperty.call(m, "supervisor"))
                    $root.macula.common.TreeNode.encode(m.supervisor, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (m.rss != null && $Object.hasOwnProperty.call(m, "rss") && !$Object.is(m.rss, 0))
                    w.uint32(/* id 2, wireType 1 =*/17).double(m.rss);
                if (m.pid != null && $Object.hasOwnProperty.call(m, "pid") && m.pid !== 0)
                    w.uint32(/* id 3, wireType 0 =*/24).uint32(m.pid);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a DescribeReply message from the specified reader or buffer.
             * @function decode
             * @memberof macula.ipc.DescribeReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {macula.ipc.DescribeReply & macula.ipc.DescribeReply.$Shape} DescribeReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DescribeReply.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.macula.ipc.DescribeReply();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            m.supervisor = $root.macula.common.TreeNode.decode(r, r.size(), $undefined, q + 1, m.supervisor);
                            continue;
                        }
                    case 2: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.rss = v;
                            else
                                delete m.rss;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.pid = v;
                            else
                                delete m.pid;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a DescribeReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof macula.ipc.DescribeReply
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {macula.ipc.DescribeReply} DescribeReply
             */
            DescribeReply.fromObject = function (d, q) {
                if (d instanceof $root.macula.ipc.DescribeReply)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".macula.ipc.DescribeReply: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.macula.ipc.DescribeReply();
                if (d.supervisor != null) {
                    if (!$util.isObject(d.supervisor))
                        throw $TypeError(".macula.ipc.DescribeReply.supervisor: object expected");
                    m.supervisor = $root.macula.common.TreeNode.fromObject(d.supervisor, q + 1);
                }
                if (d.rss != null) {
                    if (!$Object.is($Number(d.rss), 0)) {
                        m.rss = $Number(d.rss);
                    }
                }
                if (d.pid != null) {
                    if ($Number(d.pid) !== 0) {
                        m.pid = d.pid >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a DescribeReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof macula.ipc.DescribeReply
             * @static
             * @param {macula.ipc.DescribeReply} m DescribeReply
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DescribeReply.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.supervisor = null;
                    d.rss = 0;
                    d.pid = 0;
                }
                if (m.supervisor != null && $Object.hasOwnProperty.call(m, "supervisor")) {
                    d.supervisor = $root.macula.common.TreeNode.toObject(m.supervisor, o, q + 1);
                }
                if (m.rss != null && $Object.hasOwnProperty.call(m, "rss")) {
                    d.rss = o.json && !$isFinite(m.rss) ? $String(m.rss) : m.rss;
                }
                if (m.pid != null && $Object.hasOwnProperty.call(m, "pid")) {
                    d.pid = m.pid;
                }
                return d;
            };

            /**
             * Converts this DescribeReply to JSON.
             * @function toJSON
             * @memberof macula.ipc.DescribeReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DescribeReply.prototype.toJSON = function() {
                return DescribeReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DescribeReply
             * @function getTypeUrl
             * @memberof macula.ipc.DescribeReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DescribeReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/macula.ipc.DescribeReply";
            };

            return DescribeReply;
        })();

        ipc.Ok = (function() {

            /**
             * Properties of an Ok.
             * @typedef {Object} macula.ipc.Ok.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Ok.
             * @memberof macula.ipc
             * @interface IOk
             * @augments macula.ipc.Ok.$Properties
             * @deprecated Use macula.ipc.Ok.$Properties instead.
             */

            /**
             * Shape of an Ok.
             * @typedef {macula.ipc.Ok.$Properties} macula.ipc.Ok.$Shape
             */

            /**
             * Constructs a new Ok.
             * @memberof macula.ipc
             * @classdesc Represents an Ok.
             * @constructor
             * @param {macula.ipc.Ok.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Ok = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Creates a new Ok instance using the specified properties.
             * @function create
             * @memberof macula.ipc.Ok
             * @static
             * @param {macula.ipc.Ok.$Properties=} [properties] Properties to set
             * @returns {macula.ipc.Ok} Ok instance
             * @type {{
             *   (properties: macula.ipc.Ok.$Shape): macula.ipc.Ok & macula.ipc.Ok.$Shape;
             *   (properties?: macula.ipc.Ok.$Properties): macula.ipc.Ok;
             * }}
             */
            Ok.create = function(properties) {
                return new Ok(properties);
            };

            /**
             * Encodes the specified Ok message. Does not implicitly {@link macula.ipc.Ok.verify|verify} messages.
             * @function encode
             * @memberof macula.ipc.Ok
             * @static
             * @param {macula.ipc.Ok.$Properties} m Ok message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Ok.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes an Ok message from the specified reader or buffer.
             * @function decode
             * @memberof macula.ipc.Ok
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {macula.ipc.Ok & macula.ipc.Ok.$Shape} Ok
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Ok.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.macula.ipc.Ok();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    r.skipType(t & 7, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates an Ok message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof macula.ipc.Ok
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {macula.ipc.Ok} Ok
             */
            Ok.fromObject = function (d, q) {
                if (d instanceof $root.macula.ipc.Ok)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".macula.ipc.Ok: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.macula.ipc.Ok();
            };

            /**
             * Creates a plain object from an Ok message. Also converts values to other types if specified.
             * @function toObject
             * @memberof macula.ipc.Ok
             * @static
             * @param {macula.ipc.Ok} m Ok
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Ok.toObject = function () {
                return {};
            };

            /**
             * Converts this Ok to JSON.
             * @function toJSON
             * @memberof macula.ipc.Ok
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Ok.prototype.toJSON = function() {
                return Ok.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Ok
             * @function getTypeUrl
             * @memberof macula.ipc.Ok
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Ok.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/macula.ipc.Ok";
            };

            return Ok;
        })();

        ipc.Ping = (function() {

            /**
             * Properties of a Ping.
             * @typedef {Object} macula.ipc.Ping.$Properties
             * @property {string|null} [payload] Ping payload
             * @property {string|null} [relayTo] Ping relayTo
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Ping.
             * @memberof macula.ipc
             * @interface IPing
             * @augments macula.ipc.Ping.$Properties
             * @deprecated Use macula.ipc.Ping.$Properties instead.
             */

            /**
             * Shape of a Ping.
             * @typedef {macula.ipc.Ping.$Properties} macula.ipc.Ping.$Shape
             */

            /**
             * Constructs a new Ping.
             * @memberof macula.ipc
             * @classdesc Represents a Ping.
             * @constructor
             * @param {macula.ipc.Ping.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Ping = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Ping payload.
             * @member {string} payload
             * @memberof macula.ipc.Ping
             * @instance
             */
            Ping.prototype.payload = "";

            /**
             * Ping relayTo.
             * @member {string} relayTo
             * @memberof macula.ipc.Ping
             * @instance
             */
            Ping.prototype.relayTo = "";

            /**
             * Creates a new Ping instance using the specified properties.
             * @function create
             * @memberof macula.ipc.Ping
             * @static
             * @param {macula.ipc.Ping.$Properties=} [properties] Properties to set
             * @returns {macula.ipc.Ping} Ping instance
             * @type {{
             *   (properties: macula.ipc.Ping.$Shape): macula.ipc.Ping & macula.ipc.Ping.$Shape;
             *   (properties?: macula.ipc.Ping.$Properties): macula.ipc.Ping;
             * }}
             */
            Ping.create = function(properties) {
                return new Ping(properties);
            };

            /**
             * Encodes the specified Ping message. Does not implicitly {@link macula.ipc.Ping.verify|verify} messages.
             * @function encode
             * @memberof macula.ipc.Ping
             * @static
             * @param {macula.ipc.Ping.$Properties} m Ping message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Ping.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.payload != null && $Object.hasOwnProperty.call(m, "payload") && m.payload !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.payload);
                if (m.relayTo != null && $Object.hasOwnProperty.call(m, "relayTo") && m.relayTo !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.relayTo);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Ping message from the specified reader or buffer.
             * @function decode
             * @memberof macula.ipc.Ping
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {macula.ipc.Ping & macula.ipc.Ping.$Shape} Ping
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Ping.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.macula.ipc.Ping();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.payload = v;
                            else
                                delete m.payload;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.relayTo = v;
                            else
                                delete m.relayTo;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a Ping message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof macula.ipc.Ping
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {macula.ipc.Ping} Ping
             */
            Ping.fromObject = function (d, q) {
                if (d instanceof $root.macula.ipc.Ping)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".macula.ipc.Ping: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.macula.ipc.Ping();
                if (d.payload != null) {
                    if (typeof d.payload !== "string" || d.payload.length) {
                        m.payload = $String(d.payload);
                    }
                }
                if (d.relayTo != null) {
                    if (typeof d.relayTo !== "string" || d.relayTo.length) {
                        m.relayTo = $String(d.relayTo);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Ping message. Also converts values to other types if specified.
             * @function toObject
             * @memberof macula.ipc.Ping
             * @static
             * @param {macula.ipc.Ping} m Ping
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Ping.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.payload = "";
                    d.relayTo = "";
                }
                if (m.payload != null && $Object.hasOwnProperty.call(m, "payload")) {
                    d.payload = m.payload;
                }
                if (m.relayTo != null && $Object.hasOwnProperty.call(m, "relayTo")) {
                    d.relayTo = m.relayTo;
                }
                return d;
            };

            /**
             * Converts this Ping to JSON.
             * @function toJSON
             * @memberof macula.ipc.Ping
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Ping.prototype.toJSON = function() {
                return Ping.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Ping
             * @function getTypeUrl
             * @memberof macula.ipc.Ping
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Ping.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/macula.ipc.Ping";
            };

            return Ping;
        })();

        ipc.Pong = (function() {

            /**
             * Properties of a Pong.
             * @typedef {Object} macula.ipc.Pong.$Properties
             * @property {string|null} [payload] Pong payload
             * @property {number|null} [pid] Pong pid
             * @property {number|null} [startedAt] Pong startedAt
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Pong.
             * @memberof macula.ipc
             * @interface IPong
             * @augments macula.ipc.Pong.$Properties
             * @deprecated Use macula.ipc.Pong.$Properties instead.
             */

            /**
             * Shape of a Pong.
             * @typedef {macula.ipc.Pong.$Properties} macula.ipc.Pong.$Shape
             */

            /**
             * Constructs a new Pong.
             * @memberof macula.ipc
             * @classdesc Represents a Pong.
             * @constructor
             * @param {macula.ipc.Pong.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Pong = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Pong payload.
             * @member {string} payload
             * @memberof macula.ipc.Pong
             * @instance
             */
            Pong.prototype.payload = "";

            /**
             * Pong pid.
             * @member {number} pid
             * @memberof macula.ipc.Pong
             * @instance
             */
            Pong.prototype.pid = 0;

            /**
             * Pong startedAt.
             * @member {number} startedAt
             * @memberof macula.ipc.Pong
             * @instance
             */
            Pong.prototype.startedAt = 0;

            /**
             * Creates a new Pong instance using the specified properties.
             * @function create
             * @memberof macula.ipc.Pong
             * @static
             * @param {macula.ipc.Pong.$Properties=} [properties] Properties to set
             * @returns {macula.ipc.Pong} Pong instance
             * @type {{
             *   (properties: macula.ipc.Pong.$Shape): macula.ipc.Pong & macula.ipc.Pong.$Shape;
             *   (properties?: macula.ipc.Pong.$Properties): macula.ipc.Pong;
             * }}
             */
            Pong.create = function(properties) {
                return new Pong(properties);
            };

            /**
             * Encodes the specified Pong message. Does not implicitly {@link macula.ipc.Pong.verify|verify} messages.
             * @function encode
             * @memberof macula.ipc.Pong
             * @static
             * @param {macula.ipc.Pong.$Properties} m Pong message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Pong.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.payload != null && $Object.hasOwnProperty.call(m, "payload") && m.payload !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.payload);
                if (m.pid != null && $Object.hasOwnProperty.call(m, "pid") && m.pid !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).uint32(m.pid);
                if (m.startedAt != null && $Object.hasOwnProperty.call(m, "startedAt") && !$Object.is(m.startedAt, 0))
                    w.uint32(/* id 3, wireType 1 =*/25).double(m.startedAt);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Pong message from the specified reader or buffer.
             * @function decode
             * @memberof macula.ipc.Pong
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {macula.ipc.Pong & macula.ipc.Pong.$Shape} Pong
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Pong.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.macula.ipc.Pong();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.payload = v;
                            else
                                delete m.payload;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.pid = v;
                            else
                                delete m.pid;
                            continue;
                        }
                    case 3: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.startedAt = v;
                            else
                                delete m.startedAt;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a Pong message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof macula.ipc.Pong
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {macula.ipc.Pong} Pong
             */
            Pong.fromObject = function (d, q) {
                if (d instanceof $root.macula.ipc.Pong)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".macula.ipc.Pong: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.macula.ipc.Pong();
                if (d.payload != null) {
                    if (typeof d.payload !== "string" || d.payload.length) {
                        m.payload = $String(d.payload);
                    }
                }
                if (d.pid != null) {
                    if ($Number(d.pid) !== 0) {
                        m.pid = d.pid >>> 0;
                    }
                }
                if (d.startedAt != null) {
                    if (!$Object.is($Number(d.startedAt), 0)) {
                        m.startedAt = $Number(d.startedAt);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Pong message. Also converts values to other types if specified.
             * @function toObject
             * @memberof macula.ipc.Pong
             * @static
             * @param {macula.ipc.Pong} m Pong
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Pong.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.payload = "";
                    d.pid = 0;
                    d.startedAt = 0;
                }
                if (m.payload != null && $Object.hasOwnProperty.call(m, "payload")) {
                    d.payload = m.payload;
                }
                if (m.pid != null && $Object.hasOwnProperty.call(m, "pid")) {
                    d.pid = m.pid;
                }
                if (m.startedAt != null && $Object.hasOwnProperty.call(m, "startedAt")) {
                    d.startedAt = o.json && !$isFinite(m.startedAt) ? $String(m.startedAt) : m.startedAt;
                }
                return d;
            };

            /**
             * Converts this Pong to JSON.
             * @function toJSON
             * @memberof macula.ipc.Pong
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Pong.prototype.toJSON = function() {
                return Pong.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Pong
             * @function getTypeUrl
             * @memberof macula.ipc.Pong
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Pong.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/macula.ipc.Pong";
            };

            return Pong;
        })();

        ipc.Fault = (function() {

            /**
             * Properties of a Fault.
             * @typedef {Object} macula.ipc.Fault.$Properties
             * @property {string|null} [path] Fault path
             * @property {string|null} [how] Fault how
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Fault.
             * @memberof macula.ipc
             * @interface IFault
             * @augments macula.ipc.Fault.$Properties
             * @deprecated Use macula.ipc.Fault.$Properties instead.
             */

            /**
             * Shape of a Fault.
             * @typedef {macula.ipc.Fault.$Properties} macula.ipc.Fault.$Shape
             */

            /**
             * Constructs a new Fault.
             * @memberof macula.ipc
             * @classdesc Represents a Fault.
             * @constructor
             * @param {macula.ipc.Fault.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Fault = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Fault path.
             * @member {string} path
             * @memberof macula.ipc.Fault
             * @instance
             */
            Fault.prototype.path = "";

            /**
             * Fault how.
             * @member {string} how
             * @memberof macula.ipc.Fault
             * @instance
             */
            Fault.prototype.how = "";

            /**
             * Creates a new Fault instance using the specified properties.
             * @function create
             * @memberof macula.ipc.Fault
             * @static
             * @param {macula.ipc.Fault.$Properties=} [properties] Properties to set
             * @returns {macula.ipc.Fault} Fault instance
             * @type {{
             *   (properties: macula.ipc.Fault.$Shape): macula.ipc.Fault & macula.ipc.Fault.$Shape;
             *   (properties?: macula.ipc.Fault.$Properties): macula.ipc.Fault;
             * }}
             */
            Fault.create = function(properties) {
                return new Fault(properties);
            };

            /**
             * Encodes the specified Fault message. Does not implicitly {@link macula.ipc.Fault.verify|verify} messages.
             * @function encode
             * @memberof macula.ipc.Fault
             * @static
             * @param {macula.ipc.Fault.$Properties} m Fault message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Fault.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.path != null && $Object.hasOwnProperty.call(m, "path") && m.path !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.path);
                if (m.how != null && $Object.hasOwnProperty.call(m, "how") && m.how !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.how);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Fault message from the specified reader or buffer.
             * @function decode
             * @memberof macula.ipc.Fault
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {macula.ipc.Fault & macula.ipc.Fault.$Shape} Fault
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Fault.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.macula.ipc.Fault();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.path = v;
                            else
                                delete m.path;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.how = v;
                            else
                                delete m.how;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a Fault message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof macula.ipc.Fault
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {macula.ipc.Fault} Fault
             */
            Fault.fromObject = function (d, q) {
                if (d instanceof $root.macula.ipc.Fault)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".macula.ipc.Fault: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.macula.ipc.Fault();
                if (d.path != null) {
                    if (typeof d.path !== "string" || d.path.length) {
                        m.path = $String(d.path);
                    }
                }
                if (d.how != null) {
                    if (typeof d.how !== "string" || d.how.length) {
                        m.how = $String(d.how);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Fault message. Also converts values to other types if specified.
             * @function toObject
             * @memberof macula.ipc.Fault
             * @static
             * @param {macula.ipc.Fault} m Fault
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Fault.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.path = "";
                    d.how = "";
                }
                if (m.path != null && $Object.hasOwnProperty.call(m, "path")) {
                    d.path = m.path;
                }
                if (m.how != null && $Object.hasOwnProperty.call(m, "how")) {
                    d.how = m.how;
                }
                return d;
            };

            /**
             * Converts this Fault to JSON.
             * @function toJSON
             * @memberof macula.ipc.Fault
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Fault.prototype.toJSON = function() {
                return Fault.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Fault
             * @function getTypeUrl
             * @memberof macula.ipc.Fault
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Fault.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/macula.ipc.Fault";
            };

            return Fault;
        })();

        return ipc;
    })();

    macula.common = (function() {

        /**
         * Namespace common.
         * @memberof macula
         * @namespace
         */
        const common = {};

        common.Error = (function() {

            /**
             * Properties of an Error.
             * @typedef {Object} macula.common.Error.$Properties
             * @property {number|null} [correlationId] Error correlationId
             * @property {number|null} [code] Error code
             * @property {string|null} [message] Error message
             * @property {string|null} [detailsJson] Error detailsJson
             * @property {string|null} [codeName] Error codeName
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Error.
             * @memberof macula.common
             * @interface IError
             * @augments macula.common.Error.$Properties
             * @deprecated Use macula.common.Error.$Properties instead.
             */

            /**
             * Shape of an Error.
             * @typedef {macula.common.Error.$Properties} macula.common.Error.$Shape
             */

            /**
             * Constructs a new Error.
             * @memberof macula.common
             * @classdesc Represents an Error.
             * @constructor
             * @param {macula.common.Error.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Error = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Error correlationId.
             * @member {number} correlationId
             * @memberof macula.common.Error
             * @instance
             */
            Error.prototype.correlationId = 0;

            /**
             * Error code.
             * @member {number} code
             * @memberof macula.common.Error
             * @instance
             */
            Error.prototype.code = 0;

            /**
             * Error message.
             * @member {string} message
             * @memberof macula.common.Error
             * @instance
             */
            Error.prototype.message = "";

            /**
             * Error detailsJson.
             * @member {string} detailsJson
             * @memberof macula.common.Error
             * @instance
             */
            Error.prototype.detailsJson = "";

            /**
             * Error codeName.
             * @member {string} codeName
             * @memberof macula.common.Error
             * @instance
             */
            Error.prototype.codeName = "";

            /**
             * Creates a new Error instance using the specified properties.
             * @function create
             * @memberof macula.common.Error
             * @static
             * @param {macula.common.Error.$Properties=} [properties] Properties to set
             * @returns {macula.common.Error} Error instance
             * @type {{
             *   (properties: macula.common.Error.$Shape): macula.common.Error & macula.common.Error.$Shape;
             *   (properties?: macula.common.Error.$Properties): macula.common.Error;
             * }}
             */
            Error.create = function(properties) {
                return new Error(properties);
            };

            /**
             * Encodes the specified Error message. Does not implicitly {@link macula.common.Error.verify|verify} messages.
             * @function encode
             * @memberof macula.common.Error
             * @static
             * @param {macula.common.Error.$Properties} m Error message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Error.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.correlationId != null && $Object.hasOwnProperty.call(m, "correlationId") && m.correlationId !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).uint32(m.correlationId);
                if (m.code != null && $Object.hasOwnProperty.call(m, "code") && m.code !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).uint32(m.code);
                if (m.message != null && $Object.hasOwnProperty.call(m, "message") && m.message !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.message);
                if (m.detailsJson != null && $Object.hasOwnProperty.call(m, "detailsJson") && m.detailsJson !== "")
                    w.uint32(/* id 4, wireType 2 =*/34).string(m.detailsJson);
                if (m.codeName != null && $Object.hasOwnProperty.call(m, "codeName") && m.codeName !== "")
                    w.uint32(/* id 5, wireType 2 =*/42).string(m.codeName);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes an Error message from the specified reader or buffer.
             * @function decode
             * @memberof macula.common.Error
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {macula.common.Error & macula.common.Error.$Shape} Error
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Error.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.macula.common.Error();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.correlationId = v;
                            else
                                delete m.correlationId;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.code = v;
                            else
                                delete m.code;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.message = v;
                            else
                                delete m.message;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.detailsJson = v;
                            else
                                delete m.detailsJson;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.codeName = v;
                            else
                                delete m.codeName;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates an Error message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof macula.common.Error
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {macula.common.Error} Error
             */
            Error.fromObject = function (d, q) {
                if (d instanceof $root.macula.common.Error)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".macula.common.Error: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.macula.common.Error();
                if (d.correlationId != null) {
                    if ($Number(d.correlationId) !== 0) {
                        m.correlationId = d.correlationId >>> 0;
                    }
                }
                if (d.code != null) {
                    if ($Number(d.code) !== 0) {
                        m.code = d.code >>> 0;
                    }
                }
                if (d.message != null) {
                    if (typeof d.message !== "string" || d.message.length) {
                        m.message = $String(d.message);
                    }
                }
                if (d.detailsJson != null) {
                    if (typeof d.detailsJson !== "string" || d.detailsJson.length) {
                        m.detailsJson = $String(d.detailsJson);
                    }
                }
                if (d.codeName != null) {
                    if (typeof d.codeName !== "string" || d.codeName.length) {
                        m.codeName = $String(d.codeName);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an Error message. Also converts values to other types if specified.
             * @function toObject
             * @memberof macula.common.Error
             * @static
             * @param {macula.common.Error} m Error
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Error.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.correlationId = 0;
                    d.code = 0;
                    d.message = "";
                    d.detailsJson = "";
                    d.codeName = "";
                }
                if (m.correlationId != null && $Object.hasOwnProperty.call(m, "correlationId")) {
                    d.correlationId = m.correlationId;
                }
                if (m.code != null && $Object.hasOwnProperty.call(m, "code")) {
                    d.code = m.code;
                }
                if (m.message != null && $Object.hasOwnProperty.call(m, "message")) {
                    d.message = m.message;
                }
                if (m.detailsJson != null && $Object.hasOwnProperty.call(m, "detailsJson")) {
                    d.detailsJson = m.detailsJson;
                }
                if (m.codeName != null && $Object.hasOwnProperty.call(m, "codeName")) {
                    d.codeName = m.codeName;
                }
                return d;
            };

            /**
             * Converts this Error to JSON.
             * @function toJSON
             * @memberof macula.common.Error
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Error.prototype.toJSON = function() {
                return Error.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Error
             * @function getTypeUrl
             * @memberof macula.common.Error
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Error.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/macula.common.Error";
            };

            return Error;
        })();

        common.TreeNode = (function() {

            /**
             * Properties of a TreeNode.
             * @typedef {Object} macula.common.TreeNode.$Properties
             * @property {string|null} [id] TreeNode id
             * @property {string|null} [type] TreeNode type
             * @property {string|null} [state] TreeNode state
             * @property {number|null} [pid] TreeNode pid
             * @property {number|null} [restarts] TreeNode restarts
             * @property {number|null} [startedAt] TreeNode startedAt
             * @property {string|null} [strategy] TreeNode strategy
             * @property {number|null} [memory] TreeNode memory
             * @property {Array.<macula.common.TreeNode.$Properties>|null} [children] TreeNode children
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TreeNode.
             * @memberof macula.common
             * @interface ITreeNode
             * @augments macula.common.TreeNode.$Properties
             * @deprecated Use macula.common.TreeNode.$Properties instead.
             */

            /**
             * Shape of a TreeNode.
             * @typedef {macula.common.TreeNode.$Properties} macula.common.TreeNode.$Shape
             */

            /**
             * Constructs a new TreeNode.
             * @memberof macula.common
             * @classdesc Represents a TreeNode.
             * @constructor
             * @param {macula.common.TreeNode.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TreeNode = function (p) {
                this.children = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * TreeNode id.
             * @member {string} id
             * @memberof macula.common.TreeNode
             * @instance
             */
            TreeNode.prototype.id = "";

            /**
             * TreeNode type.
             * @member {string} type
             * @memberof macula.common.TreeNode
             * @instance
             */
            TreeNode.prototype.type = "";

            /**
             * TreeNode state.
             * @member {string} state
             * @memberof macula.common.TreeNode
             * @instance
             */
            TreeNode.prototype.state = "";

            /**
             * TreeNode pid.
             * @member {number} pid
             * @memberof macula.common.TreeNode
             * @instance
             */
            TreeNode.prototype.pid = 0;

            /**
             * TreeNode restarts.
             * @member {number} restarts
             * @memberof macula.common.TreeNode
             * @instance
             */
            TreeNode.prototype.restarts = 0;

            /**
             * TreeNode startedAt.
             * @member {number} startedAt
             * @memberof macula.common.TreeNode
             * @instance
             */
            TreeNode.prototype.startedAt = 0;

            /**
             * TreeNode strategy.
             * @member {string} strategy
             * @memberof macula.common.TreeNode
             * @instance
             */
            TreeNode.prototype.strategy = "";

            /**
             * TreeNode memory.
             * @member {number} memory
             * @memberof macula.common.TreeNode
             * @instance
             */
            TreeNode.prototype.memory = 0;

            /**
             * TreeNode children.
             * @member {Array.<macula.common.TreeNode.$Properties>} children
             * @memberof macula.common.TreeNode
             * @instance
             */
            TreeNode.prototype.children = $util.emptyArray;

            /**
             * Creates a new TreeNode instance using the specified properties.
             * @function create
             * @memberof macula.common.TreeNode
             * @static
             * @param {macula.common.TreeNode.$Properties=} [properties] Properties to set
             * @returns {macula.common.TreeNode} TreeNode instance
             * @type {{
             *   (properties: macula.common.TreeNode.$Shape): macula.common.TreeNode & macula.common.TreeNode.$Shape;
             *   (properties?: macula.common.TreeNode.$Properties): macula.common.TreeNode;
             * }}
             */
            TreeNode.create = function(properties) {
                return new TreeNode(properties);
            };

            /**
             * Encodes the specified TreeNode message. Does not implicitly {@link macula.common.TreeNode.verify|verify} messages.
             * @function encode
             * @memberof macula.common.TreeNode
             * @static
             * @param {macula.common.TreeNode.$Properties} m TreeNode message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TreeNode.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.id);
                if (m.type != null && $Object.hasOwnProperty.call(m, "type") && m.type !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.type);
                if (m.state != null && $Object.hasOwnProperty.call(m, "state") && m.state !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.state);
                if (m.pid != null && $Object.hasOwnProperty.call(m, "pid") && m.pid !== 0)
                    w.uint32(/* id 4, wireType 0 =*/32).uint32(m.pid);
                if (m.restarts != null && $Object.hasOwnProperty.call(m, "restarts") && m.restarts !== 0)
                    w.uint32(/* id 5, wireType 0 =*/40).uint32(m.restarts);
                if (m.startedAt != null && $Object.hasOwnProperty.call(m, "startedAt") && !$Object.is(m.startedAt, 0))
                    w.uint32(/* id 6, wireType 1 =*/49).double(m.startedAt);
                if (m.strategy != null && $Object.hasOwnProperty.call(m, "strategy") && m.strategy !== "")
                    w.uint32(/* id 7, wireType 2 =*/58).string(m.strategy);
                if (m.memory != null && $Object.hasOwnProperty.call(m, "memory") && !$Object.is(m.memory, 0))
                    w.uint32(/* id 8, wireType 1 =*/65).double(m.memory);
                if (m.children != null && m.children.length) {
                    for (var i = 0; i < m.children.length; ++i)
                        $root.macula.common.TreeNode.encode(m.children[i], w.uint32(/* id 9, wireType 2 =*/74).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a TreeNode message from the specified reader or buffer.
             * @function decode
             * @memberof macula.common.TreeNode
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {macula.common.TreeNode & macula.common.TreeNode.$Shape} TreeNode
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TreeNode.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.macula.common.TreeNode();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.id = v;
                            else
                                delete m.id;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.type = v;
                            else
                                delete m.type;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.state = v;
                            else
                                delete m.state;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.pid = v;
                            else
                                delete m.pid;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.restarts = v;
                            else
                                delete m.restarts;
                            continue;
                        }
                    case 6: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.startedAt = v;
                            else
                                delete m.startedAt;
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.strategy = v;
                            else
                                delete m.strategy;
                            continue;
                        }
                    case 8: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.memory = v;
                            else
                                delete m.memory;
                            continue;
                        }
                    case 9: {
                            if (u !== 2)
                                break;
                            if (!(m.children && m.children.length))
                                m.children = [];
                            m.children.push($root.macula.common.TreeNode.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a TreeNode message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof macula.common.TreeNode
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {macula.common.TreeNode} TreeNode
             */
            TreeNode.fromObject = function (d, q) {
                if (d instanceof $root.macula.common.TreeNode)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".macula.common.TreeNode: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.macula.common.TreeNode();
                if (d.id != null) {
                    if (typeof d.id !== "string" || d.id.length) {
                        m.id = $String(d.id);
                    }
                }
                if (d.type != null) {
                    if (typeof d.type !== "string" || d.type.length) {
                        m.type = $String(d.type);
                    }
                }
                if (d.state != null) {
                    if (typeof d.state !== "string" || d.state.length) {
                        m.state = $String(d.state);
                    }
                }
                if (d.pid != null) {
                    if ($Number(d.pid) !== 0) {
                        m.pid = d.pid >>> 0;
                    }
                }
                if (d.restarts != null) {
                    if ($Number(d.restarts) !== 0) {
                        m.restarts = d.restarts >>> 0;
                    }
                }
                if (d.startedAt != null) {
                    if (!$Object.is($Number(d.startedAt), 0)) {
                        m.startedAt = $Number(d.startedAt);
                    }
                }
                if (d.strategy != null) {
                    if (typeof d.strategy !== "string" || d.strategy.length) {
                        m.strategy = $String(d.strategy);
                    }
                }
                if (d.memory != null) {
                    if (!$Object.is($Number(d.memory), 0)) {
                        m.memory = $Number(d.memory);
                    }
                }
                if (d.children) {
                    if (!$Array.isArray(d.children))
                        throw $TypeError(".macula.common.TreeNode.children: array expected");
                    m.children = $Array(d.children.length);
                    for (var i = 0; i < d.children.length; ++i) {
                        if (!$util.isObject(d.children[i]))
                            throw $TypeError(".macula.common.TreeNode.children: object expected");
                        m.children[i] = $root.macula.common.TreeNode.fromObject(d.children[i], q + 1);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a TreeNode message. Also converts values to other types if specified.
             * @function toObject
             * @memberof macula.common.TreeNode
             * @static
             * @param {macula.common.TreeNode} m TreeNode
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TreeNode.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.children = [];
                }
                if (o.defaults) {
                    d.id = "";
                    d.type = "";
                    d.state = "";
                    d.pid = 0;
                    d.restarts = 0;
                    d.startedAt = 0;
                    d.strategy = "";
                    d.memory = 0;
                }
                if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                    d.id = m.id;
                }
                if (m.type != null && $Object.hasOwnProperty.call(m, "type")) {
                    d.type = m.type;
                }
                if (m.state != null && $Object.hasOwnProperty.call(m, "state")) {
                    d.state = m.state;
                }
                if (m.pid != null && $Object.hasOwnProperty.call(m, "pid")) {
                    d.pid = m.pid;
                }
                if (m.restarts != null && $Object.hasOwnProperty.call(m, "restarts")) {
                    d.restarts = m.restarts;
                }
                if (m.startedAt != null && $Object.hasOwnProperty.call(m, "startedAt")) {
                    d.startedAt = o.json && !$isFinite(m.startedAt) ? $String(m.startedAt) : m.startedAt;
                }
                if (m.strategy != null && $Object.hasOwnProperty.call(m, "strategy")) {
                    d.strategy = m.strategy;
                }
                if (m.memory != null && $Object.hasOwnProperty.call(m, "memory")) {
                    d.memory = o.json && !$isFinite(m.memory) ? $String(m.memory) : m.memory;
                }
                if (m.children && m.children.length) {
                    d.children = $Array(m.children.length);
                    for (var j = 0; j < m.children.length; ++j) {
                        d.children[j] = $root.macula.common.TreeNode.toObject(m.children[j], o, q + 1);
                    }
                }
                return d;
            };

            /**
             * Converts this TreeNode to JSON.
             * @function toJSON
             * @memberof macula.common.TreeNode
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TreeNode.prototype.toJSON = function() {
                return TreeNode.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for TreeNode
             * @function getTypeUrl
             * @memberof macula.common.TreeNode
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TreeNode.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/macula.common.TreeNode";
            };

            return TreeNode;
        })();

        return common;
    })();

    macula.dht = (function() {

        /**
         * Namespace dht.
         * @memberof macula
         * @namespace
         */
        const dht = {};

        dht.Contact = (function() {

            /**
             * Properties of a Contact.
             * @typedef {Object} macula.dht.Contact.$Properties
             * @property {string|null} [nodeId] Contact nodeId
             * @property {string|null} [endpoint] Contact endpoint
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Contact.
             * @memberof macula.dht
             * @interface IContact
             * @augments macula.dht.Contact.$Properties
             * @deprecated Use macula.dht.Contact.$Properties instead.
             */

            /**
             * Shape of a Contact.
             * @typedef {macula.dht.Contact.$Properties} macula.dht.Contact.$Shape
             */

            /**
             * Constructs a new Contact.
             * @memberof macula.dht
             * @classdesc Represents a Contact.
             * @constructor
             * @param {macula.dht.Contact.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Contact = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Contact nodeId.
             * @member {string} nodeId
             * @memberof macula.dht.Contact
             * @instance
             */
            Contact.prototype.nodeId = "";

            /**
             * Contact endpoint.
             * @member {string} endpoint
             * @memberof macula.dht.Contact
             * @instance
             */
            Contact.prototype.endpoint = "";

            /**
             * Creates a new Contact instance using the specified properties.
             * @function create
             * @memberof macula.dht.Contact
             * @static
             * @param {macula.dht.Contact.$Properties=} [properties] Properties to set
             * @returns {macula.dht.Contact} Contact instance
             * @type {{
             *   (properties: macula.dht.Contact.$Shape): macula.dht.Contact & macula.dht.Contact.$Shape;
             *   (properties?: macula.dht.Contact.$Properties): macula.dht.Contact;
             * }}
             */
            Contact.create = function(properties) {
                return new Contact(properties);
            };

            /**
             * Encodes the specified Contact message. Does not implicitly {@link macula.dht.Contact.verify|verify} messages.
             * @function encode
             * @memberof macula.dht.Contact
             * @static
             * @param {macula.dht.Contact.$Properties} m Contact message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Contact.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.nodeId != null && $Object.hasOwnProperty.call(m, "nodeId") && m.nodeId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.nodeId);
                if (m.endpoint != null && $Object.hasOwnProperty.call(m, "endpoint") && m.endpoint !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.endpoint);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Contact message from the specified reader or buffer.
             * @function decode
             * @memberof macula.dht.Contact
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {macula.dht.Contact & macula.dht.Contact.$Shape} Contact
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Contact.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.macula.dht.Contact();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.nodeId = v;
                            else
                                delete m.nodeId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.endpoint = v;
                            else
                                delete m.endpoint;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a Contact message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof macula.dht.Contact
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {macula.dht.Contact} Contact
             */
            Contact.fromObject = function (d, q) {
                if (d instanceof $root.macula.dht.Contact)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".macula.dht.Contact: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.macula.dht.Contact();
                if (d.nodeId != null) {
                    if (typeof d.nodeId !== "string" || d.nodeId.length) {
                        m.nodeId = $String(d.nodeId);
                    }
                }
                if (d.endpoint != null) {
                    if (typeof d.endpoint !== "string" || d.endpoint.length) {
                        m.endpoint = $String(d.endpoint);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Contact message. Also converts values to other types if specified.
             * @function toObject
             * @memberof macula.dht.Contact
             * @static
             * @param {macula.dht.Contact} m Contact
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Contact.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.nodeId = "";
                    d.endpoint = "";
                }
                if (m.nodeId != null && $Object.hasOwnProperty.call(m, "nodeId")) {
                    d.nodeId = m.nodeId;
                }
                if (m.endpoint != null && $Object.hasOwnProperty.call(m, "endpoint")) {
                    d.endpoint = m.endpoint;
                }
                return d;
            };

            /**
             * Converts this Contact to JSON.
             * @function toJSON
             * @memberof macula.dht.Contact
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Contact.prototype.toJSON = function() {
                return Contact.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Contact
             * @function getTypeUrl
             * @memberof macula.dht.Contact
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Contact.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/macula.dht.Contact";
            };

            return Contact;
        })();

        dht.Record = (function() {

            /**
             * Properties of a Record.
             * @typedef {Object} macula.dht.Record.$Properties
             * @property {string|null} [nodeId] Record nodeId
             * @property {string|null} [endpoint] Record endpoint
             * @property {Object.<string,string>|null} [metadata] Record metadata
             * @property {number|null} [ttlMs] Record ttlMs
             * @property {number|null} [seq] Record seq
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Record.
             * @memberof macula.dht
             * @interface IRecord
             * @augments macula.dht.Record.$Properties
             * @deprecated Use macula.dht.Record.$Properties instead.
             */

            /**
             * Shape of a Record.
             * @typedef {macula.dht.Record.$Properties} macula.dht.Record.$Shape
             */

            /**
             * Constructs a new Record.
             * @memberof macula.dht
             * @classdesc Represents a Record.
             * @constructor
             * @param {macula.dht.Record.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Record = function (p) {
                this.metadata = {};
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Record nodeId.
             * @member {string} nodeId
             * @memberof macula.dht.Record
             * @instance
             */
            Record.prototype.nodeId = "";

            /**
             * Record endpoint.
             * @member {string} endpoint
             * @memberof macula.dht.Record
             * @instance
             */
            Record.prototype.endpoint = "";

            /**
             * Record metadata.
             * @member {Object.<string,string>} metadata
             * @memberof macula.dht.Record
             * @instance
             */
            Record.prototype.metadata = $util.emptyObject;

            /**
             * Record ttlMs.
             * @member {number} ttlMs
             * @memberof macula.dht.Record
             * @instance
             */
            Record.prototype.ttlMs = 0;

            /**
             * Record seq.
             * @member {number} seq
             * @memberof macula.dht.Record
             * @instance
             */
            Record.prototype.seq = 0;

            /**
             * Creates a new Record instance using the specified properties.
             * @function create
             * @memberof macula.dht.Record
             * @static
             * @param {macula.dht.Record.$Properties=} [properties] Properties to set
             * @returns {macula.dht.Record} Record instance
             * @type {{
             *   (properties: macula.dht.Record.$Shape): macula.dht.Record & macula.dht.Record.$Shape;
             *   (properties?: macula.dht.Record.$Properties): macula.dht.Record;
             * }}
             */
            Record.create = function(properties) {
                return new Record(properties);
            };

            /**
             * Encodes the specified Record message. Does not implicitly {@link macula.dht.Record.verify|verify} messages.
             * @function encode
             * @memberof macula.dht.Record
             * @static
             * @param {macula.dht.Record.$Properties} m Record message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Record.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.nodeId != null && $Object.hasOwnProperty.call(m, "nodeId") && m.nodeId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.nodeId);
                if (m.endpoint != null && $Object.hasOwnProperty.call(m, "endpoint") && m.endpoint !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.endpoint);
                if (m.metadata != null && $Object.hasOwnProperty.call(m, "metadata")) {
                    for (var ks = $Object.keys(m.metadata), i = 0; i < ks.length; ++i) {
                        w.uint32(/* id 3, wireType 2 =*/26).fork().uint32(/* id 1, wireType 2 =*/10).string(ks[i]).uint32(/* id 2, wireType 2 =*/18).string(m.metadata[ks[i]]).ldelim();
                    }
                }
                if (m.ttlMs != null && $Object.hasOwnProperty.call(m, "ttlMs") && !$Object.is(m.ttlMs, 0))
                    w.uint32(/* id 4, wireType 1 =*/33).double(m.ttlMs);
                if (m.seq != null && $Object.hasOwnProperty.call(m, "seq") && !$Object.is(m.seq, 0))
                    w.uint32(/* id 5, wireType 1 =*/41).double(m.seq);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Record message from the specified reader or buffer.
             * @function decode
             * @memberof macula.dht.Record
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {macula.dht.Record & macula.dht.Record.$Shape} Record
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Record.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, k, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.macula.dht.Record();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.nodeId = v;
                            else
                                delete m.nodeId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.endpoint = v;
                            else
                                delete m.endpoint;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if (m.metadata === $util.emptyObject)
                                m.metadata = {};
                            var c2 = r.size() + r.pos;
                            if (c2 > r.len)
                                throw $RangeError("index out of range");
                            r.len = c2;
                            k = "";
                            v = "";
                            while (r.pos < c2) {
                                var t2 = r.tag();
                                u = t2 & 7;
                                switch (t2 >>>= 3) {
                                case 1:
                                    if (u !== 2)
                                        break;
                                    k = r.stringVerify();
                                    continue;
                                case 2:
                                    if (u !== 2)
                                        break;
                                    v = r.stringVerify();
                                    continue;
                                }
                                r.skipType(u, q, t2);
                            }
                            if (r.pos !== c2)
                                throw $RangeError("index out of range");
                            r.len = c;
                            if (k === "__proto__")
                                $util.makeProp(m.metadata, k);
                            m.metadata[k] = v;
                            continue;
                        }
                    case 4: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.ttlMs = v;
                            else
                                delete m.ttlMs;
                            continue;
                        }
                    case 5: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.seq = v;
                            else
                                delete m.seq;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a Record message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof macula.dht.Record
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {macula.dht.Record} Record
             */
            Record.fromObject = function (d, q) {
                if (d instanceof $root.macula.dht.Record)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".macula.dht.Record: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.macula.dht.Record();
                if (d.nodeId != null) {
                    if (typeof d.nodeId !== "string" || d.nodeId.length) {
                        m.nodeId = $String(d.nodeId);
                    }
                }
                if (d.endpoint != null) {
                    if (typeof d.endpoint !== "string" || d.endpoint.length) {
                        m.endpoint = $String(d.endpoint);
                    }
                }
                if (d.metadata) {
                    if (!$util.isObject(d.metadata))
                        throw $TypeError(".macula.dht.Record.metadata: object expected");
                    m.metadata = {};
                    for (var ks = $Object.keys(d.metadata), i = 0; i < ks.length; ++i) {
                        if (ks[i] === "__proto__")
                            $util.makeProp(m.metadata, ks[i]);
                        m.metadata[ks[i]] = $String(d.metadata[ks[i]]);
                    }
                }
                if (d.ttlMs != null) {
                    if (!$Object.is($Number(d.ttlMs), 0)) {
                        m.ttlMs = $Number(d.ttlMs);
                    }
                }
                if (d.seq != null) {
                    if (!$Object.is($Number(d.seq), 0)) {
                        m.seq = $Number(d.seq);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Record message. Also converts values to other types if specified.
             * @function toObject
             * @memberof macula.dht.Record
             * @static
             * @param {macula.dht.Record} m Record
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Record.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.objects || o.defaults) {
                    d.metadata = {};
                }
                if (o.defaults) {
                    d.nodeId = "";
                    d.endpoint = "";
                    d.ttlMs = 0;
                    d.seq = 0;
                }
                if (m.nodeId != null && $Object.hasOwnProperty.call(m, "nodeId")) {
                    d.nodeId = m.nodeId;
                }
                if (m.endpoint != null && $Object.hasOwnProperty.call(m, "endpoint")) {
                    d.endpoint = m.endpoint;
                }
                var ks2;
                if (m.metadata && (ks2 = $Object.keys(m.metadata)).length) {
                    d.metadata = {};
                    for (var j = 0; j < ks2.length; ++j) {
                        if (ks2[j] === "__proto__")
                            $util.makeProp(d.metadata, ks2[j]);
                        d.metadata[ks2[j]] = m.metadata[ks2[j]];
                    }
                }
                if (m.ttlMs != null && $Object.hasOwnProperty.call(m, "ttlMs")) {
                    d.ttlMs = o.json && !$isFinite(m.ttlMs) ? $String(m.ttlMs) : m.ttlMs;
                }
                if (m.seq != null && $Object.hasOwnProperty.call(m, "seq")) {
                    d.seq = o.json && !$isFinite(m.seq) ? $String(m.seq) : m.seq;
                }
                return d;
            };

            /**
             * Converts this Record to JSON.
             * @function toJSON
             * @memberof macula.dht.Record
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Record.prototype.toJSON = function() {
                return Record.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Record
             * @function getTypeUrl
             * @memberof macula.dht.Record
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Record.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/macula.dht.Record";
            };

            return Record;
        })();

        dht.Message = (function() {

            /**
             * Properties of a Message.
             * @typedef {Object} macula.dht.Message.$Properties
             * @property {string|null} [type] Message type
             * @property {number|null} [requestId] Message requestId
             * @property {macula.dht.Contact.$Properties|null} [sender] Message sender
             * @property {string|null} [key] Message key
             * @property {Array.<macula.dht.Contact.$Properties>|null} [contacts] Message contacts
             * @property {Array.<macula.dht.Record.$Properties>|null} [providers] Message providers
             * @property {macula.dht.Record.$Properties|null} [record] Message record
             * @property {boolean|null} [stored] Message stored
             * @property {string|null} [code] Message code
             * @property {string|null} [message] Message message
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Message.
             * @memberof macula.dht
             * @interface IMessage
             * @augments macula.dht.Message.$Properties
             * @deprecated Use macula.dht.Message.$Properties instead.
             */

            /**
             * Shape of a Message.
             * @typedef {macula.dht.Message.$Properties} macula.dht.Message.$Shape
             */

            /**
             * Constructs a new Message.
             * @memberof macula.dht
             * @classdesc Represents a Message.
             * @constructor
             * @param {macula.dht.Message.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Message = function (p) {
                this.contacts = [];
                this.providers = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Message type.
             * @member {string} type
             * @memberof macula.dht.Message
             * @instance
             */
            Message.prototype.type = "";

            /**
             * Message requestId.
             * @member {number} requestId
             * @memberof macula.dht.Message
             * @instance
             */
            Message.prototype.requestId = 0;

            /**
             * Message sender.
             * @member {macula.dht.Contact.$Properties|null|undefined} sender
             * @memberof macula.dht.Message
             * @instance
             */
            Message.prototype.sender = null;

            /**
             * Message key.
             * @member {string} key
             * @memberof macula.dht.Message
             * @instance
             */
            Message.prototype.key = "";

            /**
             * Message contacts.
             * @member {Array.<macula.dht.Contact.$Properties>} contacts
             * @memberof macula.dht.Message
             * @instance
             */
            Message.prototype.contacts = $util.emptyArray;

            /**
             * Message providers.
             * @member {Array.<macula.dht.Record.$Properties>} providers
             * @memberof macula.dht.Message
             * @instance
             */
            Message.prototype.providers = $util.emptyArray;

            /**
             * Message record.
             * @member {macula.dht.Record.$Properties|null|undefined} record
             * @memberof macula.dht.Message
             * @instance
             */
            Message.prototype.record = null;

            /**
             * Message stored.
             * @member {boolean} stored
             * @memberof macula.dht.Message
             * @instance
             */
            Message.prototype.stored = false;

            /**
             * Message code.
             * @member {string} code
             * @memberof macula.dht.Message
             * @instance
             */
            Message.prototype.code = "";

            /**
             * Message message.
             * @member {string} message
             * @memberof macula.dht.Message
             * @instance
             */
            Message.prototype.message = "";

            /**
             * Creates a new Message instance using the specified properties.
             * @function create
             * @memberof macula.dht.Message
             * @static
             * @param {macula.dht.Message.$Properties=} [properties] Properties to set
             * @returns {macula.dht.Message} Message instance
             * @type {{
             *   (properties: macula.dht.Message.$Shape): macula.dht.Message & macula.dht.Message.$Shape;
             *   (properties?: macula.dht.Message.$Properties): macula.dht.Message;
             * }}
             */
            Message.create = function(properties) {
                return new Message(properties);
            };

            /**
             * Encodes the specified Message message. Does not implicitly {@link macula.dht.Message.verify|verify} messages.
             * @function encode
             * @memberof macula.dht.Message
             * @static
             * @param {macula.dht.Message.$Properties} m Message message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Message.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.type != null && $Object.hasOwnProperty.call(m, "type") && m.type !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.type);
                if (m.requestId != null && $Object.hasOwnProperty.call(m, "requestId") && m.requestId !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).uint32(m.requestId);
                if (m.sender != null && $Object.hasOwnProperty.call(m, "sender"))
                    $root.macula.dht.Contact.encode(m.sender, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (m.key != null && $Object.hasOwnProperty.call(m, "key") && m.key !== "")
                    w.uint32(/* id 4, wireType 2 =*/34).string(m.key);
                if (m.contacts != null && m.contacts.length) {
                    for (var i = 0; i < m.contacts.length; ++i)
                        $root.macula.dht.Contact.encode(m.contacts[i], w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                }
                if (m.providers != null && m.providers.length) {
                    for (var i = 0; i < m.providers.length; ++i)
                        $root.macula.dht.Record.encode(m.providers[i], w.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
                }
                if (m.record != null && $Object.hasOwnProperty.call(m, "record"))
                    $root.macula.dht.Record.encode(m.record, w.uint32(/* id 7, wireType 2 =*/58).fork(), q + 1).ldelim();
                if (m.stored != null && $Object.hasOwnProperty.call(m, "stored") && m.stored !== false)
                    w.uint32(/* id 8, wireType 0 =*/64).bool(m.stored);
                if (m.code != null && $Object.hasOwnProperty.call(m, "code") && m.code !== "")
                    w.uint32(/* id 9, wireType 2 =*/74).string(m.code);
                if (m.message != null && $Object.hasOwnProperty.call(m, "message") && m.message !== "")
                    w.uint32(/* id 10, wireType 2 =*/82).string(m.message);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Message message from the specified reader or buffer.
             * @function decode
             * @memberof macula.dht.Message
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {macula.dht.Message & macula.dht.Message.$Shape} Message
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Message.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.macula.dht.Message();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.type = v;
                            else
                                delete m.type;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.requestId = v;
                            else
                                delete m.requestId;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.sender = $root.macula.dht.Contact.decode(r, r.size(), $undefined, q + 1, m.sender);
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.key = v;
                            else
                                delete m.key;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if (!(m.contacts && m.contacts.length))
                                m.contacts = [];
                            m.contacts.push($root.macula.dht.Contact.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            if (!(m.providers && m.providers.length))
                                m.providers = [];
                            m.providers.push($root.macula.dht.Record.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            m.record = $root.macula.dht.Record.decode(r, r.size(), $undefined, q + 1, m.record);
                            continue;
                        }
                    case 8: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.stored = v;
                            else
                                delete m.stored;
                            continue;
                        }
                    case 9: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.code = v;
                            else
                                delete m.code;
                            continue;
                        }
                    case 10: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.message = v;
                            else
                                delete m.message;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a Message message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof macula.dht.Message
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {macula.dht.Message} Message
             */
            Message.fromObject = function (d, q) {
                if (d instanceof $root.macula.dht.Message)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".macula.dht.Message: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.macula.dht.Message();
                if (d.type != null) {
                    if (typeof d.type !== "string" || d.type.length) {
                        m.type = $String(d.type);
                    }
                }
                if (d.requestId != null) {
                    if ($Number(d.requestId) !== 0) {
                        m.requestId = d.requestId >>> 0;
                    }
                }
                if (d.sender != null) {
                    if (!$util.isObject(d.sender))
                        throw $TypeError(".macula.dht.Message.sender: object expected");
                    m.sender = $root.macula.dht.Contact.fromObject(d.sender, q + 1);
                }
                if (d.key != null) {
                    if (typeof d.key !== "string" || d.key.length) {
                        m.key = $String(d.key);
                    }
                }
                if (d.contacts) {
                    if (!$Array.isArray(d.contacts))
                        throw $TypeError(".macula.dht.Message.contacts: array expected");
                    m.contacts = $Array(d.contacts.length);
                    for (var i = 0; i < d.contacts.length; ++i) {
                        if (!$util.isObject(d.contacts[i]))
                            throw $TypeError(".macula.dht.Message.contacts: object expected");
                        m.contacts[i] = $root.macula.dht.Contact.fromObject(d.contacts[i], q + 1);
                    }
                }
                if (d.providers) {
                    if (!$Array.isArray(d.providers))
                        throw $TypeError(".macula.dht.Message.providers: array expected");
                    m.providers = $Array(d.providers.length);
                    for (var i = 0; i < d.providers.length; ++i) {
                        if (!$util.isObject(d.providers[i]))
                            throw $TypeError(".macula.dht.Message.providers: object expected");
                        m.providers[i] = $root.macula.dht.Record.fromObject(d.providers[i], q + 1);
                    }
                }
                if (d.record != null) {
                    if (!$util.isObject(d.record))
                        throw $TypeError(".macula.dht.Message.record: object expected");
                    m.record = $root.macula.dht.Record.fromObject(d.record, q + 1);
                }
                if (d.stored != null) {
                    if (d.stored) {
                        m.stored = $Boolean(d.stored);
                    }
                }
                if (d.code != null) {
                    if (typeof d.code !== "string" || d.code.length) {
                        m.code = $String(d.code);
                    }
                }
                if (d.message != null) {
                    if (typeof d.message !== "string" || d.message.length) {
                        m.message = $String(d.message);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Message message. Also converts values to other types if specified.
             * @function toObject
             * @memberof macula.dht.Message
             * @static
             * @param {macula.dht.Message} m Message
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Message.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.contacts = [];
                    d.providers = [];
                }
                if (o.defaults) {
                    d.type = "";
                    d.requestId = 0;
                    d.sender = null;
                    d.key = "";
                    d.record = null;
                    d.stored = false;
                    d.code = "";
                    d.message = "";
                }
                if (m.type != null && $Object.hasOwnProperty.call(m, "type")) {
                    d.type = m.type;
                }
                if (m.requestId != null && $Object.hasOwnProperty.call(m, "requestId")) {
                    d.requestId = m.requestId;
                }
                if (m.sender != null && $Object.hasOwnProperty.call(m, "sender")) {
                    d.sender = $root.macula.dht.Contact.toObject(m.sender, o, q + 1);
                }
                if (m.key != null && $Object.hasOwnProperty.call(m, "key")) {
                    d.key = m.key;
                }
                if (m.contacts && m.contacts.length) {
                    d.contacts = $Array(m.contacts.length);
                    for (var j = 0; j < m.contacts.length; ++j) {
                        d.contacts[j] = $root.macula.dht.Contact.toObject(m.contacts[j], o, q + 1);
                    }
                }
                if (m.providers && m.providers.length) {
                    d.providers = $Array(m.providers.length);
                    for (var j = 0; j < m.providers.length; ++j) {
                        d.providers[j] = $root.macula.dht.Record.toObject(m.providers[j], o, q + 1);
                    }
                }
                if (m.record != null && $Object.hasOwnProperty.call(m, "record")) {
                    d.record = $root.macula.dht.Record.toObject(m.record, o, q + 1);
                }
                if (m.stored != null && $Object.hasOwnProperty.call(m, "stored")) {
                    d.stored = m.stored;
                }
                if (m.code != null && $Object.hasOwnProperty.call(m, "code")) {
                    d.code = m.code;
                }
                if (m.message != null && $Object.hasOwnProperty.call(m, "message")) {
                    d.message = m.message;
                }
                return d;
            };

            /**
             * Converts this Message to JSON.
             * @function toJSON
             * @memberof macula.dht.Message
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Message.prototype.toJSON = function() {
                return Message.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Message
             * @function getTypeUrl
             * @memberof macula.dht.Message
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Message.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/macula.dht.Message";
            };

            return Message;
        })();

        return dht;
    })();

    return macula;
})();

export {
  $root as default
};
