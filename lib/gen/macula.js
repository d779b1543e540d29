/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Number = $util.global.Number, $Boolean = $util.global.Boolean, $Array = $util.global.Array, $isFinite = $util.global.isFinite;

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
const $root = $protobuf.roots["macula"] || ($protobuf.roots["macula"] = {});

export const macula = $root.macula = (() => {

    /**
     * Namespace macula.
     * @exports macula
     * @namespace
     */
    const macula = {};

    macula.wire = (function() {

        /**
         * Namespace wire.
         * @memberof macula
         * @namespace
         */
        const wire = {};

        wire.Frame = (function() {

            /**
             * Properties of a Frame.
             * @typedef {Object} macula.wire.Frame.$Properties
             * @property {macula.wire.Route.$Properties|null} [route] Frame route
             * @property {macula.wire.Connect.$Properties|null} [connect] Frame connect
             * @property {macula.wire.Connected.$Properties|null} [connected] Frame connected
             * @property {macula.common.Error.$Properties|null} [error] Frame error
             * @property {macula.wire.Ping.$Properties|null} [ping] Frame ping
             * @property {macula.wire.Pong.$Properties|null} [pong] Frame pong
             * @property {macula.wire.Goodbye.$Properties|null} [goodbye] Frame goodbye
             * @property {macula.wire.Publish.$Properties|null} [publish] Frame publish
             * @property {macula.wire.Published.$Properties|null} [published] Frame published
             * @property {macula.wire.Subscribe.$Properties|null} [subscribe] Frame subscribe
             * @property {macula.wire.Subscribed.$Properties|null} [subscribed] Frame subscribed
             * @property {macula.wire.Unsubscribe.$Properties|null} [unsubscribe] Frame unsubscribe
             * @property {macula.wire.Event.$Properties|null} [event] Frame event
             * @property {macula.wire.Call.$Properties|null} [call] Frame call
             * @property {macula.wire.Result.$Properties|null} [result] Frame result
             * @property {macula.wire.Advertise.$Properties|null} [advertise] Frame advertise
             * @property {macula.wire.Advertised.$Properties|null} [advertised] Frame advertised
             * @property {macula.wire.Unadvertise.$Properties|null} [unadvertise] Frame unadvertise
             * @property {macula.wire.Invocation.$Properties|null} [invocation] Frame invocation
             * @property {macula.wire.Yield.$Properties|null} ["yield"] Frame yield
             * @property {macula.wire.InvocationError.$Properties|null} [invocationError] Frame invocationError
             * @property {macula.dht.Message.$Properties|null} [dht] Frame dht
             * @property {macula.wire.InterestSnapshot.$Properties|null} [interestSnapshot] Frame interestSnapshot
             * @property {macula.wire.InterestDelta.$Properties|null} [interestDelta] Frame interestDelta
             * @property {macula.wire.InterestResync.$Properties|null} [interestResync] Frame interestResync
             * @property {macula.wire.RoutedEvent.$Properties|null} [routedEvent] Frame routedEvent
             * @property {macula.wire.Reach.$Properties|null} [reach] Frame reach
             * @property {"connect"|"connected"|"error"|"ping"|"pong"|"goodbye"|"publish"|"published"|"subscribe"|"subscribed"|"unsubscribe"|"event"|"call"|"result"|"advertise"|"advertised"|"unadvertise"|"invocation"|"yield"|"invocationError"|"dht"|"interestSnapshot"|"interestDelta"|"interestResync"|"routedEvent"|"reach"} [body] Frame body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Frame.
             * @memberof macula.wire
             * @interface IFrame
             * @augments macula.wire.Frame.$Properties
             * @deprecated Use macula.wire.Frame.$Properties instead.
             */

            /**
             * Narrowed shape of a Frame.
             * @typedef {{
             *   route?: macula.wire.Route.$Shape|null;
             *   connect?: macula.wire.Connect.$Shape|null;
             *   connected?: macula.wire.Connected.$Shape|null;
             *   error?: macula.common.Error.$Shape|null;
             *   ping?: macula.wire.Ping.$Shape|null;
             *   pong?: macula.wire.Pong.$Shape|null;
             *   goodbye?: macula.wire.Goodbye.$Shape|null;
             *   publish?: macula.wire.Publish.$Shape|null;
             *   published?: macula.wire.Published.$Shape|null;
             *   subscribe?: macula.wire.Subscribe.$Shape|null;
             *   subscribed?: macula.wire.Subscribed.$Shape|null;
             *   unsubscribe?: macula.wire.Unsubscribe.$Shape|null;
             *   event?: macula.wire.Event.$Shape|null;
             *   call?: macula.wire.Call.$Shape|null;
             *   result?: macula.wire.Result.$Shape|null;
             *   advertise?: macula.wire.Advertise.$Shape|null;
             *   advertised?: macula.wire.Advertised.$Shape|null;
             *   unadvertise?: macula.wire.Unadvertise.$Shape|null;
             *   invocation?: macula.wire.Invocation.$Shape|null;
             *   "yield"?: macula.wire.Yield.$Shape|null;
             *   invocationError?: macula.wire.InvocationError.$Shape|null;
             *   dht?: macula.dht.Message.$Shape|null;
             *   interestSnapshot?: macula.wire.InterestSnapshot.$Shape|null;
             *   interestDelta?: macula.wire.InterestDelta.$Shape|null;
             *   interestResync?: macula.wire.InterestResync.$Shape|null;
             *   routedEvent?: macula.wire.RoutedEvent.$Shape|null;
             *   reach?: macula.wire.Reach.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; connect?: null; connected?: null; error?: null; ping?: null; pong?: null; goodbye?: null; publish?: null; published?: null; subscribe?: null; subscribed?: null; unsubscribe?: null; event?: null; call?: null; result?: null; advertise?: null; advertised?: null; unadvertise?: null; invocation?: null; "yield"?: null; invocationError?: null; dht?: null; interestSnapshot?: null; interestDelta?: null; interestResync?: null; routedEvent?: null; reach?: null }|{ body?: "connect"; connect: macula.wire.Connect.$Shape; connected?: null; error?: null; ping?: null; pong?: null; goodbye?: null; publish?: null; published?: null; subscribe?: null; subscribed?: null; unsubscribe?: null; event?: null; call?: null; result?: null; advertise?: null; advertised?: null; unadvertise?: null; invocation?: null; "yield"?: null; invocationError?: null; dht?: null; interestSnapshot?: null; interestDelta?: null; interestResync?: null; routedEvent?: null; reach?: null }|{ body?: "connected"; connect?: null; connected: macula.wire.Connected.$Shape; error?: null; ping?: null; pong?: null; goodbye?: null; publish?: null; published?: null; subscribe?: null; subscribed?: null; unsubscribe?: null; event?: null; call?: null; result?: null; advertise?: null; advertised?: null; unadvertise?: null; invocation?: null; "yield"?: null; invocationError?: null; dht?: null; interestSnapshot?: null; interestDelta?: null; interestResync?: null; routedEvent?: null; reach?: null }|{ body?: "error"; connect?: null; connected?: null; error: macula.common.Error.$Shape; ping?: null; pong?: null; goodbye?: null; publish?: null; published?: null; subscribe?: null; subscribed?: null; unsubscribe?: null; event?: null; call?: null; result?: null; advertise?: null; advertised?: null; unadvertise?: null; invocation?: null; "yield"?: null; invocationError?: null; dht?: null; interestSnapshot?: null; interestDelta?: null; interestResync?: null; routedEvent?: null; reach?: null }|{ body?: "ping"; connect?: null; connected?: null; error?: null; ping: macula.wire.Ping.$Shape; pong?: null; goodbye?: null; publish?: null; published?: null; subscribe?: null; subscribed?: null; unsubscribe?: null; event?: null; call?: null; result?: null; advertise?: null; advertised?: null; unadvertise?: null; invocation?: null; "yield"?: null; invocationError?: null; dht?: null; interestSnapshot?: null; interestDelta?: null; interestResync?: null; routedEvent?: null; reach?: null }|{ body?: "pong"; connect?: null; connected?: null; error?: null; ping?: null; pong: macula.wire.Pong.$Shape; goodbye?: null; publish?: null; published?: null; subscribe?: null; subscribed?: null; unsubscribe?: null; event?: null; call?: null; result?: null; advertise?: null; advertised?: null; unadvertise?: null; invocation?: null; "yield"?: null; invocationError?: null; dht?: null; interestSnapshot?: null; interestDelta?: null; interestResync?: null; routedEvent?: null; reach?: null }|{ body?: "goodbye"; connect?: null; connected?: null; error?: null; ping?: null; pong?: null; goodbye: macula.wire.Goodbye.$Shape; publish?: null; published?: null; subscribe?: null; subscribed?: null; unsubscribe?: null; event?: null; call?: null; result?: null; advertise?: null; advertised?: null; unadvertise?: null; invocation?: null; "yield"?: null; invocationError?: null; dht?: null; interestSnapshot?: null; interestDelta?: null; interestResync?: null; routedEvent?: null; reach?: null }|{ body?: "publish"; connect?: null; connected?: null; error?: null; ping?: null; pong?: null; goodbye?: null; publish: macula.wire.Publish.$Shape; published?: null; subscribe?: null; subscribed?: null; unsubscribe?: null; event?: null; call?: null; result?: null; advertise?: null; advertised?: null; unadvertise?: null; invocation?: null; "yield"?: null; invocationError?: null; dht?: null; interestSnapshot?: null; interestDelta?: null; interestResync?: null; routedEvent?: null; reach?: null }|{ body?: "published"; connect?: null; connected?: null; error?: null; ping?: null; pong?: null; goodbye?: null; publish?: null; published: macula.wire.Published.$Shape; subscribe?: null; subscribed?: null; unsubscribe?: null; event?: null; call?: null; result?: null; advertise?: null; advertised?: null; unadvertise?: null; invocation?: null; "yield"?: null; invocationError?: null; dht?: null; interestSnapshot?: null; interestDelta?: null; interestResync?: null; routedEvent?: null; reach?: null }|{ body?: "subscribe"; connect?: null; connected?: null; error?: null; ping?: null; pong?: null; goodbye?: null; publish?: null; published?: null; subscribe: macula.wire.Subscribe.$Shape; subscribed?: null; unsubscribe?: null; event?: null; call?: null; result?: null; advertise?: null; advertised?: null; unadvertise?: null; invocation?: null; "yield"?: null; invocationError?: null; dht?: null; interestSnapshot?: null; interestDelta?: null; interestResync?: null; routedEvent?: null; reach?: null }|{ body?: "subscribed"; connect?: null; connected?: null; error?: null; ping?: null; pong?: null; goodbye?: null; publish?: null; published?: null; subscribe?: null; subscribed: macula.wire.Subscribed.$Shape; unsubscribe?: null; event?: null; call?: null; result?: null; advertise?: null; advertised?: null; unadvertise?: null; invocation?: null; "yield"?: null; invocationError?: null; dht?: null; interestSnapshot?: null; interestDelta?: null; interestResync?: null; routedEvent?: null; reach?: null }|{ body?: "unsubscribe"; connect?: null; connected?: null; error?: null; ping?: null; pong?: null; goodbye?: null; publish?: null; published?: null; subscribe?: null; subscribed?: null; unsubscribe: macula.wire.Unsubscribe.$Shape; event?: null; call?: null; result?: null; advertise?: null; advertised?: null; unadvertise?: null; invocation?: null; "yield"?: null; invocationError?: null; dht?: null; interestSnapshot?: null; interestDelta?: null; interestResync?: null; routedEvent?: null; reach?: null }|{ body?: "event"; connect?: null; connected?: null; error?: null; ping?: null; pong?: null; goodbye?: null; publish?: null; published?: null; subscribe?: null; subscribed?: null; unsubscribe?: null; event: macula.wire.Event.$Shape; call?: null; result?: null; advertise?: null; advertised?: null; unadvertise?: null; invocation?: null; "yield"?: null; invocationError?: null; dht?: null; interestSnapshot?: null; interestDelta?: null; interestResync?: null; routedEvent?: null; reach?: null }|{ body?: "call"; connect?: null; connected?: null; error?: null; ping?: null; pong?: null; goodbye?: null; publish?: null; published?: null; subscribe?: null; subscribed?: null; unsubscribe?: null; event?: null; call: macula.wire.Call.$Shape; result?: null; advertise?: null; advertised?: null; unadvertise?: null; invocation?: null; "yield"?: null; invocationError?: null; dht?: null; interestSnapshot?: null; interestDelta?: null; interestResync?: null; routedEvent?: null; reach?: null }|{ body?: "result"; connect?: null; connected?: null; error?: null; ping?: null; pong?: null; goodbye?: null; publish?: null; published?: null; subscribe?: null; subscribed?: null; unsubscribe?: null; event?: null; call?: null; result: macula.wire.Result.$Shape; advertise?: null; advertised?: null; unadvertise?: null; invocation?: null; "yield"?: null; invocationError?: null; dht?: null; interestSnapshot?: null; interestDelta?: null; interestResync?: null; routedEvent?: null; reach?: null }|{ body?: "advertise"; connect?: null; connected?: null; error?: null; ping?: null; pong?: null; goodbye?: null; publish?: null; published?: null; subscribe?: null; subscribed?: null; unsubscribe?: null; event?: null; call?: null; result?: null; advertise: macula.wire.Advertise.$Shape; advertised?: null; unadvertise?: null; invocation?: null; "yield"?: null; invocationError?: null; dht?: null; interestSnapshot?: null; interestDelta?: null; interestResync?: null; routedEvent?: null; reach?: null }|{ body?: "advertised"; connect?: null; connected?: null; error?: null; ping?: null; pong?: null; goodbye?: null; publish?: null; published?: null; subscribe?: null; subscribed?: null; unsubscribe?: null; event?: null; call?: null; result?: null; advertise?: null; advertised: macula.wire.Advertised.$Shape; unadvertise?: null; invocation?: null; "yield"?: null; invocationError?: null; dht?: null; interestSnapshot?: null; interestDelta?: null; interestResync?: null; routedEvent?: null; reach?: null }|{ body?: "unadvertise"; connect?: null; connected?: null; error?: null; ping?: null; pong?: null; goodbye?: null; publish?: null; published?: null; subscribe?: null; subscribed?: null; unsubscribe?: null; event?: null; call?: null; result?: null; advertise?: null; advertised?: null; unadvertise: macula.wire.Unadvertise.$Shape; invocation?: null; "yield"?: null; invocationError?: null; dht?: null; interestSnapshot?: null; interestDelta?: null; interestResync?: null; routedEvent?: null; reach?: null }|{ body?: "invocation"; connect?: null; connected?: null; error?: null; ping?: null; pong?: null; goodbye?: null; publish?: null; published?: null; subscribe?: null; subscribed?: null; unsubscribe?: null; event?: null; call?: null; result?: null; advertise?: null; advertised?: null; unadvertise?: null; invocation: macula.wire.Invocation.$Shape; "yield"?: null; invocationError?: null; dht?: null; interestSnapshot?: null; interestDelta?: null; interestResync?: null; routedEvent?: null; reach?: null }|{ body?: "yield"; connect?: null; connected?: null; error?: null; ping?: null; pong?: null; goodbye?: null; publish?: null; published?: null; subscribe?: null; subscribed?: null; unsubscribe?: null; event?: null; call?: null; result?: null; advertise?: null; advertised?: null; unadvertise?: null; invocation?: null; "yield": macula.wire.Yield.$Shape; invocationError?: null; dht?: null; interestSnapshot?: null; interestDelta?: null; interestResync?: null; routedEvent?: null; reach?: null }|{ body?: "invocationError"; connect?: null; connected?: null; error?: null; ping?: null; pong?: null; goodbye?: null; publish?: null; published?: null; subscribe?: null; subscribed?: null; unsubscribe?: null; event?: null; call?: null; result?: null; advertise?: null; advertised?: null; unadvertise?: null; invocation?: null; "yield"?: null; invocationError: macula.wire.InvocationError.$Shape; dht?: null; interestSnapshot?: null; interestDelta?: null; interestResync?: null; routedEvent?: null; reach?: null }|{ body?: "dht"; connect?: null; connected?: null; error?: null; ping?: null; pong?: null; goodbye?: null; publish?: null; published?: null; subscribe?: null; subscribed?: null; unsubscribe?: null; event?: null; call?: null; result?: null; advertise?: null; advertised?: null; unadvertise?: null; invocation?: null; "yield"?: null; invocationError?: null; dht: macula.dht.Message.$Shape; interestSnapshot?: null; interestDelta?: null; interestResync?: null; routedEvent?: null; reach?: null }|{ body?: "interestSnapshot"; connect?: null; connected?: null; error?: null; ping?: null; pong?: null; goodbye?: null; publish?: null; published?: null; subscribe?: null; subscribed?: null; unsubscribe?: null; event?: null; call?: null; result?: null; advertise?: null; advertised?: null; unadvertise?: null; invocation?: null; "yield"?: null; invocationError?: null; dht?: null; interestSnapshot: macula.wire.InterestSnapshot.$Shape; interestDelta?: null; interestResync?: null; routedEvent?: null; reach?: null }|{ body?: "interestDelta"; connect?: null; connected?: null; error?: null; ping?: null; pong?: null; goodbye?: null; publish?: null; published?: null; subscribe?: null; subscribed?: null; unsubscribe?: null; event?: null; call?: null; result?: null; advertise?: null; advertised?: null; unadvertise?: null; invocation?: null; "yield"?: null; invocationError?: null; dht?: null; interestSnapshot?: null; interestDelta: macula.wire.InterestDelta.$Shape; interestResync?: null; routedEvent?: null; reach?: null }|{ body?: "interestResync"; connect?: null; connected?: null; error?: null; ping?: null; pong?: null; goodbye?: null; publish?: null; published?: null; subscribe?: null; subscribed?: null; unsubscribe?: null; event?: null; call?: null; result?: null; advertise?: null; advertised?: null; unadvertise?: null; invocation?: null; "yield"?: null; invocationError?: null; dht?: null; interestSnapshot?: null; interestDelta?: null; interestResync: macula.wire.InterestResync.$Shape; routedEvent?: null; reach?: null }|{ body?: "routedEvent"; connect?: null; connected?: null; error?: null; ping?: null; pong?: null; goodbye?: null; publish?: null; published?: null; subscribe?: null; subscribed?: null; unsubscribe?: null; event?: null; call?: null; result?: null; advertise?: null; advertised?: null; unadvertise?: null; invocation?: null; "yield"?: null; invocationError?: null; dht?: null; interestSnapshot?: null; interestDelta?: null; interestResync?: null; routedEvent: macula.wire.RoutedEvent.$Shape; reach?: null }|{ body?: "reach"; connect?: null; connected?: null; error?: null; ping?: null; pong?: null; goodbye?: null; publish?: null; published?: null; subscribe?: null; subscribed?: null; unsubscribe?: null; event?: null; call?: null; result?: null; advertise?: null; advertised?: null; unadvertise?: null; invocation?: null; "yield"?: null; invocationError?: null; dht?: null; interestSnapshot?: null; interestDelta?: null; interestResync?: null; routedEvent?: null; reach: macula.wire.Reach.$Shape })
             * )} macula.wire.Frame.$Shape
             */

            /**
             * Constructs a new Frame.
             * @memberof macula.wire
             * @classdesc Represents a Frame.
             * @constructor
             * @param {macula.wire.Frame.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Frame = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Frame route.
             * @member {macula.wire.Route.$Properties|null|undefined} route
             * @memberof macula.wire.Frame
             * @instance
             */
            Frame.prototype.route = null;

            /**
             * Frame connect.
             * @member {macula.wire.Connect.$Properties|null|undefined} connect
             * @memberof macula.wire.Frame
             * @instance
             */
            Frame.prototype.connect = null;

            /**
             * Frame connected.
             * @member {macula.wire.Connected.$Properties|null|undefined} connected
             * @memberof macula.wire.Frame
             * @instance
             */
            Frame.prototype.connected = null;

            /**
             * Frame error.
             * @member {macula.common.Error.$Properties|null|undefined} error
             * @memberof macula.wire.Frame
             * @instance
             */
            Frame.prototype.error = null;

            /**
             * Frame ping.
             * @member {macula.wire.Ping.$Properties|null|undefined} ping
             * @memberof macula.wire.Frame
             * @instance
             */
            Frame.prototype.ping = null;

            /**
             * Frame pong.
             * @member {macula.wire.Pong.$Properties|null|undefined} pong
             * @memberof macula.wire.Frame
             * @instance
             */
            Frame.prototype.pong = null;

            /**
             * Frame goodbye.
             * @member {macula.wire.Goodbye.$Properties|null|undefined} goodbye
             * @memberof macula.wire.Frame
             * @instance
             */
            Frame.prototype.goodbye = null;

            /**
             * Frame publish.
             * @member {macula.wire.Publish.$Properties|null|undefined} publish
             * @memberof macula.wire.Frame
             * @instance
             */
            Frame.prototype.publish = null;

            /**
             * Frame published.
             * @member {macula.wire.Published.$Properties|null|undefined} published
             * @memberof macula.wire.Frame
             * @instance
             */
            Frame.prototype.published = null;

            /**
             * Frame subscribe.
             * @member {macula.wire.Subscribe.$Properties|null|undefined} subscribe
             * @memberof macula.wire.Frame
             * @instance
             */
            Frame.prototype.subscribe = null;

            /**
             * Frame subscribed.
             * @member {macula.wire.Subscribed.$Properties|null|undefined} subscribed
             * @memberof macula.wire.Frame
             * @instance
             */
            Frame.prototype.subscribed = null;

            /**
             * Frame unsubscribe.
             * @member {macula.wire.Unsubscribe.$Properties|null|undefined} unsubscribe
             * @memberof macula.wire.Frame
             * @instance
             */
            Frame.prototype.unsubscribe = null;

            /**
             * Frame event.
             * @member {macula.wire.Event.$Properties|null|undefined} event
             * @memberof macula.wire.Frame
             * @instance
             */
            Frame.prototype.event = null;

            /**
             * Frame call.
             * @member {macula.wire.Call.$Properties|null|undefined} call
             * @memberof macula.wire.Frame
             * @instance
             */
            Frame.prototype.call = null;

            /**
             * Frame result.
             * @member {macula.wire.Result.$Properties|null|undefined} result
             * @memberof macula.wire.Frame
             * @instance
             */
            Frame.prototype.result = null;

            /**
             * Frame advertise.
             * @member {macula.wire.Advertise.$Properties|null|undefined} advertise
             * @memberof macula.wire.Frame
             * @instance
             */
            Frame.prototype.advertise = null;

            /**
             * Frame advertised.
             * @member {macula.wire.Advertised.$Properties|null|undefined} advertised
             * @memberof macula.wire.Frame
             * @instance
             */
            Frame.prototype.advertised = null;

            /**
             * Frame unadvertise.
             * @member {macula.wire.Unadvertise.$Properties|null|undefined} unadvertise
             * @memberof macula.wire.Frame
             * @instance
             */
            Frame.prototype.unadvertise = null;

            /**
             * Frame invocation.
             * @member {macula.wire.Invocation.$Properties|null|undefined} invocation
             * @memberof macula.wire.Frame
             * @instance
             */
            Frame.prototype.invocation = null;

            /**
             * Frame yield.
             * @member {macula.wire.Yield.$Properties|null|undefined} yield
             * @memberof macula.wire.Frame
             * @instance
             */
            Frame.prototype["yield"] = null;

            /**
             * Frame invocationError.
             * @member {macula.wire.InvocationError.$Properties|null|undefined} invocationError
             * @memberof macula.wire.Frame
             * @instance
             */
            Frame.prototype.invocationError = null;

            /**
             * Frame dht.
             * @member {macula.dht.Message.$Properties|null|undefined} dht
             * @memberof macula.wire.Frame
             * @instance
             */
            Frame.prototype.dht = null;

            /**
             * Frame interestSnapshot.
             * @member {macula.wire.InterestSnapshot.$Properties|null|undefined} interestSnapshot
             * @memberof macula.wire.Frame
             * @instance
             */
            Frame.prototype.interestSnapshot = null;

            /**
             * Frame interestDelta.
             * @member {macula.wire.InterestDelta.$Properties|null|undefined} interestDelta
             * @memberof macula.wire.Frame
             * @instance
             */
            Frame.prototype.interestDelta = null;

            /**
             * Frame interestResync.
             * @member {macula.wire.InterestResync.$Properties|null|undefined} interestResync
             * @memberof macula.wire.Frame
             * @instance
             */
            Frame.prototype.interestResync = null;

            /**
             * Frame routedEvent.
             * @member {macula.wire.RoutedEvent.$Properties|null|undefined} routedEvent
             * @memberof macula.wire.Frame
             * @instance
             */
            Frame.prototype.routedEvent = null;

            /**
             * Frame reach.
             * @member {macula.wire.Reach.$Properties|null|undefined} reach
             * @memberof macula.wire.Frame
             * @instance
             */
            Frame.prototype.reach = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Frame body.
             * @member {"connect"|"connected"|"error"|"ping"|"pong"|"goodbye"|"publish"|"published"|"subscribe"|"subscribed"|"unsubscribe"|"event"|"call"|"result"|"advertise"|"advertised"|"unadvertise"|"invocation"|"yield"|"invocationError"|"dht"|"interestSnapshot"|"interestDelta"|"interestResync"|"routedEvent"|"reach"|undefined} body
             * @memberof macula.wire.Frame
             * @instance
             */
            $Object.defineProperty(Frame.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["connect", "connected", "error", "ping", "pong", "goodbye", "publish", "published", "subscribe", "subscribed", "unsubscribe", "event", "call", "result", "advertise", "advertised", "unadvertise", "invocation", "yield", "invocationError", "dht", "interestSnapshot", "interestDelta", "interestResync", "routedEvent", "reach"]),
                set: $oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Frame instance using the specified properties.
             * @function create
             * @memberof macula.wire.Frame
             * @static
             * @param {macula.wire.Frame.$Properties=} [properties] Properties to set
             * @returns {macula.wire.Frame} Frame instance
             * @type {{
             *   (properties: macula.wire.Frame.$Shape): macula.wire.Frame & macula.wire.Frame.$Shape;
             *   (properties?: macula.wire.Frame.$Properties): macula.wire.Frame;
             * }}
             */
            Frame.create = function(properties) {
                return new Frame(properties);
            };

            /**
             * Encodes the specified Frame message. Does not implicitly {@link macula.wire.Frame.verify|verify} messages.
             * @function encode
             * @memberof macula.wire.Frame
             * @static
             * @param {macula.wire.Frame.$Properties} m Frame message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Frame.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.route != null && $Object.hasOwnProperty.call(m, "route"))
                    $root.macula.wire.Route.encode(m.route, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (m.connect != null && $Object.hasOwnProperty.call(m, "connect"))
                    $root.macula.wire.Connect.encode(m.connect, w.uint32(/* id 10, wireType 2 =*/82).fork(), q + 1).ldelim();
                if (m.connected != null && $Object.hasOwnProperty.call(m, "connected"))
                    $root.macula.wire.Connected.encode(m.connected, w.uint32(/* id 11, wireType 2 =*/90).fork(), q + 1).ldelim();
                if (m.error != null && $Object.hasOwnProperty.call(m, "error"))
                    $root.macula.common.Error.encode(m.error, w.uint32(/* id 12, wireType 2 =*/98).fork(), q + 1).ldelim();
                if (m.ping != null && $Object.hasOwnProperty.call(m, "ping"))
                    $root.macula.wire.Ping.encode(m.ping, w.uint32(/* id 13, wireType 2 =*/106).fork(), q + 1).ldelim();
                if (m.pong != null && $Object.hasOwnProperty.call(m, "pong"))
                    $root.macula.wire.Pong.encode(m.pong, w.uint32(/* id 14, wireType 2 =*/114).fork(), q + 1).ldelim();
                if (m.goodbye != null && $Object.hasOwnProperty.call(m, "goodbye"))
                    $root.macula.wire.Goodbye.encode(m.goodbye, w.uint32(/* id 15, wireType 2 =*/122).fork(), q + 1).ldelim();
                if (m.publish != null && $Object.hasOwnProperty.call(m, "publish"))
                    $root.macula.wire.Publish.encode(m.publish, w.uint32(/* id 20, wireType 2 =*/162).fork(), q + 1).ldelim();
                if (m.published != null && $Object.hasOwnProperty.call(m, "published"))
                    $root.macula.wire.Published.encode(m.published, w.uint32(/* id 21, wireType 2 =*/170).fork(), q + 1).ldelim();
                if (m.subscribe != null && $Object.hasOwnProperty.call(m, "subscribe"))
                    $root.macula.wire.Subscribe.encode(m.subscribe, w.uint32(/* id 22, wireType 2 =*/178).fork(), q + 1).ldelim();
                if (m.subscribed != null && $Object.hasOwnProperty.call(m, "subscribed"))
                    $root.macula.wire.Subscribed.encode(m.subscribed, w.uint32(/* id 23, wireType 2 =*/186).fork(), q + 1).ldelim();
                if (m.unsubscribe != null && $Object.hasOwnProperty.call(m, "unsubscribe"))
                    $root.macula.wire.Unsubscribe.encode(m.unsubscribe, w.uint32(/* id 24, wireType 2 =*/194).fork(), q + 1).ldelim();
                if (m.event != null && $Object.hasOwnProperty.call(m, "event"))
                    $root.macula.wire.Event.encode(m.event, w.uint32(/* id 25, wireType 2 =*/202).fork(), q + 1).ldelim();
                if (m.call != null && $Object.hasOwnProperty.call(m, "call"))
                    $root.macula.wire.Call.encode(m.call, w.uint32(/* id 40, wireType 2 =*/322).fork(), q + 1).ldelim();
                if (m.result != null && $Object.hasOwnProperty.call(m, "result"))
                    $root.macula.wire.Result.encode(m.result, w.uint32(/* id 41, wireType 2 =*/330).fork(), q + 1).ldelim();
                if (m.advertise != null && $Object.hasOwnProperty.call(m, "advertise"))
                    $root.macula.wire.Advertise.encode(m.advertise, w.uint32(/* id 42, wireType 2 =*/338).fork(), q + 1).ldelim();
                if (m.advertised != null && $Object.hasOwnProperty.call(m, "advertised"))
                    $root.macula.wire.Advertised.encode(m.advertised, w.uint32(/* id 43, wireType 2 =*/346).fork(), q + 1).ldelim();
                if (m.unadvertise != null && $Object.hasOwnProperty.call(m, "unadvertise"))
                    $root.macula.wire.Unadvertise.encode(m.unadvertise, w.uint32(/* id 44, wireType 2 =*/354).fork(), q + 1).ldelim();
                if (m.invocation != null && $Object.hasOwnProperty.call(m, "invocation"))
                    $root.macula.wire.Invocation.encode(m.invocation, w.uint32(/* id 45, wireType 2 =*/362).fork(), q + 1).ldelim();
                if (m["yield"] != null && $Object.hasOwnProperty.call(m, "yield"))
                    $root.macula.wire.Yield.encode(m["yield"], w.uint32(/* id 46, wireType 2 =*/370).fork(), q + 1).ldelim();
                if (m.invocationError != null && $Object.hasOwnProperty.call(m, "invocationError"))
                    $root.macula.wire.InvocationError.encode(m.invocationError, w.uint32(/* id 47, wireType 2 =*/378).fork(), q + 1).ldelim();
                if (m.dht != null && $Object.hasOwnProperty.call(m, "dht"))
                    $root.macula.dht.Message.encode(m.dht, w.uint32(/* id 60, wireType 2 =*/482).fork(), q + 1).ldelim();
                if (m.interestSnapshot != null && $Object.hasOwnProperty.call(m, "interestSnapshot"))
                    $root.macula.wire.InterestSnapshot.encode(m.interestSnapshot, w.uint32(/* id 70, wireType 2 =*/562).fork(), q + 1).ldelim();
                if (m.interestDelta != null && $Object.hasOwnProperty.call(m, "interestDelta"))
                    $root.macula.wire.InterestDelta.encode(m.interestDelta, w.uint32(/* id 71, wireType 2 =*/570).fork(), q + 1).ldelim();
                if (m.interestResync != null && $Object.hasOwnProperty.call(m, "interestResync"))
                    $root.macula.wire.InterestResync.encode(m.interestResync, w.uint32(/* id 72, wireType 2 =*/578).fork(), q + 1).ldelim();
                if (m.routedEvent != null && $Object.hasOwnProperty.call(m, "routedEvent"))
                    $root.macula.wire.RoutedEvent.encode(m.routedEvent, w.uint32(/* id 73, wireType 2 =*/586).fork(), q + 1).ldelim();
                if (m.reach != null && $Object.hasOwnProperty.call(m, "reach"))
                    $root.macula.wire.Reach.encode(m.reach, w.uint32(/* id 80, wireType 2 =*/642).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Frame message from the specified reader or buffer.
             * @function decode
             * @memberof macula.wire.Frame
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {macula.wire.Frame & macula.wire.Frame.$Shape} Frame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Frame.decode = function (r, l, z, q, g) {
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
                m = g || new $root.macula.wire.Frame();
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
                            m.route = $root.macula.wire.Route.decode(r, r.size(), $undefined, q + 1, m.route);
                            continue;
                        }
                    case 10: {
                            if (u !== 2)
                                break;
                            m.connect = $root.macula.wire.Connect.decode(r, r.size(), $undefined, q + 1, m.connect);
                            m.body = "connect";
                            continue;
                        }
                    case 11: {
                            if (u !== 2)
                                break;
                            m.connected = $root.macula.wire.Connected.decode(r, r.size(), $undefined, q + 1, m.connected);
                            m.body = "connected";
                            continue;
                        }
                    case 12: {
                            if (u !== 2)
                                break;
                            m.error = $root.macula.common.Error.decode(r, r.size(), $undefined, q + 1, m.error);
                            m.body = "error";
                            continue;
                        }
                    case 13: {
                            if (u !== 2)
                                break;
                            m.ping = $root.macula.wire.Ping.decode(r, r.size(), $undefined, q + 1, m.ping);
                            m.body = "ping";
                            continue;
                        }
                    case 14: {
                            if (u !== 2)
                                break;
                            m.pong = $root.macula.wire.Pong.decode(r, r.size(), $undefined, q + 1, m.pong);
                            m.body = "pong";
                            continue;
                        }
                    case 15: {
                            if (u !== 2)
                                break;
                            m.goodbye = $root.macula.wire.Goodbye.decode(r, r.size(), $undefined, q + 1, m.goodbye);
                            m.body = "goodbye";
                            continue;
                        }
                    case 20: {
                            if (u !== 2)
                                break;
                            m.publish = $root.macula.wire.Publish.decode(r, r.size(), $undefined, q + 1, m.publish);
                            m.body = "publish";
                            continue;
                        }
                    case 21: {
                            if (u !== 2)
                                break;
                            m.published = $root.macula.wire.Published.decode(r, r.size(), $undefined, q + 1, m.published);
                            m.body = "published";
                            continue;
                        }
                    case 22: {
                            if (u !== 2)
                                break;
                            m.subscribe = $root.macula.wire.Subscribe.decode(r, r.size(), $undefined, q + 1, m.subscribe);
                            m.body = "subscribe";
                            continue;
                        }
                    case 23: {
                            if (u !== 2)
                                break;
                            m.subscribed = $root.macula.wire.Subscribed.decode(r, r.size(), $undefined, q + 1, m.subscribed);
                            m.body = "subscribed";
                            continue;
                        }
                    case 24: {
                            if (u !== 2)
                                break;
                            m.unsubscribe = $root.macula.wire.Unsubscribe.decode(r, r.size(), $undefined, q + 1, m.unsubscribe);
                            m.body = "unsubscribe";
                            continue;
                        }
                    case 25: {
                            if (u !== 2)
                                break;
                            m.event = $root.macula.wire.Event.decode(r, r.size(), $undefined, q + 1, m.event);
                            m.body = "event";
                            continue;
                        }
                    case 40: {
                            if (u !== 2)
                                break;
                            m.call = $root.macula.wire.Call.decode(r, r.size(), $undefined, q + 1, m.call);
                            m.body = "call";
                            continue;
                        }
                    case 41: {
                            if (u !== 2)
                                break;
                            m.result = $root.macula.wire.Result.decode(r, r.size(), $undefined, q + 1, m.result);
                            m.body = "result";
                            continue;
                        }
                    case 42: {
                            if (u !== 2)
                                break;
                            m.advertise = $root.macula.wire.Advertise.decode(r, r.size(), $undefined, q + 1, m.advertise);
                            m.body = "advertise";
                            continue;
                        }
                    case 43: {
                            if (u !== 2)
                                break;
                            m.advertised = $root.macula.wire.Advertised.decode(r, r.size(), $undefined, q + 1, m.advertised);
                            m.body = "advertised";
                            continue;
                        }
                    case 44: {
                            if (u !== 2)
                                break;
                            m.unadvertise = $root.macula.wire.Unadvertise.decode(r, r.size(), $undefined, q + 1, m.unadvertise);
                            m.body = "unadvertise";
                            continue;
                        }
                    case 45: {
                            if (u !== 2)
                                break;
                            m.invocation = $root.macula.wire.Invocation.decode(r, r.size(), $undefined, q + 1, m.invocation);
                            m.body = "invocation";
                            continue;
                        }
                    case 46: {
                            if (u !== 2)
                                break;
                            m["yield"] = $root.macula.wire.Yield.decode(r, r.size(), $undefined, q + 1, m["yield"]);
                            m.body = "yield";
                            continue;
                        }
                    case 47: {
                            if (u !== 2)
                                break;
                            m.invocationError = $root.macula.wire.InvocationError.decode(r, r.size(), $undefined, q + 1, m.invocationError);
                            m.body = "invocationError";
                            continue;
                        }
                    case 60: {
                            if (u !== 2)
                                break;
                            m.dht = $root.macula.dht.Message.decode(r, r.size(), $undefined, q + 1, m.dht);
                            m.body = "dht";
                            continue;
                        }
                    case 70: {
                            if (u !== 2)
                                break;
                            m.interestSnapshot = $root.macula.wire.InterestSnapshot.decode(r, r.size(), $undefined, q + 1, m.interestSnapshot);
                            m.body = "interestSnapshot";
                            continue;
                        }
                    case 71: {
                            if (u !== 2)
                                break;
                            m.interestDelta = $root.macula.wire.InterestDelta.decode(r, r.size(), $undefined, q + 1, m.interestDelta);
                            m.body = "interestDelta";
                            continue;
                        }
                    case 72: {
                            if (u !== 2)
                                break;
                            m.interestResync = $root.macula.wire.InterestResync.decode(r, r.size(), $undefined, q + 1, m.interestResync);
                            m.body = "interestResync";
                            continue;
                        }
                    case 73: {
                            if (u !== 2)
                                break;
                            m.routedEvent = $root.macula.wire.RoutedEvent.decode(r, r.size(), $undefined, q + 1, m.routedEvent);
                            m.body = "routedEvent";
                            continue;
                        }
                    case 80: {
                            if (u !== 2)
                                break;
                            m.reach = $root.macula.wire.Reach.decode(r, r.size(), $undefined, q + 1, m.reach);
                            m.body = "reach";
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
             * Creates a Frame message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof macula.wire.Frame
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {macula.wire.Frame} Frame
             */
            Frame.fromObject = function (d, q) {
                if (d instanceof $root.macula.wire.Frame)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".macula.wire.Frame: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.macula.wire.Frame();
                if (d.route != null) {
                    if (!$util.isObject(d.route))
                        throw $TypeError(".macula.wire.Frame.route: object expected");
                    m.route = $root.macula.wire.Route.fromObject(d.route, q + 1);
                }
                if (d.connect != null) {
                    if (!$util.isObject(d.connect))
                        throw $TypeError(".macula.wire.Frame.connect: object expected");
                    m.connect = $root.macula.wire.Connect.fromObject(d.connect, q + 1);
                }
                if (d.connected != null) {
                    if (!$util.isObject(d.connected))
                        throw $TypeError(".macula.wire.Frame.connected: object expected");
                    m.connected = $root.macula.wire.Connected.fromObject(d.connected, q + 1);
                }
                if (d.error != null) {
                    if (!$util.isObject(d.error))
                        throw $TypeError(".macula.wire.Frame.error: object expected");
                    m.error = $root.macula.common.Error.fromObject(d.error, q + 1);
                }
                if (d.ping != null) {
                    if (!$util.isObject(d.ping))
                        throw $TypeError(".macula.wire.Frame.ping: object expected");
                    m.ping = $root.macula.wire.Ping.fromObject(d.ping, q + 1);
                }
                if (d.pong != null) {
                    if (!$util.isObject(d.pong))
                        throw $TypeError(".macula.wire.Frame.pong: object expected");
                    m.pong = $root.macula.wire.Pong.fromObject(d.pong, q + 1);
                }
                if (d.goodbye != null) {
                    if (!$util.isObject(d.goodbye))
                        throw $TypeError(".macula.wire.Frame.goodbye: object expected");
                    m.goodbye = $root.macula.wire.Goodbye.fromObject(d.goodbye, q + 1);
                }
                if (d.publish != null) {
                    if (!$util.isObject(d.publish))
                        throw $TypeError(".macula.wire.Frame.publish: object expected");
                    m.publish = $root.macula.wire.Publish.fromObject(d.publish, q + 1);
                }
                if (d.published != null) {
                    if (!$util.isObject(d.published))
                        throw $TypeError(".macula.wire.Frame.published: object expected");
                    m.published = $root.macula.wire.Published.fromObject(d.published, q + 1);
                }
                if (d.subscribe != null) {
                    if (!$util.isObject(d.subscribe))
                        throw $TypeError(".macula.wire.Frame.subscribe: object expected");
                    m.subscribe = $root.macula.wire.Subscribe.fromObject(d.subscribe, q + 1);
                }
                if (d.subscribed != null) {
                    if (!$util.isObject(d.subscribed))
                        throw $TypeError(".macula.wire.Frame.subscribed: object expected");
                    m.subscribed = $root.macula.wire.Subscribed.fromObject(d.subscribed, q + 1);
                }
                if (d.unsubscribe != null) {
                    if (!$util.isObject(d.unsubscribe))
                        throw $TypeError(".macula.wire.Frame.unsubscribe: object expected");
                    m.unsubscribe = $root.macula.wire.Unsubscribe.fromObject(d.unsubscribe, q + 1);
                }
                if (d.event != null) {
                    if (!$util.isObject(d.event))
                        throw $TypeError(".macula.wire.Frame.event: object expected");
                    m.event = $root.macula.wire.Event.fromObject(d.event, q + 1);
                }
                if (d.call != null) {
                    if (!$util.isObject(d.call))
                        throw $TypeError(".macula.wire.Frame.call: object expected");
                    m.call = $root.macula.wire.Call.fromObject(d.call, q + 1);
                }
                if (d.result != null) {
                    if (!$util.isObject(d.result))
                        throw $TypeError(".macula.wire.Frame.result: object expected");
                    m.result = $root.macula.wire.Result.fromObject(d.result, q + 1);
                }
                if (d.advertise != null) {
                    if (!$util.isObject(d.advertise))
                        throw $TypeError(".macula.wire.Frame.advertise: object expected");
                    m.advertise = $root.macula.wire.Advertise.fromObject(d.advertise, q + 1);
                }
                if (d.advertised != null) {
                    if (!$util.isObject(d.advertised))
                        throw $TypeError(".macula.wire.Frame.advertised: object expected");
                    m.advertised = $root.macula.wire.Advertised.fromObject(d.advertised, q + 1);
                }
                if (d.unadvertise != null) {
                    if (!$util.isObject(d.unadvertise))
                        throw $TypeError(".macula.wire.Frame.unadvertise: object expected");
                    m.unadvertise = $root.macula.wire.Unadvertise.fromObject(d.unadvertise, q + 1);
                }
                if (d.invocation != null) {
                    if (!$util.isObject(d.invocation))
                        throw $TypeError(".macula.wire.Frame.invocation: object expected");
                    m.invocation = $root.macula.wire.Invocation.fromObject(d.invocation, q + 1);
                }
                if (d["yield"] != null) {
                    if (!$util.isObject(d["yield"]))
                        throw $TypeError(".macula.wire.Frame.yield: object expected");
                    m["yield"] = $root.macula.wire.Yield.fromObject(d["yield"], q + 1);
                }
                if (d.invocationError != null) {
                    if (!$util.isObject(d.invocationError))
                        throw $TypeError(".macula.wire.Frame.invocationError: object expected");
                    m.invocationError = $root.macula.wire.InvocationError.fromObject(d.invocationError, q + 1);
                }
                if (d.dht != null) {
                    if (!$util.isObject(d.dht))
                        throw $TypeError(".macula.wire.Frame.dht: object expected");
                    m.dht = $root.macula.dht.Message.fromObject(d.dht, q + 1);
                }
                if (d.interestSnapshot != null) {
                    if (!$util.isObject(d.interestSnapshot))
                        throw $TypeError(".macula.wire.Frame.interestSnapshot: object expected");
                    m.interestSnapshot = $root.macula.wire.InterestSnapshot.fromObject(d.interestSnapshot, q + 1);
                }
                if (d.interestDelta != null) {
                    if (!$util.isObject(d.interestDelta))
                        throw $TypeError(".macula.wire.Frame.interestDelta: object expected");
                    m.interestDelta = $root.macula.wire.InterestDelta.fromObject(d.interestDelta, q + 1);
                }
                if (d.interestResync != null) {
                    if (!$util.isObject(d.interestResync))
                        throw $TypeError(".macula.wire.Frame.interestResync: object expected");
                    m.interestResync = $root.macula.wire.InterestResync.fromObject(d.interestResync, q + 1);
                }
                if (d.routedEvent != null) {
                    if (!$util.isObject(d.routedEvent))
                        throw $TypeError(".macula.wire.Frame.routedEvent: object expected");
                    m.routedEvent = $root.macula.wire.RoutedEvent.fromObject(d.routedEvent, q + 1);
                }
                if (d.reach != null) {
                    if (!$util.isObject(d.reach))
                        throw $TypeError(".macula.wire.Frame.reach: object expected");
                    m.reach = $root.macula.wire.Reach.fromObject(d.reach, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a Frame message. Also converts values to other types if specified.
             * @function toObject
             * @memberof macula.wire.Frame
             * @static
             * @param {macula.wire.Frame} m Frame
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Frame.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.route = null;
                }
                if (m.route != null && $Object.hasOwnProperty.call(m, "route")) {
                    d.route = $root.macula.wire.Route.toObject(m.route, o, q + 1);
                }
                if (m.connect != null && $Object.hasOwnProperty.call(m, "connect")) {
                    d.connect = $root.macula.wire.Connect.toObject(m.connect, o, q + 1);
                    if (o.oneofs)
                        d.body = "connect";
                }
                if (m.connected != null && $Object.hasOwnProperty.call(m, "connected")) {
                    d.connected = $root.macula.wire.Connected.toObject(m.connected, o, q + 1);
                    if (o.oneofs)
                        d.body = "connected";
                }
                if (m.error != null && $Object.hasOwnProperty.call(m, "error")) {
                    d.error = $root.macula.common.Error.toObject(m.error, o, q + 1);
                    if (o.oneofs)
                        d.body = "error";
                }
                if (m.ping != null && $Object.hasOwnProperty.call(m, "ping")) {
                    d.ping = $root.macula.wire.Ping.toObject(m.ping, o, q + 1);
                    if (o.oneofs)
                        d.body = "ping";
                }
                if (m.pong != null && $Object.hasOwnProperty.call(m, "pong")) {
                    d.pong = $root.macula.wire.Pong.toObject(m.pong, o, q + 1);
                    if (o.oneofs)
                        d.body = "pong";
                }
                if (m.goodbye != null && $Object.hasOwnProperty.call(m, "goodbye")) {
                    d.goodbye = $root.macula.wire.Goodbye.toObject(m.goodbye, o, q + 1);
                    if (o.oneofs)
                        d.body = "goodbye";
                }
                if (m.publish != null && $Object.hasOwnProperty.call(m, "publish")) {
                    d.publish = $root.macula.wire.Publish.toObject(m.publish, o, q + 1);
                    if (o.oneofs)
                        d.body = "publish";
                }
                if (m.published != null && $Object.hasOwnProperty.call(m, "published")) {
                    d.published = $root.macula.wire.Published.toObject(m.published, o, q + 1);
                    if (o.oneofs)
                        d.body = "published";
                }
                if (m.subscribe != null && $Object.hasOwnProperty.call(m, "subscribe")) {
                    d.subscribe = $root.macula.wire.Subscribe.toObject(m.subscribe, o, q + 1);
                    if (o.oneofs)
                        d.body = "subscribe";
                }
                if (m.subscribed != null && $Object.hasOwnProperty.call(m, "subscribed")) {
                    d.subscribed = $root.macula.wire.Subscribed.toObject(m.subscribed, o, q + 1);
                    if (o.oneofs)
                        d.body = "subscribed";
                }
                if (m.unsubscribe != null && $Object.hasOwnProperty.call(m, "unsubscribe")) {
                    d.unsubscribe = $root.macula.wire.Unsubscribe.toObject(m.unsubscribe, o, q + 1);
                    if (o.oneofs)
                        d.body = "unsubscribe";
                }
                if (m.event != null && $Object.hasOwnProperty.call(m, "event")) {
                    d.event = $root.macula.wire.Event.toObject(m.event, o, q + 1);
                    if (o.oneofs)
                        d.body = "event";
                }
                if (m.call != null && $Object.hasOwnProperty.call(m, "call")) {
                    d.call = $root.macula.wire.Call.toObject(m.call, o, q + 1);
                    if (o.oneofs)
                        d.body = "call";
                }
                if (m.result != null && $Object.hasOwnProperty.call(m, "result")) {
                    d.result = $root.macula.wire.Result.toObject(m.result, o, q + 1);
                    if (o.oneofs)
                        d.body = "result";
                }
                if (m.advertise != null && $Object.hasOwnProperty.call(m, "advertise")) {
                    d.advertise = $root.macula.wire.Advertise.toObject(m.advertise, o, q + 1);
                    if (o.oneofs)
                        d.body = "advertise";
                }
                if (m.advertised != null && $Object.hasOwnProperty.call(m, "advertised")) {
                    d.advertised = $root.macula.wire.Advertised.toObject(m.advertised, o, q + 1);
                    if (o.oneofs)
                        d.body = "advertised";
                }
                if (m.unadvertise != null && $Object.hasOwnProperty.call(m, "unadvertise")) {
                    d.unadvertise = $root.macula.wire.Unadvertise.toObject(m.unadvertise, o, q + 1);
                    if (o.oneofs)
                        d.body = "unadvertise";
                }
                if (m.invocation != null && $Object.hasOwnProperty.call(m, "invocation")) {
                    d.invocation = $root.macula.wire.Invocation.toObject(m.invocation, o, q + 1);
                    if (o.oneofs)
                        d.body = "invocation";
                }
                if (m["yield"] != null && $Object.hasOwnProperty.call(m, "yield")) {
                    d["yield"] = $root.macula.wire.Yield.toObject(m["yield"], o, q + 1);
                    if (o.oneofs)
                        d.body = "yield";
                }
                if (m.invocationError != null && $Object.hasOwnProperty.call(m, "invocationError")) {
                    d.invocationError = $root.macula.wire.InvocationError.toObject(m.invocationError, o, q + 1);
                    if (o.oneofs)
                        d.body = "invocationError";
                }
                if (m.dht != null && $Object.hasOwnProperty.call(m, "dht")) {
                    d.dht = $root.macula.dht.Message.toObject(m.dht, o, q + 1);
                    if (o.oneofs)
                        d.body = "dht";
                }
                if (m.interestSnapshot != null && $Object.hasOwnProperty.call(m, "interestSnapshot")) {
                    d.interestSnapshot = $root.macula.wire.InterestSnapshot.toObject(m.interestSnapshot, o, q + 1);
                    if (o.oneofs)
                        d.body = "interestSnapshot";
                }
                if (m.interestDelta != null && $Object.hasOwnProperty.call(m, "interestDelta")) {
                    d.interestDelta = $root.macula.wire.InterestDelta.toObject(m.interestDelta, o, q + 1);
                    if (o.oneofs)
                        d.body = "interestDelta";
                }
                if (m.interestResync != null && $Object.hasOwnProperty.call(m, "interestResync")) {
                    d.interestResync = $root.macula.wire.InterestResync.toObject(m.interestResync, o, q + 1);
                    if (o.oneofs)
                        d.body = "interestResync";
                }
                if (m.routedEvent != null && $Object.hasOwnProperty.call(m, "routedEvent")) {
                    d.routedEvent = $root.macula.wire.RoutedEvent.toObject(m.routedEvent, o, q + 1);
                    if (o.oneofs)
                        d.body = "routedEvent";
                }
                if (m.reach != null && $Object.hasOwnProperty.call(m, "reach")) {
                    d.reach = $root.macula.wire.Reach.toObject(m.reach, o, q + 1);
                    if (o.oneofs)
                        d.body = "reach";
                }
                return d;
            };

            /**
             * Converts this Frame to JSON.
             * @function toJSON
             * @memberof macula.wire.Frame
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Frame.prototype.toJSON = function() {
                return Frame.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Frame
             * @function getTypeUrl
             * @memberof macula.wire.Frame
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Frame.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/macula.wire.Frame";
            };

            return Frame;
        })();

        wire.Route = (function() {

            /**
             * Properties of a Route.
             * @typedef {Object} macula.wire.Route.$Properties
             * @property {string|null} [originNodeId] Route originNodeId
             * @property {string|null} [destinationNodeId] Route destinationNodeId
             * @property {number|null} [hopCount] Route hopCount
             * @property {number|null} [maxHops] Route maxHops
             * @property {string|null} [realm] Route realm
             * @property {number|null} [packetId] Route packetId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Route.
             * @memberof macula.wire
             * @interface IRoute
             * @augments macula.wire.Route.$Properties
             * @deprecated Use macula.wire.Route.$Properties instead.
             */

            /**
             * Shape of a Route.
             * @typedef {macula.wire.Route.$Properties} macula.wire.Route.$Shape
             */

            /**
             * Constructs a new Route.
             * @memberof macula.wire
             * @classdesc Represents a Route.
             * @constructor
             * @param {macula.wire.Route.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Route = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Route originNodeId.
             * @member {string} originNodeId
             * @memberof macula.wire.Route
             * @instance
             */
            Route.prototype.originNodeId = "";

            /**
             * Route destinationNodeId.
             * @member {string} destinationNodeId
             * @memberof macula.wire.Route
             * @instance
             */
            Route.prototype.destinationNodeId = "";

            /**
             * Route hopCount.
             * @member {number} hopCount
             * @memberof macula.wire.Route
             * @instance
             */
            Route.prototype.hopCount = 0;

            /**
             * Route maxHops.
             * @member {number} maxHops
             * @memberof macula.wire.Route
             * @instance
             */
            Route.prototype.maxHops = 0;

            /**
             * Route realm.
             * @member {string} realm
             * @memberof macula.wire.Route
             * @instance
             */
            Route.prototype.realm = "";

            /**
             * Route packetId.
             * @member {number} packetId
             * @memberof macula.wire.Route
             * @instance
             */
            Route.prototype.packetId = 0;

            /**
             * Creates a new Route instance using the specified properties.
             * @function create
             * @memberof macula.wire.Route
             * @static
             * @param {macula.wire.Route.$Properties=} [properties] Properties to set
             * @returns {macula.wire.Route} Route instance
             * @type {{
             *   (properties: macula.wire.Route.$Shape): macula.wire.Route & macula.wire.Route.$Shape;
             *   (properties?: macula.wire.Route.$Properties): macula.wire.Route;
             * }}
             */
            Route.create = function(properties) {
                return new Route(properties);
            };

            /**
             * Encodes the specified Route message. Does not implicitly {@link macula.wire.Route.verify|verify} messages.
             * @function encode
             * @memberof macula.wire.Route
             * @static
             * @param {macula.wire.Route.$Properties} m Route message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Route.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.originNodeId != null && $Object.hasOwnProperty.call(m, "originNodeId") && m.originNodeId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.originNodeId);
                if (m.destinationNodeId != null && $Object.hasOwnProperty.call(m, "destinationNodeId") && m.destinationNodeId !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.destinationNodeId);
                if (m.hopCount != null && $Object.hasOwnProperty.call(m, "hopCount") && m.hopCount !== 0)
                    w.uint32(/* id 3, wireType 0 =*/24).uint32(m.hopCount);
                if (m.maxHops != null && $Object.hasOwnProperty.call(m, "maxHops") && m.maxHops !== 0)
                    w.uint32(/* id 4, wireType 0 =*/32).uint32(m.maxHops);
                if (m.realm != null && $Object.hasOwnProperty.call(m, "realm") && m.realm !== "")
                    w.uint32(/* id 5, wireType 2 =*/42).string(m.realm);
                if (m.packetId != null && $Object.hasOwnProperty.call(m, "packetId") && m.packetId !== 0)
                    w.uint32(/* id 6, wireType 0 =*/48).uint32(m.packetId);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Route message from the specified reader or buffer.
             * @function decode
             * @memberof macula.wire.Route
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {macula.wire.Route & macula.wire.Route.$Shape} Route
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Route.decode = function (r, l, z, q, g) {
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
                m = g || new $root.macula.wire.Route();
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
                                m.originNodeId = v;
                            else
                                delete m.originNodeId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.destinationNodeId = v;
                            else
                                delete m.destinationNodeId;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.hopCount = v;
                            else
                                delete m.hopCount;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.maxHops = v;
                            else
                                delete m.maxHops;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.realm = v;
                            else
                                delete m.realm;
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.packetId = v;
                            else
                                delete m.packetId;
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
             * Creates a Route message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof macula.wire.Route
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {macula.wire.Route} Route
             */
            Route.fromObject = function (d, q) {
                if (d instanceof $root.macula.wire.Route)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".macula.wire.Route: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.macula.wire.Route();
                if (d.originNodeId != null) {
                    if (typeof d.originNodeId !== "string" || d.originNodeId.length) {
                        m.originNodeId = $String(d.originNodeId);
                    }
                }
                if (d.destinationNodeId != null) {
                    if (typeof d.destinationNodeId !== "string" || d.destinationNodeId.length) {
                        m.destinationNodeId = $String(d.destinationNodeId);
                    }
                }
                if (d.hopCount != null) {
                    if ($Number(d.hopCount) !== 0) {
                        m.hopCount = d.hopCount >>> 0;
                    }
                }
                if (d.maxHops != null) {
                    if ($Number(d.maxHops) !== 0) {
                        m.maxHops = d.maxHops >>> 0;
                    }
                }
                if (d.realm != null) {
                    if (typeof d.realm !== "string" || d.realm.length) {
                        m.realm = $String(d.realm);
                    }
                }
                if (d.packetId != null) {
                    if ($Number(d.packetId) !== 0) {
                        m.packetId = d.packetId >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Route message. Also converts values to other types if specified.
             * @function toObject
             * @memberof macula.wire.Route
             * @static
             * @param {macula.wire.Route} m Route
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Route.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.originNodeId = "";
                    d.destinationNodeId = "";
                    d.hopCount = 0;
                    d.maxHops = 0;
                    d.realm = "";
                    d.packetId = 0;
                }
                if (m.originNodeId != null && $Object.hasOwnProperty.call(m, "originNodeId")) {
                    d.originNodeId = m.originNodeId;
                }
                if (m.destinationNodeId != null && $Object.hasOwnProperty.call(m, "destinationNodeId")) {
                    d.destinationNodeId = m.destinationNodeId;
                }
                if (m.hopCount != null && $Object.hasOwnProperty.call(m, "hopCount")) {
                    d.hopCount = m.hopCount;
                }
                if (m.maxHops != null && $Object.hasOwnProperty.call(m, "maxHops")) {
                    d.maxHops = m.maxHops;
                }
                if (m.realm != null && $Object.hasOwnProperty.call(m, "realm")) {
                    d.realm = m.realm;
                }
                if (m.packetId != null && $Object.hasOwnProperty.call(m, "packetId")) {
                    d.packetId = m.packetId;
                }
                return d;
            };

            /**
             * Converts this Route to JSON.
             * @function toJSON
             * @memberof macula.wire.Route
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Route.prototype.toJSON = function() {
                return Route.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Route
             * @function getTypeUrl
             * @memberof macula.wire.Route
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Route.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/macula.wire.Route";
            };

            return Route;
        })();

        wire.Reach = (function() {

            /**
             * Properties of a Reach.
             * @typedef {Object} macula.wire.Reach.$Properties
             * @property {boolean|null} [snapshot] Reach snapshot
             * @property {Array.<macula.wire.ReachEntry.$Properties>|null} [entries] Reach entries
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Reach.
             * @memberof macula.wire
             * @interface IReach
             * @augments macula.wire.Reach.$Properties
             * @deprecated Use macula.wire.Reach.$Properties instead.
             */

            /**
             * Shape of a Reach.
             * @typedef {macula.wire.Reach.$Properties} macula.wire.Reach.$Shape
             */

            /**
             * Constructs a new Reach.
             * @memberof macula.wire
             * @classdesc Represents a Reach.
             * @constructor
             * @param {macula.wire.Reach.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Reach = function (p) {
                this.entries = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Reach snapshot.
             * @member {boolean} snapshot
             * @memberof macula.wire.Reach
             * @instance
             */
            Reach.prototype.snapshot = false;

            /**
             * Reach entries.
             * @member {Array.<macula.wire.ReachEntry.$Properties>} entries
             * @memberof macula.wire.Reach
             * @instance
             */
            Reach.prototype.entries = $util.emptyArray;

            /**
             * Creates a new Reach instance using the specified properties.
             * @function create
             * @memberof macula.wire.Reach
             * @static
             * @param {macula.wire.Reach.$Properties=} [properties] Properties to set
             * @returns {macula.wire.Reach} Reach instance
             * @type {{
             *   (properties: macula.wire.Reach.$Shape): macula.wire.Reach & macula.wire.Reach.$Shape;
             *   (properties?: macula.wire.Reach.$Properties): macula.wire.Reach;
             * }}
             */
            Reach.create = function(properties) {
                return new Reach(properties);
            };

            /**
             * Encodes the specified Reach message. Does not implicitly {@link macula.wire.Reach.verify|verify} messages.
             * @function encode
             * @memberof macula.wire.Reach
             * @static
             * @param {macula.wire.Reach.$Properties} m Reach message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Reach.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.snapshot != null && $Object.hasOwnProperty.call(m, "snapshot") && m.snapshot !== false)
                    w.uint32(/* id 1, wireType 0 =*/8).bool(m.snapshot);
                if (m.entries != null && m.entries.length) {
                    for (var i = 0; i < m.entries.length; ++i)
                        $root.macula.wire.ReachEntry.encode(m.entries[i], w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Reach message from the specified reader or buffer.
             * @function decode
             * @memberof macula.wire.Reach
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {macula.wire.Reach & macula.wire.Reach.$Shape} Reach
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Reach.decode = function (r, l, z, q, g) {
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
                m = g || new $root.macula.wire.Reach();
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
                                m.snapshot = v;
                            else
                                delete m.snapshot;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if (!(m.entries && m.entries.length))
                                m.entries = [];
                            m.entries.push($root.macula.wire.ReachEntry.decode(r, r.size(), $undefined, q + 1));
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
             * Creates a Reach message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof macula.wire.Reach
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {macula.wire.Reach} Reach
             */
            Reach.fromObject = function (d, q) {
                if (d instanceof $root.macula.wire.Reach)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".macula.wire.Reach: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.macula.wire.Reach();
                if (d.snapshot != null) {
                    if (d.snapshot) {
                        m.snapshot = $Boolean(d.snapshot);
                    }
                }
                if (d.entries) {
                    if (!$Array.isArray(d.entries))
                        throw $TypeError(".macula.wire.Reach.entries: array expected");
                    m.entries = $Array(d.entries.length);
                    for (var i = 0; i < d.entries.length; ++i) {
                        if (!$util.isObject(d.entries[i]))
                            throw $TypeError(".macula.wire.Reach.entries: object expected");
                        m.entries[i] = $root.macula.wire.ReachEntry.fromObject(d.entries[i], q + 1);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Reach message. Also converts values to other types if specified.
             * @function toObject
             * @memberof macula.wire.Reach
             * @static
             * @param {macula.wire.Reach} m Reach
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Reach.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.entries = [];
                }
                if (o.defaults) {
                    d.snapshot = false;
                }
                if (m.snapshot != null && $Object.hasOwnProperty.call(m, "snapshot")) {
                    d.snapshot = m.snapshot;
                }
                if (m.entries && m.entries.length) {
                    d.entries = $Array(m.entries.length);
                    for (var j = 0; j < m.entries.length; ++j) {
                        d.entries[j] = $root.macula.wire.ReachEntry.toObject(m.entries[j], o, q + 1);
                    }
                }
                return d;
            };

            /**
             * Converts this Reach to JSON.
             * @function toJSON
             * @memberof macula.wire.Reach
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Reach.prototype.toJSON = function() {
                return Reach.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Reach
             * @function getTypeUrl
             * @memberof macula.wire.Reach
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Reach.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/macula.wire.Reach";
            };

            return Reach;
        })();

        wire.ReachEntry = (function() {

            /**
             * Properties of a ReachEntry.
             * @typedef {Object} macula.wire.ReachEntry.$Properties
             * @property {string|null} [nodeId] ReachEntry nodeId
             * @property {number|null} [hops] ReachEntry hops
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ReachEntry.
             * @memberof macula.wire
             * @interface IReachEntry
             * @augments macula.wire.ReachEntry.$Properties
             * @deprecated Use macula.wire.ReachEntry.$Properties instead.
             */

            /**
             * Shape of a ReachEntry.
             * @typedef {macula.wire.ReachEntry.$Properties} macula.wire.ReachEntry.$Shape
             */

            /**
             * Constructs a new ReachEntry.
             * @memberof macula.wire
             * @classdesc Represents a ReachEntry.
             * @constructor
             * @param {macula.wire.ReachEntry.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ReachEntry = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ReachEntry nodeId.
             * @member {string} nodeId
             * @memberof macula.wire.ReachEntry
             * @instance
             */
            ReachEntry.prototype.nodeId = "";

            /**
             * ReachEntry hops.
             * @member {number} hops
             * @memberof macula.wire.ReachEntry
             * @instance
             */
            ReachEntry.prototype.hops = 0;

            /**
             * Creates a new ReachEntry instance using the specified properties.
             * @function create
             * @memberof macula.wire.ReachEntry
             * @static
             * @param {macula.wire.ReachEntry.$Properties=} [properties] Properties to set
             * @returns {macula.wire.ReachEntry} ReachEntry instance
             * @type {{
             *   (properties: macula.wire.ReachEntry.$Shape): macula.wire.ReachEntry & macula.wire.ReachEntry.$Shape;
             *   (properties?: macula.wire.ReachEntry.$Properties): macula.wire.ReachEntry;
             * }}
             */
            ReachEntry.create = function(properties) {
                return new ReachEntry(properties);
            };

            /**
             * Encodes the specified ReachEntry message. Does not implicitly {@link macula.wire.ReachEntry.verify|verify} messages.
             * @function encode
             * @memberof macula.wire.ReachEntry
             * @static
             * @param {macula.wire.ReachEntry.$Properties} m ReachEntry message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReachEntry.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.nodeId != null && $Object.hasOwnProperty.call(m, "nodeId") && m.nodeId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.nodeId);
                if (m.hops != null && $Object.hasOwnProperty.call(m, "hops") && m.hops !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).uint32(m.hops);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a ReachEntry message from the specified reader or buffer.
             * @function decode
             * @memberof macula.wire.ReachEntry
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {macula.wire.ReachEntry & macula.wire.ReachEntry.$Shape} ReachEntry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReachEntry.decode = function (r, l, z, q, g) {
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
                m = g || new $root.macula.wire.ReachEntry();
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
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.hops = v;
                            else
                                delete m.hops;
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
             * Creates a ReachEntry message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof macula.wire.ReachEntry
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {macula.wire.ReachEntry} ReachEntry
             */
            ReachEntry.fromObject = function (d, q) {
                if (d instanceof $root.macula.wire.ReachEntry)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".macula.wire.ReachEntry: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.macula.wire.ReachEntry();
                if (d.nodeId != null) {
                    if (typeof d.nodeId !== "string" || d.nodeId.length) {
                        m.nodeId = $String(d.nodeId);
                    }
                }
                if (d.hops != null) {
                    if ($Number(d.hops) !== 0) {
                        m.hops = d.hops >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a ReachEntry message. Also converts values to other types if specified.
             * @function toObject
             * @memberof macula.wire.ReachEntry
             * @static
             * @param {macula.wire.ReachEntry} m ReachEntry
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ReachEntry.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.nodeId = "";
                    d.hops = 0;
                }
                if (m.nodeId != null && $Object.hasOwnProperty.call(m, "nodeId")) {
                    d.nodeId = m.nodeId;
                }
                if (m.hops != null && $Object.hasOwnProperty.call(m, "hops")) {
                    d.hops = m.hops;
                }
                return d;
            };

            /**
             * Converts this ReachEntry to JSON.
             * @function toJSON
             * @memberof macula.wire.ReachEntry
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ReachEntry.prototype.toJSON = function() {
                return ReachEntry.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ReachEntry
             * @function getTypeUrl
             * @memberof macula.wire.ReachEntry
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ReachEntry.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/macula.wire.ReachEntry";
            };

            return ReachEntry;
        })();

        wire.Connect = (function() {

            /**
             * Properties of a Connect.
             * @typedef {Object} macula.wire.Connect.$Properties
             * @property {number|null} [protocolVersion] Connect protocolVersion
             * @property {string|null} [realm] Connect realm
             * @property {string|null} [nodeId] Connect nodeId
             * @property {string|null} [clientName] Connect clientName
             * @property {Array.<string>|null} [capabilities] Connect capabilities
             * @property {number|null} [minProtocolVersion] Connect minProtocolVersion
             * @property {macula.wire.ConnectionRole|null} [role] Connect role
             * @property {string|null} [incarnation] Connect incarnation
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Connect.
             * @memberof macula.wire
             * @interface IConnect
             * @augments macula.wire.Connect.$Properties
             * @deprecated Use macula.wire.Connect.$Properties instead.
             */

            /**
             * Shape of a Connect.
             * @typedef {macula.wire.Connect.$Properties} macula.wire.Connect.$Shape
             */

            /**
             * Constructs a new Connect.
             * @memberof macula.wire
             * @classdesc Represents a Connect.
             * @constructor
             * @param {macula.wire.Connect.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Connect = function (p) {
                this.capabilities = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Connect protocolVersion.
             * @member {number} protocolVersion
             * @memberof macula.wire.Connect
             * @instance
             */
            Connect.prototype.protocolVersion = 0;

            /**
             * Connect realm.
             * @member {string} realm
             * @memberof macula.wire.Connect
             * @instance
             */
            Connect.prototype.realm = "";

            /**
             * Connect nodeId.
             * @member {string} nodeId
             * @memberof macula.wire.Connect
             * @instance
             */
            Connect.prototype.nodeId = "";

            /**
             * Connect clientName.
             * @member {string} clientName
             * @memberof macula.wire.Connect
             * @instance
             */
            Connect.prototype.clientName = "";

            /**
             * Connect capabilities.
             * @member {Array.<string>} capabilities
             * @memberof macula.wire.Connect
             * @instance
             */
            Connect.prototype.capabilities = $util.emptyArray;

            /**
             * Connect minProtocolVersion.
             * @member {number} minProtocolVersion
             * @memberof macula.wire.Connect
             * @instance
             */
            Connect.prototype.minProtocolVersion = 0;

            /**
             * Connect role.
             * @member {macula.wire.ConnectionRole} role
             * @memberof macula.wire.Connect
             * @instance
             */
            Connect.prototype.role = 0;

            /**
             * Connect incarnation.
             * @member {string} incarnation
             * @memberof macula.wire.Connect
             * @instance
             */
            Connect.prototype.incarnation = "";

            /**
             * Creates a new Connect instance using the specified properties.
             * @function create
             * @memberof macula.wire.Connect
             * @static
             * @param {macula.wire.Connect.$Properties=} [properties] Properties to set
             * @returns {macula.wire.Connect} Connect instance
             * @type {{
             *   (properties: macula.wire.Connect.$Shape): macula.wire.Connect & macula.wire.Connect.$Shape;
             *   (properties?: macula.wire.Connect.$Properties): macula.wire.Connect;
             * }}
             */
            Connect.create = function(properties) {
                return new Connect(properties);
            };

            /**
             * Encodes the specified Connect message. Does not implicitly {@link macula.wire.Connect.verify|verify} messages.
             * @function encode
             * @memberof macula.wire.Connect
             * @static
             * @param {macula.wire.Connect.$Properties} m Connect message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Connect.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.protocolVersion != null && $Object.hasOwnProperty.call(m, "protocolVersion") && m.protocolVersion !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).uint32(m.protocolVersion);
                if (m.realm != null && $Object.hasOwnProperty.call(m, "realm") && m.realm !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.realm);
                if (m.nodeId != null && $Object.hasOwnProperty.call(m, "nodeId") && m.nodeId !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.nodeId);
                if (m.clientName != null && $Object.hasOwnProperty.call(m, "clientName") && m.clientName !== "")
                    w.uint32(/* id 4, wireType 2 =*/34).string(m.clientName);
                if (m.capabilities != null && m.capabilities.length) {
                    for (var i = 0; i < m.capabilities.length; ++i)
                        w.uint32(/* id 5, wireType 2 =*/42).string(m.capabilities[i]);
                }
                if (m.minProtocolVersion != null && $Object.hasOwnProperty.call(m, "minProtocolVersion") && m.minProtocolVersion !== 0)
                    w.uint32(/* id 6, wireType 0 =*/48).uint32(m.minProtocolVersion);
                if (m.role != null && $Object.hasOwnProperty.call(m, "role") && m.role !== 0)
                    w.uint32(/* id 7, wireType 0 =*/56).int32(m.role);
                if (m.incarnation != null && $Object.hasOwnProperty.call(m, "incarnation") && m.incarnation !== "")
                    w.uint32(/* id 8, wireType 2 =*/66).string(m.incarnation);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Connect message from the specified reader or buffer.
             * @function decode
             * @memberof macula.wire.Connect
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {macula.wire.Connect & macula.wire.Connect.$Shape} Connect
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Connect.decode = function (r, l, z, q, g) {
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
                m = g || new $root.macula.wire.Connect();
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
                                m.protocolVersion = v;
                            else
                                delete m.protocolVersion;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.realm = v;
                            else
                                delete m.realm;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.nodeId = v;
                            else
                                delete m.nodeId;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.clientName = v;
                            else
                                delete m.clientName;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if (!(m.capabilities && m.capabilities.length))
                                m.capabilities = [];
                            m.capabilities.push(r.stringVerify());
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.minProtocolVersion = v;
                            else
                                delete m.minProtocolVersion;
                            continue;
                        }
                    case 7: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.role = v;
                            else
                                delete m.role;
                            continue;
                        }
                    case 8: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.incarnation = v;
                            else
                                delete m.incarnation;
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
             * Creates a Connect message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof macula.wire.Connect
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {macula.wire.Connect} Connect
             */
            Connect.fromObject = function (d, q) {
                if (d instanceof $root.macula.wire.Connect)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".macula.wire.Connect: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.macula.wire.Connect();
                if (d.protocolVersion != null) {
                    if ($Number(d.protocolVersion) !== 0) {
                        m.protocolVersion = d.protocolVersion >>> 0;
                    }
                }
                if (d.realm != null) {
                    if (typeof d.realm !== "string" || d.realm.length) {
                        m.realm = $String(d.realm);
                    }
                }
                if (d.nodeId != null) {
                    if (typeof d.nodeId !== "string" || d.nodeId.length) {
                        m.nodeId = $String(d.nodeId);
                    }
                }
                if (d.clientName != null) {
                    if (typeof d.clientName !== "string" || d.clientName.length) {
                        m.clientName = $String(d.clientName);
                    }
                }
                if (d.capabilities) {
                    if (!$Array.isArray(d.capabilities))
                        throw $TypeError(".macula.wire.Connect.capabilities: array expected");
                    m.capabilities = $Array(d.capabilities.length);
                    for (var i = 0; i < d.capabilities.length; ++i) {
                        m.capabilities[i] = $String(d.capabilities[i]);
                    }
                }
                if (d.minProtocolVersion != null) {
                    if ($Number(d.minProtocolVersion) !== 0) {
                        m.minProtocolVersion = d.minProtocolVersion >>> 0;
                    }
                }
                if (d.role !== 0 && (typeof d.role !== "string" || $root.macula.wire.ConnectionRole[d.role] !== 0)) {
                    switch (d.role) {
                    case "CLIENT":
                    case 0:
                        m.role = 0;
                        break;
                    case "NODE_LINK":
                    case 1:
                        m.role = 1;
                        break;
                    default:
                        if (typeof d.role === "number" && (d.role | 0) === d.role)
                            m.role = d.role;
                    }
                }
                if (d.incarnation != null) {
                    if (typeof d.incarnation !== "string" || d.incarnation.length) {
                        m.incarnation = $String(d.incarnation);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Connect message. Also converts values to other types if specified.
             * @function toObject
             * @memberof macula.wire.Connect
             * @static
             * @param {macula.wire.Connect} m Connect
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Connect.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.capabilities = [];
                }
                if (o.defaults) {
                    d.protocolVersion = 0;
                    d.realm = "";
                    d.nodeId = "";
                    d.clientName = "";
                    d.minProtocolVersion = 0;
                    d.role = o.enums === $String ? "CLIENT" : 0;
                    d.incarnation = "";
                }
                if (m.protocolVersion != null && $Object.hasOwnProperty.call(m, "protocolVersion")) {
                    d.protocolVersion = m.protocolVersion;
                }
                if (m.realm != null && $Object.hasOwnProperty.call(m, "realm")) {
                    d.realm = m.realm;
                }
                if (m.nodeId != null && $Object.hasOwnProperty.call(m, "nodeId")) {
                    d.nodeId = m.nodeId;
                }
                if (m.clientName != null && $Object.hasOwnProperty.call(m, "clientName")) {
                    d.clientName = m.clientName;
                }
                if (m.capabilities && m.capabilities.length) {
                    d.capabilities = $Array(m.capabilities.length);
                    for (var j = 0; j < m.capabilities.length; ++j) {
                        d.capabilities[j] = m.capabilities[j];
                    }
                }
                if (m.minProtocolVersion != null && $Object.hasOwnProperty.call(m, "minProtocolVersion")) {
                    d.minProtocolVersion = m.minProtocolVersion;
                }
                if (m.role != null && $Object.hasOwnProperty.call(m, "role")) {
                    d.role = o.enums === $String ? $root.macula.wire.ConnectionRole[m.role] === $undefined ? m.role : $root.macula.wire.ConnectionRole[m.role] : m.role;
                }
                if (m.incarnation != null && $Object.hasOwnProperty.call(m, "incarnation")) {
                    d.incarnation = m.incarnation;
                }
                return d;
            };

            /**
             * Converts this Connect to JSON.
             * @function toJSON
             * @memberof macula.wire.Connect
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Connect.prototype.toJSON = function() {
                return Connect.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Connect
             * @function getTypeUrl
             * @memberof macula.wire.Connect
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Connect.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/macula.wire.Connect";
            };

            return Connect;
        })();

        /**
         * ConnectionRole enum.
         * @name macula.wire.ConnectionRole
         * @enum {number}
         * @property {number} CLIENT=0 CLIENT value
         * @property {number} NODE_LINK=1 NODE_LINK value
         */
        wire.ConnectionRole = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "CLIENT"] = 0;
            values[valuesById[1] = "NODE_LINK"] = 1;
            return values;
        })();

        wire.Connected = (function() {

            /**
             * Properties of a Connected.
             * @typedef {Object} macula.wire.Connected.$Properties
             * @property {string|null} [nodeId] Connected nodeId
             * @property {string|null} [sessionId] Connected sessionId
             * @property {number|null} [protocolVersion] Connected protocolVersion
             * @property {Array.<string>|null} [realms] Connected realms
             * @property {number|null} [heartbeatMs] Connected heartbeatMs
             * @property {number|null} [maxFrameBytes] Connected maxFrameBytes
             * @property {Array.<string>|null} [capabilities] Connected capabilities
             * @property {string|null} [incarnation] Connected incarnation
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Connected.
             * @memberof macula.wire
             * @interface IConnected
             * @augments macula.wire.Connected.$Properties
             * @deprecated Use macula.wire.Connected.$Properties instead.
             */

            /**
             * Shape of a Connected.
             * @typedef {macula.wire.Connected.$Properties} macula.wire.Connected.$Shape
             */

            /**
             * Constructs a new Connected.
             * @memberof macula.wire
             * @classdesc Represents a Connected.
             * @constructor
             * @param {macula.wire.Connected.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Connected = function (p) {
                this.realms = [];
                this.capabilities = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Connected nodeId.
             * @member {string} nodeId
             * @memberof macula.wire.Connected
             * @instance
             */
            Connected.prototype.nodeId = "";

            /**
             * Connected sessionId.
             * @member {string} sessionId
             * @memberof macula.wire.Connected
             * @instance
             */
            Connected.prototype.sessionId = "";

            /**
             * Connected protocolVersion.
             * @member {number} protocolVersion
             * @memberof macula.wire.Connected
             * @instance
             */
            Connected.prototype.protocolVersion = 0;

            /**
             * Connected realms.
             * @member {Array.<string>} realms
             * @memberof macula.wire.Connected
             * @instance
             */
            Connected.prototype.realms = $util.emptyArray;

            /**
             * Connected heartbeatMs.
             * @member {number} heartbeatMs
             * @memberof macula.wire.Connected
             * @instance
             */
            Connected.prototype.heartbeatMs = 0;

            /**
             * Connected maxFrameBytes.
             * @member {number} maxFrameBytes
             * @memberof macula.wire.Connected
             * @instance
             */
            Connected.prototype.maxFrameBytes = 0;

            /**
             * Connected capabilities.
             * @member {Array.<string>} capabilities
             * @memberof macula.wire.Connected
             * @instance
             */
            Connected.prototype.capabilities = $util.emptyArray;

            /**
             * Connected incarnation.
             * @member {string} incarnation
             * @memberof macula.wire.Connected
             * @instance
             */
            Connected.prototype.incarnation = "";

            /**
             * Creates a new Connected instance using the specified properties.
             * @function create
             * @memberof macula.wire.Connected
             * @static
             * @param {macula.wire.Connected.$Properties=} [properties] Properties to set
             * @returns {macula.wire.Connected} Connected instance
             * @type {{
             *   (properties: macula.wire.Connected.$Shape): macula.wire.Connected & macula.wire.Connected.$Shape;
             *   (properties?: macula.wire.Connected.$Properties): macula.wire.Connected;
             * }}
             */
            Connected.create = function(properties) {
                return new Connected(properties);
            };

            /**
             * Encodes the specified Connected message. Does not implicitly {@link macula.wire.Connected.verify|verify} messages.
             * @function encode
             * @memberof macula.wire.Connected
             * @static
             * @param {macula.wire.Connected.$Properties} m Connected message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Connected.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.nodeId != null && $Object.hasOwnProperty.call(m, "nodeId") && m.nodeId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.nodeId);
                if (m.sessionId != null && $Object.hasOwnProperty.call(m, "sessionId") && m.sessionId !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.sessionId);
                if (m.protocolVersion != null && $Object.hasOwnProperty.call(m, "protocolVersion") && m.protocolVersion !== 0)
                    w.uint32(/* id 3, wireType 0 =*/24).uint32(m.protocolVersion);
                if (m.realms != null && m.realms.length) {
                    for (var i = 0; i < m.realms.length; ++i)
                        w.uint32(/* id 4, wireType 2 =*/34).string(m.realms[i]);
                }
                if (m.heartbeatMs != null && $Object.hasOwnProperty.call(m, "heartbeatMs") && m.heartbeatMs !== 0)
                    w.uint32(/* id 5, wireType 0 =*/40).uint32(m.heartbeatMs);
                if (m.maxFrameBytes != null && $Object.hasOwnProperty.call(m, "maxFrameBytes") && m.maxFrameBytes !== 0)
                    w.uint32(/* id 6, wireType 0 =*/48).uint32(m.maxFrameBytes);
                if (m.capabilities != null && m.capabilities.length) {
                    for (var i = 0; i < m.capabilities.length; ++i)
                        w.uint32(/* id 7, wireType 2 =*/58).string(m.capabilities[i]);
                }
                if (m.incarnation != null && $Object.hasOwnProperty.call(m, "incarnation") && m.incarnation !== "")
                    w.uint32(/* id 8, wireType 2 =*/66).string(m.incarnation);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Connected message from the specified reader or buffer.
             * @function decode
             * @memberof macula.wire.Connected
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {macula.wire.Connected & macula.wire.Connected.$Shape} Connected
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Connected.decode = function (r, l, z, q, g) {
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
                m = g || new $root.macula.wire.Connected();
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
                                m.sessionId = v;
                            else
                                delete m.sessionId;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.protocolVersion = v;
                            else
                                delete m.protocolVersion;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if (!(m.realms && m.realms.length))
                                m.realms = [];
                            m.realms.push(r.stringVerify());
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.heartbeatMs = v;
                            else
                                delete m.heartbeatMs;
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.maxFrameBytes = v;
                            else
                                delete m.maxFrameBytes;
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            if (!(m.capabilities && m.capabilities.length))
                                m.capabilities = [];
                            m.capabilities.push(r.stringVerify());
                            continue;
                        }
                    case 8: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.incarnation = v;
                            else
                                delete m.incarnation;
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
             * Creates a Connected message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof macula.wire.Connected
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {macula.wire.Connected} Connected
             */
            Connected.fromObject = function (d, q) {
                if (d instanceof $root.macula.wire.Connected)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".macula.wire.Connected: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.macula.wire.Connected();
                if (d.nodeId != null) {
                    if (typeof d.nodeId !== "string" || d.nodeId.length) {
                        m.nodeId = $String(d.nodeId);
                    }
                }
                if (d.sessionId != null) {
                    if (typeof d.sessionId !== "string" || d.sessionId.length) {
                        m.sessionId = $String(d.sessionId);
                    }
                }
                if (d.protocolVersion != null) {
                    if ($Number(d.protocolVersion) !== 0) {
                        m.protocolVersion = d.protocolVersion >>> 0;
                    }
                }
                if (d.realms) {
                    if (!$Array.isArray(d.realms))
                        throw $TypeError(".macula.wire.Connected.realms: array expected");
                    m.realms = $Array(d.realms.length);
                    for (var i = 0; i < d.realms.length; ++i) {
                        m.realms[i] = $String(d.realms[i]);
                    }
                }
                if (d.heartbeatMs != null) {
                    if ($Number(d.heartbeatMs) !== 0) {
                        m.heartbeatMs = d.heartbeatMs >>> 0;
                    }
                }
                if (d.maxFrameBytes != null) {
                    if ($Number(d.maxFrameBytes) !== 0) {
                        m.maxFrameBytes = d.maxFrameBytes >>> 0;
                    }
                }
                if (d.capabilities) {
                    if (!$Array.isArray(d.capabilities))
                        throw $TypeError(".macula.wire.Connected.capabilities: array expected");
                    m.capabilities = $Array(d.capabilities.length);
                    for (var i = 0; i < d.capabilities.length; ++i) {
                        m.capabilities[i] = $String(d.capabilities[i]);
                    }
                }
                if (d.incarnation != null) {
                    if (typeof d.incarnation !== "string" || d.incarnation.length) {
                        m.incarnation = $String(d.incarnation);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Connected message. Also converts values to other types if specified.
             * @function toObject
             * @memberof macula.wire.Connected
             * @static
             * @param {macula.wire.Connected} m Connected
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Connected.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.realms = [];
                    d.capabilities = [];
                }
                if (o.defaults) {
                    d.nodeId = "";
                    d.sessionId = "";
                    d.protocolVersion = 0;
                    d.heartbeatMs = 0;
                    d.maxFrameBytes = 0;
                    d.incarnation = "";
                }
                if (m.nodeId != null && $Object.hasOwnProperty.call(m, "nodeId")) {
                    d.nodeId = m.nodeId;
                }
                if (m.sessionId != null && $Object.hasOwnProperty.call(m, "sessionId")) {
                    d.sessionId = m.sessionId;
                }
                if (m.protocolVersion != null && $Object.hasOwnProperty.call(m, "protocolVersion")) {
                    d.protocolVersion = m.protocolVersion;
                }
                if (m.realms && m.realms.length) {
                    d.realms = $Array(m.realms.length);
                    for (var j = 0; j < m.realms.length; ++j) {
                        d.realms[j] = m.realms[j];
                    }
                }
                if (m.heartbeatMs != null && $Object.hasOwnProperty.call(m, "heartbeatMs")) {
                    d.heartbeatMs = m.heartbeatMs;
                }
                if (m.maxFrameBytes != null && $Object.hasOwnProperty.call(m, "maxFrameBytes")) {
                    d.maxFrameBytes = m.maxFrameBytes;
                }
                if (m.capabilities && m.capabilities.length) {
                    d.capabilities = $Array(m.capabilities.length);
                    for (var j = 0; j < m.capabilities.length; ++j) {
                        d.capabilities[j] = m.capabilities[j];
                    }
                }
                if (m.incarnation != null && $Object.hasOwnProperty.call(m, "incarnation")) {
                    d.incarnation = m.incarnation;
                }
                return d;
            };

            /**
             * Converts this Connected to JSON.
             * @function toJSON
             * @memberof macula.wire.Connected
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Connected.prototype.toJSON = function() {
                return Connected.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Connected
             * @function getTypeUrl
             * @memberof macula.wire.Connected
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Connected.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/macula.wire.Connected";
            };

            return Connected;
        })();

        wire.Ping = (function() {

            /**
             * Properties of a Ping.
             * @typedef {Object} macula.wire.Ping.$Properties
             * @property {number|null} [seq] Ping seq
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Ping.
             * @memberof macula.wire
             * @interface IPing
             * @augments macula.wire.Ping.$Properties
             * @deprecated Use macula.wire.Ping.$Properties instead.
             */

            /**
             * Shape of a Ping.
             * @typedef {macula.wire.Ping.$Properties} macula.wire.Ping.$Shape
             */

            /**
             * Constructs a new Ping.
             * @memberof macula.wire
             * @classdesc Represents a Ping.
             * @constructor
             * @param {macula.wire.Ping.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Ping = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Ping seq.
             * @member {number} seq
             * @memberof macula.wire.Ping
             * @instance
             */
            Ping.prototype.seq = 0;

            /**
             * Creates a new Ping instance using the specified properties.
             * @function create
             * @memberof macula.wire.Ping
             * @static
             * @param {macula.wire.Ping.$Properties=} [properties] Properties to set
             * @returns {macula.wire.Ping} Ping instance
             * @type {{
             *   (properties: macula.wire.Ping.$Shape): macula.wire.Ping & macula.wire.Ping.$Shape;
             *   (properties?: macula.wire.Ping.$Properties): macula.wire.Ping;
             * }}
             */
            Ping.create = function(properties) {
                return new Ping(properties);
            };

            /**
             * Encodes the specified Ping message. Does not implicitly {@link macula.wire.Ping.verify|verify} messages.
             * @function encode
             * @memberof macula.wire.Ping
             * @static
             * @param {macula.wire.Ping.$Properties} m Ping message or plain object to encode
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
                if (m.seq != null && $Object.hasOwnProperty.call(m, "seq") && m.seq !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).uint32(m.seq);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Ping message from the specified reader or buffer.
             * @function decode
             * @memberof macula.wire.Ping
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {macula.wire.Ping & macula.wire.Ping.$Shape} Ping
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
                m = g || new $root.macula.wire.Ping();
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
             * Creates a Ping message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof macula.wire.Ping
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {macula.wire.Ping} Ping
             */
            Ping.fromObject = function (d, q) {
                if (d instanceof $root.macula.wire.Ping)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".macula.wire.Ping: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.macula.wire.Ping();
                if (d.seq != null) {
                    if ($Number(d.seq) !== 0) {
                        m.seq = d.seq >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Ping message. Also converts values to other types if specified.
             * @function toObject
             * @memberof macula.wire.Ping
             * @static
             * @param {macula.wire.Ping} m Ping
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
                    d.seq = 0;
                }
                if (m.seq != null && $Object.hasOwnProperty.call(m, "seq")) {
                    d.seq = m.seq;
                }
                return d;
            };

            /**
             * Converts this Ping to JSON.
             * @function toJSON
             * @memberof macula.wire.Ping
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Ping.prototype.toJSON = function() {
                return Ping.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Ping
             * @function getTypeUrl
             * @memberof macula.wire.Ping
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Ping.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/macula.wire.Ping";
            };

            return Ping;
        })();

        wire.Pong = (function() {

            /**
             * Properties of a Pong.
             * @typedef {Object} macula.wire.Pong.$Properties
             * @property {number|null} [seq] Pong seq
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Pong.
             * @memberof macula.wire
             * @interface IPong
             * @augments macula.wire.Pong.$Properties
             * @deprecated Use macula.wire.Pong.$Properties instead.
             */

            /**
             * Shape of a Pong.
             * @typedef {macula.wire.Pong.$Properties} macula.wire.Pong.$Shape
             */

            /**
             * Constructs a new Pong.
             * @memberof macula.wire
             * @classdesc Represents a Pong.
             * @constructor
             * @param {macula.wire.Pong.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Pong = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Pong seq.
             * @member {number} seq
             * @memberof macula.wire.Pong
             * @instance
             */
            Pong.prototype.seq = 0;

            /**
             * Creates a new Pong instance using the specified properties.
             * @function create
             * @memberof macula.wire.Pong
             * @static
             * @param {macula.wire.Pong.$Properties=} [properties] Properties to set
             * @returns {macula.wire.Pong} Pong instance
             * @type {{
             *   (properties: macula.wire.Pong.$Shape): macula.wire.Pong & macula.wire.Pong.$Shape;
             *   (properties?: macula.wire.Pong.$Properties): macula.wire.Pong;
             * }}
             */
            Pong.create = function(properties) {
                return new Pong(properties);
            };

            /**
             * Encodes the specified Pong message. Does not implicitly {@link macula.wire.Pong.verify|verify} messages.
             * @function encode
             * @memberof macula.wire.Pong
             * @static
             * @param {macula.wire.Pong.$Properties} m Pong message or plain object to encode
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
                if (m.seq != null && $Object.hasOwnProperty.call(m, "seq") && m.seq !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).uint32(m.seq);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Pong message from the specified reader or buffer.
             * @function decode
             * @memberof macula.wire.Pong
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {macula.wire.Pong & macula.wire.Pong.$Shape} Pong
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
                m = g || new $root.macula.wire.Pong();
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
             * Creates a Pong message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof macula.wire.Pong
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {macula.wire.Pong} Pong
             */
            Pong.fromObject = function (d, q) {
                if (d instanceof $root.macula.wire.Pong)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".macula.wire.Pong: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.macula.wire.Pong();
                if (d.seq != null) {
                    if ($Number(d.seq) !== 0) {
                        m.seq = d.seq >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Pong message. Also converts values to other types if specified.
             * @function toObject
             * @memberof macula.wire.Pong
             * @static
             * @param {macula.wire.Pong} m Pong
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
                    d.seq = 0;
                }
                if (m.seq != null && $Object.hasOwnProperty.call(m, "seq")) {
                    d.seq = m.seq;
                }
                return d;
            };

            /**
             * Converts this Pong to JSON.
             * @function toJSON
             * @memberof macula.wire.Pong
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Pong.prototype.toJSON = function() {
                return Pong.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Pong
             * @function getTypeUrl
             * @memberof macula.wire.Pong
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Pong.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/macula.wire.Pong";
            };

            return Pong;
        })();

        wire.Goodbye = (function() {

            /**
             * Properties of a Goodbye.
             * @typedef {Object} macula.wire.Goodbye.$Properties
             * @property {string|null} [reason] Goodbye reason
             * @property {number|null} [code] Goodbye code
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Goodbye.
             * @memberof macula.wire
             * @interface IGoodbye
             * @augments macula.wire.Goodbye.$Properties
             * @deprecated Use macula.wire.Goodbye.$Properties instead.
             */

            /**
             * Shape of a Goodbye.
             * @typedef {macula.wire.Goodbye.$Properties} macula.wire.Goodbye.$Shape
             */

            /**
             * Constructs a new Goodbye.
             * @memberof macula.wire
             * @classdesc Represents a Goodbye.
             * @constructor
             * @param {macula.wire.Goodbye.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Goodbye = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Goodbye reason.
             * @member {string} reason
             * @memberof macula.wire.Goodbye
             * @instance
             */
            Goodbye.prototype.reason = "";

            /**
             * Goodbye code.
             * @member {number} code
             * @memberof macula.wire.Goodbye
             * @instance
             */
            Goodbye.prototype.code = 0;

            /**
             * Creates a new Goodbye instance using the specified properties.
             * @function create
             * @memberof macula.wire.Goodbye
             * @static
             * @param {macula.wire.Goodbye.$Properties=} [properties] Properties to set
             * @returns {macula.wire.Goodbye} Goodbye instance
             * @type {{
             *   (properties: macula.wire.Goodbye.$Shape): macula.wire.Goodbye & macula.wire.Goodbye.$Shape;
             *   (properties?: macula.wire.Goodbye.$Properties): macula.wire.Goodbye;
             * }}
             */
            Goodbye.create = function(properties) {
                return new Goodbye(properties);
            };

            /**
             * Encodes the specified Goodbye message. Does not implicitly {@link macula.wire.Goodbye.verify|verify} messages.
             * @function encode
             * @memberof macula.wire.Goodbye
             * @static
             * @param {macula.wire.Goodbye.$Properties} m Goodbye message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Goodbye.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason") && m.reason !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.reason);
                if (m.code != null && $Object.hasOwnProperty.call(m, "code") && m.code !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).uint32(m.code);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Goodbye message from the specified reader or buffer.
             * @function decode
             * @memberof macula.wire.Goodbye
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {macula.wire.Goodbye & macula.wire.Goodbye.$Shape} Goodbye
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Goodbye.decode = function (r, l, z, q, g) {
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
                m = g || new $root.macula.wire.Goodbye();
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
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.code = v;
                            else
                                delete m.code;
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
             * Creates a Goodbye message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof macula.wire.Goodbye
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {macula.wire.Goodbye} Goodbye
             */
            Goodbye.fromObject = function (d, q) {
                if (d instanceof $root.macula.wire.Goodbye)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".macula.wire.Goodbye: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.macula.wire.Goodbye();
                if (d.reason != null) {
                    if (typeof d.reason !== "string" || d.reason.length) {
                        m.reason = $String(d.reason);
                    }
                }
                if (d.code != null) {
                    if ($Number(d.code) !== 0) {
                        m.code = d.code >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Goodbye message. Also converts values to other types if specified.
             * @function toObject
             * @memberof macula.wire.Goodbye
             * @static
             * @param {macula.wire.Goodbye} m Goodbye
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Goodbye.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.reason = "";
                    d.code = 0;
                }
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                    d.reason = m.reason;
                }
                if (m.code != null && $Object.hasOwnProperty.call(m, "code")) {
                    d.code = m.code;
                }
                return d;
            };

            /**
             * Converts this Goodbye to JSON.
             * @function toJSON
             * @memberof macula.wire.Goodbye
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Goodbye.prototype.toJSON = function() {
                return Goodbye.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Goodbye
             * @function getTypeUrl
             * @memberof macula.wire.Goodbye
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Goodbye.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/macula.wire.Goodbye";
            };

            return Goodbye;
        })();

        wire.Publish = (function() {

            /**
             * Properties of a Publish.
             * @typedef {Object} macula.wire.Publish.$Properties
             * @property {string|null} [topic] Publish topic
             * @property {Uint8Array|null} [payload] Publish payload
             * @property {number|null} [qos] Publish qos
             * @property {number|null} [correlationId] Publish correlationId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Publish.
             * @memberof macula.wire
             * @interface IPublish
             * @augments macula.wire.Publish.$Properties
             * @deprecated Use macula.wire.Publish.$Properties instead.
             */

            /**
             * Shape of a Publish.
             * @typedef {macula.wire.Publish.$Properties} macula.wire.Publish.$Shape
             */

            /**
             * Constructs a new Publish.
             * @memberof macula.wire
             * @classdesc Represents a Publish.
             * @constructor
             * @param {macula.wire.Publish.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Publish = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Publish topic.
             * @member {string} topic
             * @memberof macula.wire.Publish
             * @instance
             */
            Publish.prototype.topic = "";

            /**
             * Publish payload.
             * @member {Uint8Array} payload
             * @memberof macula.wire.Publish
             * @instance
             */
            Publish.prototype.payload = $util.newBuffer([]);

            /**
             * Publish qos.
             * @member {number} qos
             * @memberof macula.wire.Publish
             * @instance
             */
            Publish.prototype.qos = 0;

            /**
             * Publish correlationId.
             * @member {number} correlationId
             * @memberof macula.wire.Publish
             * @instance
             */
            Publish.prototype.correlationId = 0;

            /**
             * Creates a new Publish instance using the specified properties.
             * @function create
             * @memberof macula.wire.Publish
             * @static
             * @param {macula.wire.Publish.$Properties=} [properties] Properties to set
             * @returns {macula.wire.Publish} Publish instance
             * @type {{
             *   (properties: macula.wire.Publish.$Shape): macula.wire.Publish & macula.wire.Publish.$Shape;
             *   (properties?: macula.wire.Publish.$Properties): macula.wire.Publish;
             * }}
             */
            Publish.create = function(properties) {
                return new Publish(properties);
            };

            /**
             * Encodes the specified Publish message. Does not implicitly {@link macula.wire.Publish.verify|verify} messages.
             * @function encode
             * @memberof macula.wire.Publish
             * @static
             * @param {macula.wire.Publish.$Properties} m Publish message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Publish.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.topic != null && $Object.hasOwnProperty.call(m, "topic") && m.topic !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.topic);
                if (m.payload != null && $Object.hasOwnProperty.call(m, "payload") && m.payload.length)
                    w.uint32(/* id 2, wireType 2 =*/18).bytes(m.payload);
                if (m.qos != null && $Object.hasOwnProperty.call(m, "qos") && m.qos !== 0)
                    w.uint32(/* id 3, wireType 0 =*/24).uint32(m.qos);
                if (m.correlationId != null && $Object.hasOwnProperty.call(m, "correlationId") && m.correlationId !== 0)
                    w.uint32(/* id 4, wireType 0 =*/32).uint32(m.correlationId);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Publish message from the specified reader or buffer.
             * @function decode
             * @memberof macula.wire.Publish
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {macula.wire.Publish & macula.wire.Publish.$Shape} Publish
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Publish.decode = function (r, l, z, q, g) {
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
                m = g || new $root.macula.wire.Publish();
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
                                m.topic = v;
                            else
                                delete m.topic;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.payload = v;
                            else
                                delete m.payload;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.qos = v;
                            else
                                delete m.qos;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.correlationId = v;
                            else
                                delete m.correlationId;
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
             * Creates a Publish message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof macula.wire.Publish
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {macula.wire.Publish} Publish
             */
            Publish.fromObject = function (d, q) {
                if (d instanceof $root.macula.wire.Publish)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".macula.wire.Publish: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.macula.wire.Publish();
                if (d.topic != null) {
                    if (typeof d.topic !== "string" || d.topic.length) {
                        m.topic = $String(d.topic);
                    }
                }
                if (d.payload != null) {
                    if (d.payload.length) {
                        if (typeof d.payload === "string")
                            $util.base64.decode(d.payload, m.payload = $util.newBuffer($util.base64.length(d.payload)), 0);
                        else if (d.payload.length >= 0)
                            m.payload = d.payload;
                    }
                }
                if (d.qos != null) {
                    if ($Number(d.qos) !== 0) {
                        m.qos = d.qos >>> 0;
                    }
                }
                if (d.correlationId != null) {
                    if ($Number(d.correlationId) !== 0) {
                        m.correlationId = d.correlationId >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Publish message. Also converts values to other types if specified.
             * @function toObject
             * @memberof macula.wire.Publish
             * @static
             * @param {macula.wire.Publish} m Publish
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Publish.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.topic = "";
                    if (o.bytes === $String)
                        d.payload = "";
                    else {
                        d.payload = [];
                        if (o.bytes !== $Array)
                            d.payload = $util.newBuffer(d.payload);
                    }
                    d.qos = 0;
                    d.correlationId = 0;
                }
                if (m.topic != null && $Object.hasOwnProperty.call(m, "topic")) {
                    d.topic = m.topic;
                }
                if (m.payload != null && $Object.hasOwnProperty.call(m, "payload")) {
                    d.payload = o.bytes === $String ? $util.base64.encode(m.payload, 0, m.payload.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.payload) : m.payload;
                }
                if (m.qos != null && $Object.hasOwnProperty.call(m, "qos")) {
                    d.qos = m.qos;
                }
                if (m.correlationId != null && $Object.hasOwnProperty.call(m, "correlationId")) {
                    d.correlationId = m.correlationId;
                }
                return d;
            };

            /**
             * Converts this Publish to JSON.
             * @function toJSON
             * @memberof macula.wire.Publish
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Publish.prototype.toJSON = function() {
                return Publish.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Publish
             * @function getTypeUrl
             * @memberof macula.wire.Publish
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Publish.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/macula.wire.Publish";
            };

            return Publish;
        })();

        wire.Published = (function() {

            /**
             * Properties of a Published.
             * @typedef {Object} macula.wire.Published.$Properties
             * @property {number|null} [correlationId] Published correlationId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Published.
             * @memberof macula.wire
             * @interface IPublished
             * @augments macula.wire.Published.$Properties
             * @deprecated Use macula.wire.Published.$Properties instead.
             */

            /**
             * Shape of a Published.
             * @typedef {macula.wire.Published.$Properties} macula.wire.Published.$Shape
             */

            /**
             * Constructs a new Published.
             * @memberof macula.wire
             * @classdesc Represents a Published.
             * @constructor
             * @param {macula.wire.Published.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Published = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Published correlationId.
             * @member {number} correlationId
             * @memberof macula.wire.Published
             * @instance
             */
            Published.prototype.correlationId = 0;

            /**
             * Creates a new Published instance using the specified properties.
             * @function create
             * @memberof macula.wire.Published
             * @static
             * @param {macula.wire.Published.$Properties=} [properties] Properties to set
             * @returns {macula.wire.Published} Published instance
             * @type {{
             *   (properties: macula.wire.Published.$Shape): macula.wire.Published & macula.wire.Published.$Shape;
             *   (properties?: macula.wire.Published.$Properties): macula.wire.Published;
             * }}
             */
            Published.create = function(properties) {
                return new Published(properties);
            };

            /**
             * Encodes the specified Published message. Does not implicitly {@link macula.wire.Published.verify|verify} messages.
             * @function encode
             * @memberof macula.wire.Published
             * @static
             * @param {macula.wire.Published.$Properties} m Published message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Published.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.correlationId != null && $Object.hasOwnProperty.call(m, "correlationId") && m.correlationId !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).uint32(m.correlationId);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Published message from the specified reader or buffer.
             * @function decode
             * @memberof macula.wire.Published
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {macula.wire.Published & macula.wire.Published.$Shape} Published
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Published.decode = function (r, l, z, q, g) {
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
                m = g || new $root.macula.wire.Published();
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
             * Creates a Published message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof macula.wire.Published
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {macula.wire.Published} Published
             */
            Published.fromObject = function (d, q) {
                if (d instanceof $root.macula.wire.Published)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".macula.wire.Published: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.macula.wire.Published();
                if (d.correlationId != null) {
                    if ($Number(d.correlationId) !== 0) {
                        m.correlationId = d.correlationId >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Published message. Also converts values to other types if specified.
             * @function toObject
             * @memberof macula.wire.Published
             * @static
             * @param {macula.wire.Published} m Published
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Published.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.correlationId = 0;
                }
                if (m.correlationId != null && $Object.hasOwnProperty.call(m, "correlationId")) {
                    d.correlationId = m.correlationId;
                }
                return d;
            };

            /**
             * Converts this Published to JSON.
             * @function toJSON
             * @memberof macula.wire.Published
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Published.prototype.toJSON = function() {
                return Published.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Published
             * @function getTypeUrl
             * @memberof macula.wire.Published
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Published.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/macula.wire.Published";
            };

            return Published;
        })();

        wire.Subscribe = (function() {

            /**
             * Properties of a Subscribe.
             * @typedef {Object} macula.wire.Subscribe.$Properties
             * @property {number|null} [correlationId] Subscribe correlationId
             * @property {string|null} [pattern] Subscribe pattern
             * @property {string|null} [queue] Subscribe queue
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Subscribe.
             * @memberof macula.wire
             * @interface ISubscribe
             * @augments macula.wire.Subscribe.$Properties
             * @deprecated Use macula.wire.Subscribe.$Properties instead.
             */

            /**
             * Shape of a Subscribe.
             * @typedef {macula.wire.Subscribe.$Properties} macula.wire.Subscribe.$Shape
             */

            /**
             * Constructs a new Subscribe.
             * @memberof macula.wire
             * @classdesc Represents a Subscribe.
             * @constructor
             * @param {macula.wire.Subscribe.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Subscribe = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Subscribe correlationId.
             * @member {number} correlationId
             * @memberof macula.wire.Subscribe
             * @instance
             */
            Subscribe.prototype.correlationId = 0;

            /**
             * Subscribe pattern.
             * @member {string} pattern
             * @memberof macula.wire.Subscribe
             * @instance
             */
            Subscribe.prototype.pattern = "";

            /**
             * Subscribe queue.
             * @member {string} queue
             * @memberof macula.wire.Subscribe
             * @instance
             */
            Subscribe.prototype.queue = "";

            /**
             * Creates a new Subscribe instance using the specified properties.
             * @function create
             * @memberof macula.wire.Subscribe
             * @static
             * @param {macula.wire.Subscribe.$Properties=} [properties] Properties to set
             * @returns {macula.wire.Subscribe} Subscribe instance
             * @type {{
             *   (properties: macula.wire.Subscribe.$Shape): macula.wire.Subscribe & macula.wire.Subscribe.$Shape;
             *   (properties?: macula.wire.Subscribe.$Properties): macula.wire.Subscribe;
             * }}
             */
            Subscribe.create = function(properties) {
                return new Subscribe(properties);
            };

            /**
             * Encodes the specified Subscribe message. Does not implicitly {@link macula.wire.Subscribe.verify|verify} messages.
             * @function encode
             * @memberof macula.wire.Subscribe
             * @static
             * @param {macula.wire.Subscribe.$Properties} m Subscribe message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Subscribe.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.correlationId != null && $Object.hasOwnProperty.call(m, "correlationId") && m.correlationId !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).uint32(m.correlationId);
                if (m.pattern != null && $Object.hasOwnProperty.call(m, "pattern") && m.pattern !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.pattern);
                if (m.queue != null && $Object.hasOwnProperty.call(m, "queue") && m.queue !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.queue);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Subscribe message from the specified reader or buffer.
             * @function decode
             * @memberof macula.wire.Subscribe
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {macula.wire.Subscribe & macula.wire.Subscribe.$Shape} Subscribe
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Subscribe.decode = function (r, l, z, q, g) {
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
                m = g || new $root.macula.wire.Subscribe();
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
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.pattern = v;
                            else
                                delete m.pattern;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.queue = v;
                            else
                                delete m.queue;
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
             * Creates a Subscribe message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof macula.wire.Subscribe
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {macula.wire.Subscribe} Subscribe
             */
            Subscribe.fromObject = function (d, q) {
                if (d instanceof $root.macula.wire.Subscribe)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".macula.wire.Subscribe: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.macula.wire.Subscribe();
                if (d.correlationId != null) {
                    if ($Number(d.correlationId) !== 0) {
                        m.correlationId = d.correlationId >>> 0;
                    }
                }
                if (d.pattern != null) {
                    if (typeof d.pattern !== "string" || d.pattern.length) {
                        m.pattern = $String(d.pattern);
                    }
                }
                if (d.queue != null) {
                    if (typeof d.queue !== "string" || d.queue.length) {
                        m.queue = $String(d.queue);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Subscribe message. Also converts values to other types if specified.
             * @function toObject
             * @memberof macula.wire.Subscribe
             * @static
             * @param {macula.wire.Subscribe} m Subscribe
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Subscribe.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.correlationId = 0;
                    d.pattern = "";
                    d.queue = "";
                }
                if (m.correlationId != null && $Object.hasOwnProperty.call(m, "correlationId")) {
                    d.correlationId = m.correlationId;
                }
                if (m.pattern != null && $Object.hasOwnProperty.call(m, "pattern")) {
                    d.pattern = m.pattern;
                }
                if (m.queue != null && $Object.hasOwnProperty.call(m, "queue")) {
                    d.queue = m.queue;
                }
                return d;
            };

            /**
             * Converts this Subscribe to JSON.
             * @function toJSON
             * @memberof macula.wire.Subscribe
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Subscribe.prototype.toJSON = function() {
                return Subscribe.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Subscribe
             * @function getTypeUrl
             * @memberof macula.wire.Subscribe
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Subscribe.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/macula.wire.Subscribe";
            };

            return Subscribe;
        })();

        wire.Subscribed = (function() {

            /**
             * Properties of a Subscribed.
             * @typedef {Object} macula.wire.Subscribed.$Properties
             * @property {number|null} [correlationId] Subscribed correlationId
             * @property {number|null} [subscriptionId] Subscribed subscriptionId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Subscribed.
             * @memberof macula.wire
             * @interface ISubscribed
             * @augments macula.wire.Subscribed.$Properties
             * @deprecated Use macula.wire.Subscribed.$Properties instead.
             */

            /**
             * Shape of a Subscribed.
             * @typedef {macula.wire.Subscribed.$Properties} macula.wire.Subscribed.$Shape
             */

            /**
             * Constructs a new Subscribed.
             * @memberof macula.wire
             * @classdesc Represents a Subscribed.
             * @constructor
             * @param {macula.wire.Subscribed.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Subscribed = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Subscribed correlationId.
             * @member {number} correlationId
             * @memberof macula.wire.Subscribed
             * @instance
             */
            Subscribed.prototype.correlationId = 0;

            /**
             * Subscribed subscriptionId.
             * @member {number} subscriptionId
             * @memberof macula.wire.Subscribed
             * @instance
             */
            Subscribed.prototype.subscriptionId = 0;

            /**
             * Creates a new Subscribed instance using the specified properties.
             * @function create
             * @memberof macula.wire.Subscribed
             * @static
             * @param {macula.wire.Subscribed.$Properties=} [properties] Properties to set
             * @returns {macula.wire.Subscribed} Subscribed instance
             * @type {{
             *   (properties: macula.wire.Subscribed.$Shape): macula.wire.Subscribed & macula.wire.Subscribed.$Shape;
             *   (properties?: macula.wire.Subscribed.$Properties): macula.wire.Subscribed;
             * }}
             */
            Subscribed.create = function(properties) {
                return new Subscribed(properties);
            };

            /**
             * Encodes the specified Subscribed message. Does not implicitly {@link macula.wire.Subscribed.verify|verify} messages.
             * @function encode
             * @memberof macula.wire.Subscribed
             * @static
             * @param {macula.wire.Subscribed.$Properties} m Subscribed message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Subscribed.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.correlationId != null && $Object.hasOwnProperty.call(m, "correlationId") && m.correlationId !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).uint32(m.correlationId);
                if (m.subscriptionId != null && $Object.hasOwnProperty.call(m, "subscriptionId") && m.subscriptionId !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).uint32(m.subscriptionId);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Subscribed message from the specified reader or buffer.
             * @function decode
             * @memberof macula.wire.Subscribed
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {macula.wire.Subscribed & macula.wire.Subscribed.$Shape} Subscribed
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Subscribed.decode = function (r, l, z, q, g) {
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
                m = g || new $root.macula.wire.Subscribed();
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
                                m.subscriptionId = v;
                            else
                                delete m.subscriptionId;
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
             * Creates a Subscribed message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof macula.wire.Subscribed
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {macula.wire.Subscribed} Subscribed
             */
            Subscribed.fromObject = function (d, q) {
                if (d instanceof $root.macula.wire.Subscribed)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".macula.wire.Subscribed: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.macula.wire.Subscribed();
                if (d.correlationId != null) {
                    if ($Number(d.correlationId) !== 0) {
                        m.correlationId = d.correlationId >>> 0;
                    }
                }
                if (d.subscriptionId != null) {
                    if ($Number(d.subscriptionId) !== 0) {
                        m.subscriptionId = d.subscriptionId >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Subscribed message. Also converts values to other types if specified.
             * @function toObject
             * @memberof macula.wire.Subscribed
             * @static
             * @param {macula.wire.Subscribed} m Subscribed
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Subscribed.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.correlationId = 0;
                    d.subscriptionId = 0;
                }
                if (m.correlationId != null && $Object.hasOwnProperty.call(m, "correlationId")) {
                    d.correlationId = m.correlationId;
                }
                if (m.subscriptionId != null && $Object.hasOwnProperty.call(m, "subscriptionId")) {
                    d.subscriptionId = m.subscriptionId;
                }
                return d;
            };

            /**
             * Converts this Subscribed to JSON.
             * @function toJSON
             * @memberof macula.wire.Subscribed
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Subscribed.prototype.toJSON = function() {
                return Subscribed.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Subscribed
             * @function getTypeUrl
             * @memberof macula.wire.Subscribed
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Subscribed.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/macula.wire.Subscribed";
            };

            return Subscribed;
        })();

        wire.Unsubscribe = (function() {

            /**
             * Properties of an Unsubscribe.
             * @typedef {Object} macula.wire.Unsubscribe.$Properties
             * @property {number|null} [subscriptionId] Unsubscribe subscriptionId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Unsubscribe.
             * @memberof macula.wire
             * @interface IUnsubscribe
             * @augments macula.wire.Unsubscribe.$Properties
             * @deprecated Use macula.wire.Unsubscribe.$Properties instead.
             */

            /**
             * Shape of an Unsubscribe.
             * @typedef {macula.wire.Unsubscribe.$Properties} macula.wire.Unsubscribe.$Shape
             */

            /**
             * Constructs a new Unsubscribe.
             * @memberof macula.wire
             * @classdesc Represents an Unsubscribe.
             * @constructor
             * @param {macula.wire.Unsubscribe.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Unsubscribe = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Unsubscribe subscriptionId.
             * @member {number} subscriptionId
             * @memberof macula.wire.Unsubscribe
             * @instance
             */
            Unsubscribe.prototype.subscriptionId = 0;

            /**
             * Creates a new Unsubscribe instance using the specified properties.
             * @function create
             * @memberof macula.wire.Unsubscribe
             * @static
             * @param {macula.wire.Unsubscribe.$Properties=} [properties] Properties to set
             * @returns {macula.wire.Unsubscribe} Unsubscribe instance
             * @type {{
             *   (properties: macula.wire.Unsubscribe.$Shape): macula.wire.Unsubscribe & macula.wire.Unsubscribe.$Shape;
             *   (properties?: macula.wire.Unsubscribe.$Properties): macula.wire.Unsubscribe;
             * }}
             */
            Unsubscribe.create = function(properties) {
                return new Unsubscribe(properties);
            };

            /**
             * Encodes the specified Unsubscribe message. Does not implicitly {@link macula.wire.Unsubscribe.verify|verify} messages.
             * @function encode
             * @memberof macula.wire.Unsubscribe
             * @static
             * @param {macula.wire.Unsubscribe.$Properties} m Unsubscribe message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Unsubscribe.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.subscriptionId != null && $Object.hasOwnProperty.call(m, "subscriptionId") && m.subscriptionId !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).uint32(m.subscriptionId);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes an Unsubscribe message from the specified reader or buffer.
             * @function decode
             * @memberof macula.wire.Unsubscribe
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {macula.wire.Unsubscribe & macula.wire.Unsubscribe.$Shape} Unsubscribe
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Unsubscribe.decode = function (r, l, z, q, g) {
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
                m = g || new $root.macula.wire.Unsubscribe();
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
                                m.subscriptionId = v;
                            else
                                delete m.subscriptionId;
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
             * Creates an Unsubscribe message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof macula.wire.Unsubscribe
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {macula.wire.Unsubscribe} Unsubscribe
             */
            Unsubscribe.fromObject = function (d, q) {
                if (d instanceof $root.macula.wire.Unsubscribe)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".macula.wire.Unsubscribe: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.macula.wire.Unsubscribe();
                if (d.subscriptionId != null) {
                    if ($Number(d.subscriptionId) !== 0) {
                        m.subscriptionId = d.subscriptionId >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an Unsubscribe message. Also converts values to other types if specified.
             * @function toObject
             * @memberof macula.wire.Unsubscribe
             * @static
             * @param {macula.wire.Unsubscribe} m Unsubscribe
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Unsubscribe.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.subscriptionId = 0;
                }
                if (m.subscriptionId != null && $Object.hasOwnProperty.call(m, "subscriptionId")) {
                    d.subscriptionId = m.subscriptionId;
                }
                return d;
            };

            /**
             * Converts this Unsubscribe to JSON.
             * @function toJSON
             * @memberof macula.wire.Unsubscribe
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Unsubscribe.prototype.toJSON = function() {
                return Unsubscribe.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Unsubscribe
             * @function getTypeUrl
             * @memberof macula.wire.Unsubscribe
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Unsubscribe.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/macula.wire.Unsubscribe";
            };

            return Unsubscribe;
        })();

        wire.Event = (function() {

            /**
             * Properties of an Event.
             * @typedef {Object} macula.wire.Event.$Properties
             * @property {number|null} [subscriptionId] Event subscriptionId
             * @property {string|null} [topic] Event topic
             * @property {Uint8Array|null} [payload] Event payload
             * @property {string|null} [publisher] Event publisher
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Event.
             * @memberof macula.wire
             * @interface IEvent
             * @augments macula.wire.Event.$Properties
             * @deprecated Use macula.wire.Event.$Properties instead.
             */

            /**
             * Shape of an Event.
             * @typedef {macula.wire.Event.$Properties} macula.wire.Event.$Shape
             */

            /**
             * Constructs a new Event.
             * @memberof macula.wire
             * @classdesc Represents an Event.
             * @constructor
             * @param {macula.wire.Event.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Event = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Event subscriptionId.
             * @member {number} subscriptionId
             * @memberof macula.wire.Event
             * @instance
             */
            Event.prototype.subscriptionId = 0;

            /**
             * Event topic.
             * @member {string} topic
             * @memberof macula.wire.Event
             * @instance
             */
            Event.prototype.topic = "";

            /**
             * Event payload.
             * @member {Uint8Array} payload
             * @memberof macula.wire.Event
             * @instance
             */
            Event.prototype.payload = $util.newBuffer([]);

            /**
             * Event publisher.
             * @member {string} publisher
             * @memberof macula.wire.Event
             * @instance
             */
            Event.prototype.publisher = "";

            /**
             * Creates a new Event instance using the specified properties.
             * @function create
             * @memberof macula.wire.Event
             * @static
             * @param {macula.wire.Event.$Properties=} [properties] Properties to set
             * @returns {macula.wire.Event} Event instance
             * @type {{
             *   (properties: macula.wire.Event.$Shape): macula.wire.Event & macula.wire.Event.$Shape;
             *   (properties?: macula.wire.Event.$Properties): macula.wire.Event;
             * }}
             */
            Event.create = function(properties) {
                return new Event(properties);
            };

            /**
             * Encodes the specified Event message. Does not implicitly {@link macula.wire.Event.verify|verify} messages.
             * @function encode
             * @memberof macula.wire.Event
             * @static
             * @param {macula.wire.Event.$Properties} m Event message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Event.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.subscriptionId != null && $Object.hasOwnProperty.call(m, "subscriptionId") && m.subscriptionId !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).uint32(m.subscriptionId);
                if (m.topic != null && $Object.hasOwnProperty.call(m, "topic") && m.topic !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.topic);
                if (m.payload != null && $Object.hasOwnProperty.call(m, "payload") && m.payload.length)
                    w.uint32(/* id 3, wireType 2 =*/26).bytes(m.payload);
                if (m.publisher != null && $Object.hasOwnProperty.call(m, "publisher") && m.publisher !== "")
                    w.uint32(/* id 4, wireType 2 =*/34).string(m.publisher);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes an Event message from the specified reader or buffer.
             * @function decode
             * @memberof macula.wire.Event
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {macula.wire.Event & macula.wire.Event.$Shape} Event
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Event.decode = function (r, l, z, q, g) {
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
                m = g || new $root.macula.wire.Event();
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
                                m.subscriptionId = v;
                            else
                                delete m.subscriptionId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.topic = v;
                            else
                                delete m.topic;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.payload = v;
                            else
                                delete m.payload;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.publisher = v;
                            else
                                delete m.publisher;
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
             * Creates an Event message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof macula.wire.Event
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {macula.wire.Event} Event
             */
            Event.fromObject = function (d, q) {
                if (d instanceof $root.macula.wire.Event)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".macula.wire.Event: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.macula.wire.Event();
                if (d.subscriptionId != null) {
                    if ($Number(d.subscriptionId) !== 0) {
                        m.subscriptionId = d.subscriptionId >>> 0;
                    }
                }
                if (d.topic != null) {
                    if (typeof d.topic !== "string" || d.topic.length) {
                        m.topic = $String(d.topic);
                    }
                }
                if (d.payload != null) {
                    if (d.payload.length) {
                        if (typeof d.payload === "string")
                            $util.base64.decode(d.payload, m.payload = $util.newBuffer($util.base64.length(d.payload)), 0);
                        else if (d.payload.length >= 0)
                            m.payload = d.payload;
                    }
                }
                if (d.publisher != null) {
                    if (typeof d.publisher !== "string" || d.publisher.length) {
                        m.publisher = $String(d.publisher);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an Event message. Also converts values to other types if specified.
             * @function toObject
             * @memberof macula.wire.Event
             * @static
             * @param {macula.wire.Event} m Event
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Event.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.subscriptionId = 0;
                    d.topic = "";
                    if (o.bytes === $String)
                        d.payload = "";
                    else {
                        d.payload = [];
                        if (o.bytes !== $Array)
                            d.payload = $util.newBuffer(d.payload);
                    }
                    d.publisher = "";
                }
                if (m.subscriptionId != null && $Object.hasOwnProperty.call(m, "subscriptionId")) {
                    d.subscriptionId = m.subscriptionId;
                }
                if (m.topic != null && $Object.hasOwnProperty.call(m, "topic")) {
                    d.topic = m.topic;
                }
                if (m.payload != null && $Object.hasOwnProperty.call(m, "payload")) {
                    d.payload = o.bytes === $String ? $util.base64.encode(m.payload, 0, m.payload.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.payload) : m.payload;
                }
                if (m.publisher != null && $Object.hasOwnProperty.call(m, "publisher")) {
                    d.publisher = m.publisher;
                }
                return d;
            };

            /**
             * Converts this Event to JSON.
             * @function toJSON
             * @memberof macula.wire.Event
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Event.prototype.toJSON = function() {
                return Event.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Event
             * @function getTypeUrl
             * @memberof macula.wire.Event
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Event.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/macula.wire.Event";
            };

            return Event;
        })();

        wire.Call = (function() {

            /**
             * Properties of a Call.
             * @typedef {Object} macula.wire.Call.$Properties
             * @property {number|null} [correlationId] Call correlationId
             * @property {string|null} [procedure] Call procedure
             * @property {Uint8Array|null} [args] Call args
             * @property {number|null} [timeoutMs] Call timeoutMs
             * @property {string|null} [targetNodeId] Call targetNodeId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Call.
             * @memberof macula.wire
             * @interface ICall
             * @augments macula.wire.Call.$Properties
             * @deprecated Use macula.wire.Call.$Properties instead.
             */

            /**
             * Shape of a Call.
             * @typedef {macula.wire.Call.$Properties} macula.wire.Call.$Shape
             */

            /**
             * Constructs a new Call.
             * @memberof macula.wire
             * @classdesc Represents a Call.
             * @constructor
             * @param {macula.wire.Call.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Call = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Call correlationId.
             * @member {number} correlationId
             * @memberof macula.wire.Call
             * @instance
             */
            Call.prototype.correlationId = 0;

            /**
             * Call procedure.
             * @member {string} procedure
             * @memberof macula.wire.Call
             * @instance
             */
            Call.prototype.procedure = "";

            /**
             * Call args.
             * @member {Uint8Array} args
             * @memberof macula.wire.Call
             * @instance
             */
            Call.prototype.args = $util.newBuffer([]);

            /**
             * Call timeoutMs.
             * @member {number} timeoutMs
             * @memberof macula.wire.Call
             * @instance
             */
            Call.prototype.timeoutMs = 0;

            /**
             * Call targetNodeId.
             * @member {string} targetNodeId
             * @memberof macula.wire.Call
             * @instance
             */
            Call.prototype.targetNodeId = "";

            /**
             * Creates a new Call instance using the specified properties.
             * @function create
             * @memberof macula.wire.Call
             * @static
             * @param {macula.wire.Call.$Properties=} [properties] Properties to set
             * @returns {macula.wire.Call} Call instance
             * @type {{
             *   (properties: macula.wire.Call.$Shape): macula.wire.Call & macula.wire.Call.$Shape;
             *   (properties?: macula.wire.Call.$Properties): macula.wire.Call;
             * }}
             */
            Call.create = function(properties) {
                return new Call(properties);
            };

            /**
             * Encodes the specified Call message. Does not implicitly {@link macula.wire.Call.verify|verify} messages.
             * @function encode
             * @memberof macula.wire.Call
             * @static
             * @param {macula.wire.Call.$Properties} m Call message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Call.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.correlationId != null && $Object.hasOwnProperty.call(m, "correlationId") && m.correlationId !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).uint32(m.correlationId);
                if (m.procedure != null && $Object.hasOwnProperty.call(m, "procedure") && m.procedure !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.procedure);
                if (m.args != null && $Object.hasOwnProperty.call(m, "args") && m.args.length)
                    w.uint32(/* id 3, wireType 2 =*/26).bytes(m.args);
                if (m.timeoutMs != null && $Object.hasOwnProperty.call(m, "timeoutMs") && m.timeoutMs !== 0)
                    w.uint32(/* id 4, wireType 0 =*/32).uint32(m.timeoutMs);
                if (m.targetNodeId != null && $Object.hasOwnProperty.call(m, "targetNodeId") && m.targetNodeId !== "")
                    w.uint32(/* id 5, wireType 2 =*/42).string(m.targetNodeId);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Call message from the specified reader or buffer.
             * @function decode
             * @memberof macula.wire.Call
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {macula.wire.Call & macula.wire.Call.$Shape} Call
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Call.decode = function (r, l, z, q, g) {
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
                m = g || new $root.macula.wire.Call();
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
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.procedure = v;
                            else
                                delete m.procedure;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.args = v;
                            else
                                delete m.args;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.timeoutMs = v;
                            else
                                delete m.timeoutMs;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.targetNodeId = v;
                            else
                                delete m.targetNodeId;
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
             * Creates a Call message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof macula.wire.Call
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {macula.wire.Call} Call
             */
            Call.fromObject = function (d, q) {
                if (d instanceof $root.macula.wire.Call)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".macula.wire.Call: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.macula.wire.Call();
                if (d.correlationId != null) {
                    if ($Number(d.correlationId) !== 0) {
                        m.correlationId = d.correlationId >>> 0;
                    }
                }
                if (d.procedure != null) {
                    if (typeof d.procedure !== "string" || d.procedure.length) {
                        m.procedure = $String(d.procedure);
                    }
                }
                if (d.args != null) {
                    if (d.args.length) {
                        if (typeof d.args === "string")
                            $util.base64.decode(d.args, m.args = $util.newBuffer($util.base64.length(d.args)), 0);
                        else if (d.args.length >= 0)
                            m.args = d.args;
                    }
                }
                if (d.timeoutMs != null) {
                    if ($Number(d.timeoutMs) !== 0) {
                        m.timeoutMs = d.timeoutMs >>> 0;
                    }
                }
                if (d.targetNodeId != null) {
                    if (typeof d.targetNodeId !== "string" || d.targetNodeId.length) {
                        m.targetNodeId = $String(d.targetNodeId);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Call message. Also converts values to other types if specified.
             * @function toObject
             * @memberof macula.wire.Call
             * @static
             * @param {macula.wire.Call} m Call
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Call.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.correlationId = 0;
                    d.procedure = "";
                    if (o.bytes === $String)
                        d.args = "";
                    else {
                        d.args = [];
                        if (o.bytes !== $Array)
                            d.args = $util.newBuffer(d.args);
                    }
                    d.timeoutMs = 0;
                    d.targetNodeId = "";
                }
                if (m.correlationId != null && $Object.hasOwnProperty.call(m, "correlationId")) {
                    d.correlationId = m.correlationId;
                }
                if (m.procedure != null && $Object.hasOwnProperty.call(m, "procedure")) {
                    d.procedure = m.procedure;
                }
                if (m.args != null && $Object.hasOwnProperty.call(m, "args")) {
                    d.args = o.bytes === $String ? $util.base64.encode(m.args, 0, m.args.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.args) : m.args;
                }
                if (m.timeoutMs != null && $Object.hasOwnProperty.call(m, "timeoutMs")) {
                    d.timeoutMs = m.timeoutMs;
                }
                if (m.targetNodeId != null && $Object.hasOwnProperty.call(m, "targetNodeId")) {
                    d.targetNodeId = m.targetNodeId;
                }
                return d;
            };

            /**
             * Converts this Call to JSON.
             * @function toJSON
             * @memberof macula.wire.Call
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Call.prototype.toJSON = function() {
                return Call.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Call
             * @function getTypeUrl
             * @memberof macula.wire.Call
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Call.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/macula.wire.Call";
            };

            return Call;
        })();

        wire.Result = (function() {

            /**
             * Properties of a Result.
             * @typedef {Object} macula.wire.Result.$Properties
             * @property {number|null} [correlationId] Result correlationId
             * @property {Uint8Array|null} [payload] Result payload
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Result.
             * @memberof macula.wire
             * @interface IResult
             * @augments macula.wire.Result.$Properties
             * @deprecated Use macula.wire.Result.$Properties instead.
             */

            /**
             * Shape of a Result.
             * @typedef {macula.wire.Result.$Properties} macula.wire.Result.$Shape
             */

            /**
             * Constructs a new Result.
             * @memberof macula.wire
             * @classdesc Represents a Result.
             * @constructor
             * @param {macula.wire.Result.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Result = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Result correlationId.
             * @member {number} correlationId
             * @memberof macula.wire.Result
             * @instance
             */
            Result.prototype.correlationId = 0;

            /**
             * Result payload.
             * @member {Uint8Array} payload
             * @memberof macula.wire.Result
             * @instance
             */
            Result.prototype.payload = $util.newBuffer([]);

            /**
             * Creates a new Result instance using the specified properties.
             * @function create
             * @memberof macula.wire.Result
             * @static
             * @param {macula.wire.Result.$Properties=} [properties] Properties to set
             * @returns {macula.wire.Result} Result instance
             * @type {{
             *   (properties: macula.wire.Result.$Shape): macula.wire.Result & macula.wire.Result.$Shape;
             *   (properties?: macula.wire.Result.$Properties): macula.wire.Result;
             * }}
             */
            Result.create = function(properties) {
                return new Result(properties);
            };

            /**
             * Encodes the specified Result message. Does not implicitly {@link macula.wire.Result.verify|verify} messages.
             * @function encode
             * @memberof macula.wire.Result
             * @static
             * @param {macula.wire.Result.$Properties} m Result message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Result.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.correlationId != null && $Object.hasOwnProperty.call(m, "correlationId") && m.correlationId !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).uint32(m.correlationId);
                if (m.payload != null && $Object.hasOwnProperty.call(m, "payload") && m.payload.length)
                    w.uint32(/* id 2, wireType 2 =*/18).bytes(m.payload);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Result message from the specified reader or buffer.
             * @function decode
             * @memberof macula.wire.Result
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {macula.wire.Result & macula.wire.Result.$Shape} Result
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Result.decode = function (r, l, z, q, g) {
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
                m = g || new $root.macula.wire.Result();
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
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.payload = v;
                            else
                                delete m.payload;
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
             * Creates a Result message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof macula.wire.Result
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {macula.wire.Result} Result
             */
            Result.fromObject = function (d, q) {
                if (d instanceof $root.macula.wire.Result)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".macula.wire.Result: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.macula.wire.Result();
                if (d.correlationId != null) {
                    if ($Number(d.correlationId) !== 0) {
                        m.correlationId = d.correlationId >>> 0;
                    }
                }
                if (d.payload != null) {
                    if (d.payload.length) {
                        if (typeof d.payload === "string")
                            $util.base64.decode(d.payload, m.payload = $util.newBuffer($util.base64.length(d.payload)), 0);
                        else if (d.payload.length >= 0)
                            m.payload = d.payload;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Result message. Also converts values to other types if specified.
             * @function toObject
             * @memberof macula.wire.Result
             * @static
             * @param {macula.wire.Result} m Result
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Result.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.correlationId = 0;
                    if (o.bytes === $String)
                        d.payload = "";
                    else {
                        d.payload = [];
                        if (o.bytes !== $Array)
                            d.payload = $util.newBuffer(d.payload);
                    }
                }
                if (m.correlationId != null && $Object.hasOwnProperty.call(m, "correlationId")) {
                    d.correlationId = m.correlationId;
                }
                if (m.payload != null && $Object.hasOwnProperty.call(m, "payload")) {
                    d.payload = o.bytes === $String ? $util.base64.encode(m.payload, 0, m.payload.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.payload) : m.payload;
                }
                return d;
            };

            /**
             * Converts this Result to JSON.
             * @function toJSON
             * @memberof macula.wire.Result
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Result.prototype.toJSON = function() {
                return Result.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Result
             * @function getTypeUrl
             * @memberof macula.wire.Result
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Result.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/macula.wire.Result";
            };

            return Result;
        })();

        wire.Advertise = (function() {

            /**
             * Properties of an Advertise.
             * @typedef {Object} macula.wire.Advertise.$Properties
             * @property {number|null} [correlationId] Advertise correlationId
             * @property {string|null} [procedure] Advertise procedure
             * @property {number|null} [ttlMs] Advertise ttlMs
             * @property {Object.<string,string>|null} [metadata] Advertise metadata
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Advertise.
             * @memberof macula.wire
             * @interface IAdvertise
             * @augments macula.wire.Advertise.$Properties
             * @deprecated Use macula.wire.Advertise.$Properties instead.
             */

            /**
             * Shape of an Advertise.
             * @typedef {macula.wire.Advertise.$Properties} macula.wire.Advertise.$Shape
             */

            /**
             * Constructs a new Advertise.
             * @memberof macula.wire
             * @classdesc Represents an Advertise.
             * @constructor
             * @param {macula.wire.Advertise.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Advertise = function (p) {
                this.metadata = {};
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Advertise correlationId.
             * @member {number} correlationId
             * @memberof macula.wire.Advertise
             * @instance
             */
            Advertise.prototype.correlationId = 0;

            /**
             * Advertise procedure.
             * @member {string} procedure
             * @memberof macula.wire.Advertise
             * @instance
             */
            Advertise.prototype.procedure = "";

            /**
             * Advertise ttlMs.
             * @member {number} ttlMs
             * @memberof macula.wire.Advertise
             * @instance
             */
            Advertise.prototype.ttlMs = 0;

            /**
             * Advertise metadata.
             * @member {Object.<string,string>} metadata
             * @memberof macula.wire.Advertise
             * @instance
             */
            Advertise.prototype.metadata = $util.emptyObject;

            /**
             * Creates a new Advertise instance using the specified properties.
             * @function create
             * @memberof macula.wire.Advertise
             * @static
             * @param {macula.wire.Advertise.$Properties=} [properties] Properties to set
             * @returns {macula.wire.Advertise} Advertise instance
             * @type {{
             *   (properties: macula.wire.Advertise.$Shape): macula.wire.Advertise & macula.wire.Advertise.$Shape;
             *   (properties?: macula.wire.Advertise.$Properties): macula.wire.Advertise;
             * }}
             */
            Advertise.create = function(properties) {
                return new Advertise(properties);
            };

            /**
             * Encodes the specified Advertise message. Does not implicitly {@link macula.wire.Advertise.verify|verify} messages.
             * @function encode
             * @memberof macula.wire.Advertise
             * @static
             * @param {macula.wire.Advertise.$Properties} m Advertise message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Advertise.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.correlationId != null && $Object.hasOwnProperty.call(m, "correlationId") && m.correlationId !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).uint32(m.correlationId);
                if (m.procedure != null && $Object.hasOwnProperty.call(m, "procedure") && m.procedure !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.procedure);
                if (m.ttlMs != null && $Object.hasOwnProperty.call(m, "ttlMs") && m.ttlMs !== 0)
                    w.uint32(/* id 3, wireType 0 =*/24).uint32(m.ttlMs);
                if (m.metadata != null && $Object.hasOwnProperty.call(m, "metadata")) {
                    for (var ks = $Object.keys(m.metadata), i = 0; i < ks.length; ++i) {
                        w.uint32(/* id 4, wireType 2 =*/34).fork().uint32(/* id 1, wireType 2 =*/10).string(ks[i]).uint32(/* id 2, wireType 2 =*/18).string(m.metadata[ks[i]]).ldelim();
                    }
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes an Advertise message from the specified reader or buffer.
             * @function decode
             * @memberof macula.wire.Advertise
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {macula.wire.Advertise & macula.wire.Advertise.$Shape} Advertise
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Advertise.decode = function (r, l, z, q, g) {
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
                m = g || new $root.macula.wire.Advertise();
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
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.procedure = v;
                            else
                                delete m.procedure;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.ttlMs = v;
                            else
                                delete m.ttlMs;
                            continue;
                        }
                    case 4: {
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
             * Creates an Advertise message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof macula.wire.Advertise
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {macula.wire.Advertise} Advertise
             */
            Advertise.fromObject = function (d, q) {
                if (d instanceof $root.macula.wire.Advertise)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".macula.wire.Advertise: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.macula.wire.Advertise();
                if (d.correlationId != null) {
                    if ($Number(d.correlationId) !== 0) {
                        m.correlationId = d.correlationId >>> 0;
                    }
                }
                if (d.procedure != null) {
                    if (typeof d.procedure !== "string" || d.procedure.length) {
                        m.procedure = $String(d.procedure);
                    }
                }
                if (d.ttlMs != null) {
                    if ($Number(d.ttlMs) !== 0) {
                        m.ttlMs = d.ttlMs >>> 0;
                    }
                }
                if (d.metadata) {
                    if (!$util.isObject(d.metadata))
                        throw $TypeError(".macula.wire.Advertise.metadata: object expected");
                    m.metadata = {};
                    for (var ks = $Object.keys(d.metadata), i = 0; i < ks.length; ++i) {
                        if (ks[i] === "__proto__")
                            $util.makeProp(m.metadata, ks[i]);
                        m.metadata[ks[i]] = $String(d.metadata[ks[i]]);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an Advertise message. Also converts values to other types if specified.
             * @function toObject
             * @memberof macula.wire.Advertise
             * @static
             * @param {macula.wire.Advertise} m Advertise
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Advertise.toObject = function (m, o, q) {
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
                    d.correlationId = 0;
                    d.procedure = "";
                    d.ttlMs = 0;
                }
                if (m.correlationId != null && $Object.hasOwnProperty.call(m, "correlationId")) {
                    d.correlationId = m.correlationId;
                }
                if (m.procedure != null && $Object.hasOwnProperty.call(m, "procedure")) {
                    d.procedure = m.procedure;
                }
                if (m.ttlMs != null && $Object.hasOwnProperty.call(m, "ttlMs")) {
                    d.ttlMs = m.ttlMs;
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
                return d;
            };

            /**
             * Converts this Advertise to JSON.
             * @function toJSON
             * @memberof macula.wire.Advertise
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Advertise.prototype.toJSON = function() {
                return Advertise.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Advertise
             * @function getTypeUrl
             * @memberof macula.wire.Advertise
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Advertise.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/macula.wire.Advertise";
            };

            return Advertise;
        })();

        wire.Advertised = (function() {

            /**
             * Properties of an Advertised.
             * @typedef {Object} macula.wire.Advertised.$Properties
             * @property {number|null} [correlationId] Advertised correlationId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Advertised.
             * @memberof macula.wire
             * @interface IAdvertised
             * @augments macula.wire.Advertised.$Properties
             * @deprecated Use macula.wire.Advertised.$Properties instead.
             */

            /**
             * Shape of an Advertised.
             * @typedef {macula.wire.Advertised.$Properties} macula.wire.Advertised.$Shape
             */

            /**
             * Constructs a new Advertised.
             * @memberof macula.wire
             * @classdesc Represents an Advertised.
             * @constructor
             * @param {macula.wire.Advertised.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Advertised = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Advertised correlationId.
             * @member {number} correlationId
             * @memberof macula.wire.Advertised
             * @instance
             */
            Advertised.prototype.correlationId = 0;

            /**
             * Creates a new Advertised instance using the specified properties.
             * @function create
             * @memberof macula.wire.Advertised
             * @static
             * @param {macula.wire.Advertised.$Properties=} [properties] Properties to set
             * @returns {macula.wire.Advertised} Advertised instance
             * @type {{
             *   (properties: macula.wire.Advertised.$Shape): macula.wire.Advertised & macula.wire.Advertised.$Shape;
             *   (properties?: macula.wire.Advertised.$Properties): macula.wire.Advertised;
             * }}
             */
            Advertised.create = function(properties) {
                return new Advertised(properties);
            };

            /**
             * Encodes the specified Advertised message. Does not implicitly {@link macula.wire.Advertised.verify|verify} messages.
             * @function encode
             * @memberof macula.wire.Advertised
             * @static
             * @param {macula.wire.Advertised.$Properties} m Advertised message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Advertised.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.correlationId != null && $Object.hasOwnProperty.call(m, "correlationId") && m.correlationId !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).uint32(m.correlationId);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes an Advertised message from the specified reader or buffer.
             * @function decode
             * @memberof macula.wire.Advertised
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {macula.wire.Advertised & macula.wire.Advertised.$Shape} Advertised
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Advertised.decode = function (r, l, z, q, g) {
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
                m = g || new $root.macula.wire.Advertised();
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
             * Creates an Advertised message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof macula.wire.Advertised
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {macula.wire.Advertised} Advertised
             */
            Advertised.fromObject = function (d, q) {
                if (d instanceof $root.macula.wire.Advertised)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".macula.wire.Advertised: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.macula.wire.Advertised();
                if (d.correlationId != null) {
                    if ($Number(d.correlationId) !== 0) {
                        m.correlationId = d.correlationId >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an Advertised message. Also converts values to other types if specified.
             * @function toObject
             * @memberof macula.wire.Advertised
             * @static
             * @param {macula.wire.Advertised} m Advertised
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Advertised.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.correlationId = 0;
                }
                if (m.correlationId != null && $Object.hasOwnProperty.call(m, "correlationId")) {
                    d.correlationId = m.correlationId;
                }
                return d;
            };

            /**
             * Converts this Advertised to JSON.
             * @function toJSON
             * @memberof macula.wire.Advertised
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Advertised.prototype.toJSON = function() {
                return Advertised.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Advertised
             * @function getTypeUrl
             * @memberof macula.wire.Advertised
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Advertised.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/macula.wire.Advertised";
            };

            return Advertised;
        })();

        wire.Unadvertise = (function() {

            /**
             * Properties of an Unadvertise.
             * @typedef {Object} macula.wire.Unadvertise.$Properties
             * @property {string|null} [procedure] Unadvertise procedure
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Unadvertise.
             * @memberof macula.wire
             * @interface IUnadvertise
             * @augments macula.wire.Unadvertise.$Properties
             * @deprecated Use macula.wire.Unadvertise.$Properties instead.
             */

            /**
             * Shape of an Unadvertise.
             * @typedef {macula.wire.Unadvertise.$Properties} macula.wire.Unadvertise.$Shape
             */

            /**
             * Constructs a new Unadvertise.
             * @memberof macula.wire
             * @classdesc Represents an Unadvertise.
             * @constructor
             * @param {macula.wire.Unadvertise.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Unadvertise = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Unadvertise procedure.
             * @member {string} procedure
             * @memberof macula.wire.Unadvertise
             * @instance
             */
            Unadvertise.prototype.procedure = "";

            /**
             * Creates a new Unadvertise instance using the specified properties.
             * @function create
             * @memberof macula.wire.Unadvertise
             * @static
             * @param {macula.wire.Unadvertise.$Properties=} [properties] Properties to set
             * @returns {macula.wire.Unadvertise} Unadvertise instance
             * @type {{
             *   (properties: macula.wire.Unadvertise.$Shape): macula.wire.Unadvertise & macula.wire.Unadvertise.$Shape;
             *   (properties?: macula.wire.Unadvertise.$Properties): macula.wire.Unadvertise;
             * }}
             */
            Unadvertise.create = function(properties) {
                return new Unadvertise(properties);
            };

            /**
             * Encodes the specified Unadvertise message. Does not implicitly {@link macula.wire.Unadvertise.verify|verify} messages.
             * @function encode
             * @memberof macula.wire.Unadvertise
             * @static
             * @param {macula.wire.Unadvertise.$Properties} m Unadvertise message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Unadvertise.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.procedure != null && $Object.hasOwnProperty.call(m, "procedure") && m.procedure !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.procedure);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes an Unadvertise message from the specified reader or buffer.
             * @function decode
             * @memberof macula.wire.Unadvertise
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {macula.wire.Unadvertise & macula.wire.Unadvertise.$Shape} Unadvertise
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Unadvertise.decode = function (r, l, z, q, g) {
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
                m = g || new $root.macula.wire.Unadvertise();
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
                                m.procedure = v;
                            else
                                delete m.procedure;
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
             * Creates an Unadvertise message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof macula.wire.Unadvertise
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {macula.wire.Unadvertise} Unadvertise
             */
            Unadvertise.fromObject = function (d, q) {
                if (d instanceof $root.macula.wire.Unadvertise)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".macula.wire.Unadvertise: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.macula.wire.Unadvertise();
                if (d.procedure != null) {
                    if (typeof d.procedure !== "string" || d.procedure.length) {
                        m.procedure = $String(d.procedure);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an Unadvertise message. Also converts values to other types if specified.
             * @function toObject
             * @memberof macula.wire.Unadvertise
             * @static
             * @param {macula.wire.Unadvertise} m Unadvertise
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Unadvertise.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.procedure = "";
                }
                if (m.procedure != null && $Object.hasOwnProperty.call(m, "procedure")) {
                    d.procedure = m.procedure;
                }
                return d;
            };

            /**
             * Converts this Unadvertise to JSON.
             * @function toJSON
             * @memberof macula.wire.Unadvertise
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Unadvertise.prototype.toJSON = function() {
                return Unadvertise.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Unadvertise
             * @function getTypeUrl
             * @memberof macula.wire.Unadvertise
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Unadvertise.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/macula.wire.Unadvertise";
            };

            return Unadvertise;
        })();

        wire.Invocation = (function() {

            /**
             * Properties of an Invocation.
             * @typedef {Object} macula.wire.Invocation.$Properties
             * @property {number|null} [invocationId] Invocation invocationId
             * @property {string|null} [procedure] Invocation procedure
             * @property {Uint8Array|null} [args] Invocation args
             * @property {number|null} [deadlineMs] Invocation deadlineMs
             * @property {string|null} [caller] Invocation caller
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Invocation.
             * @memberof macula.wire
             * @interface IInvocation
             * @augments macula.wire.Invocation.$Properties
             * @deprecated Use macula.wire.Invocation.$Properties instead.
             */

            /**
             * Shape of an Invocation.
             * @typedef {macula.wire.Invocation.$Properties} macula.wire.Invocation.$Shape
             */

            /**
             * Constructs a new Invocation.
             * @memberof macula.wire
             * @classdesc Represents an Invocation.
             * @constructor
             * @param {macula.wire.Invocation.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Invocation = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Invocation invocationId.
             * @member {number} invocationId
             * @memberof macula.wire.Invocation
             * @instance
             */
            Invocation.prototype.invocationId = 0;

            /**
             * Invocation procedure.
             * @member {string} procedure
             * @memberof macula.wire.Invocation
             * @instance
             */
            Invocation.prototype.procedure = "";

            /**
             * Invocation args.
             * @member {Uint8Array} args
             * @memberof macula.wire.Invocation
             * @instance
             */
            Invocation.prototype.args = $util.newBuffer([]);

            /**
             * Invocation deadlineMs.
             * @member {number} deadlineMs
             * @memberof macula.wire.Invocation
             * @instance
             */
            Invocation.prototype.deadlineMs = 0;

            /**
             * Invocation caller.
             * @member {string} caller
             * @memberof macula.wire.Invocation
             * @instance
             */
            Invocation.prototype.caller = "";

            /**
             * Creates a new Invocation instance using the specified properties.
             * @function create
             * @memberof macula.wire.Invocation
             * @static
             * @param {macula.wire.Invocation.$Properties=} [properties] Properties to set
             * @returns {macula.wire.Invocation} Invocation instance
             * @type {{
             *   (properties: macula.wire.Invocation.$Shape): macula.wire.Invocation & macula.wire.Invocation.$Shape;
             *   (properties?: macula.wire.Invocation.$Properties): macula.wire.Invocation;
             * }}
             */
            Invocation.create = function(properties) {
                return new Invocation(properties);
            };

            /**
             * Encodes the specified Invocation message. Does not implicitly {@link macula.wire.Invocation.verify|verify} messages.
             * @function encode
             * @memberof macula.wire.Invocation
             * @static
             * @param {macula.wire.Invocation.$Properties} m Invocation message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Invocation.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.invocationId != null && $Object.hasOwnProperty.call(m, "invocationId") && m.invocationId !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).uint32(m.invocationId);
                if (m.procedure != null && $Object.hasOwnProperty.call(m, "procedure") && m.procedure !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.procedure);
                if (m.args != null && $Object.hasOwnProperty.call(m, "args") && m.args.length)
                    w.uint32(/* id 3, wireType 2 =*/26).bytes(m.args);
                if (m.deadlineMs != null && $Object.hasOwnProperty.call(m, "deadlineMs") && m.deadlineMs !== 0)
                    w.uint32(/* id 4, wireType 0 =*/32).uint32(m.deadlineMs);
                if (m.caller != null && $Object.hasOwnProperty.call(m, "caller") && m.caller !== "")
                    w.uint32(/* id 5, wireType 2 =*/42).string(m.caller);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes an Invocation message from the specified reader or buffer.
             * @function decode
             * @memberof macula.wire.Invocation
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {macula.wire.Invocation & macula.wire.Invocation.$Shape} Invocation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Invocation.decode = function (r, l, z, q, g) {
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
                m = g || new $root.macula.wire.Invocation();
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
                                m.invocationId = v;
                            else
                                delete m.invocationId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.procedure = v;
                            else
                                delete m.procedure;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.args = v;
                            else
                                delete m.args;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.deadlineMs = v;
                            else
                                delete m.deadlineMs;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.caller = v;
                            else
                                delete m.caller;
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
             * Creates an Invocation message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof macula.wire.Invocation
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {macula.wire.Invocation} Invocation
             */
            Invocation.fromObject = function (d, q) {
                if (d instanceof $root.macula.wire.Invocation)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".macula.wire.Invocation: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.macula.wire.Invocation();
                if (d.invocationId != null) {
                    if ($Number(d.invocationId) !== 0) {
                        m.invocationId = d.invocationId >>> 0;
                    }
                }
                if (d.procedure != null) {
                    if (typeof d.procedure !== "string" || d.procedure.length) {
                        m.procedure = $String(d.procedure);
                    }
                }
                if (d.args != null) {
                    if (d.args.length) {
                        if (typeof d.args === "string")
                            $util.base64.decode(d.args, m.args = $util.newBuffer($util.base64.length(d.args)), 0);
                        else if (d.args.length >= 0)
                            m.args = d.args;
                    }
                }
                if (d.deadlineMs != null) {
                    if ($Number(d.deadlineMs) !== 0) {
                        m.deadlineMs = d.deadlineMs >>> 0;
                    }
                }
                if (d.caller != null) {
                    if (typeof d.caller !== "string" || d.caller.length) {
                        m.caller = $String(d.caller);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an Invocation message. Also converts values to other types if specified.
             * @function toObject
             * @memberof macula.wire.Invocation
             * @static
             * @param {macula.wire.Invocation} m Invocation
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Invocation.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.invocationId = 0;
                    d.procedure = "";
                    if (o.bytes === $String)
                        d.args = "";
                    else {
                        d.args = [];
                        if (o.bytes !== $Array)
                            d.args = $util.newBuffer(d.args);
                    }
                    d.deadlineMs = 0;
                    d.caller = "";
                }
                if (m.invocationId != null && $Object.hasOwnProperty.call(m, "invocationId")) {
                    d.invocationId = m.invocationId;
                }
                if (m.procedure != null && $Object.hasOwnProperty.call(m, "procedure")) {
                    d.procedure = m.procedure;
                }
                if (m.args != null && $Object.hasOwnProperty.call(m, "args")) {
                    d.args = o.bytes === $String ? $util.base64.encode(m.args, 0, m.args.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.args) : m.args;
                }
                if (m.deadlineMs != null && $Object.hasOwnProperty.call(m, "deadlineMs")) {
                    d.deadlineMs = m.deadlineMs;
                }
                if (m.caller != null && $Object.hasOwnProperty.call(m, "caller")) {
                    d.caller = m.caller;
                }
                return d;
            };

            /**
             * Converts this Invocation to JSON.
             * @function toJSON
             * @memberof macula.wire.Invocation
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Invocation.prototype.toJSON = function() {
                return Invocation.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Invocation
             * @function getTypeUrl
             * @memberof macula.wire.Invocation
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Invocation.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/macula.wire.Invocation";
            };

            return Invocation;
        })();

        wire.Yield = (function() {

            /**
             * Properties of a Yield.
             * @typedef {Object} macula.wire.Yield.$Properties
             * @property {number|null} [invocationId] Yield invocationId
             * @property {Uint8Array|null} [payload] Yield payload
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Yield.
             * @memberof macula.wire
             * @interface IYield
             * @augments macula.wire.Yield.$Properties
             * @deprecated Use macula.wire.Yield.$Properties instead.
             */

            /**
             * Shape of a Yield.
             * @typedef {macula.wire.Yield.$Properties} macula.wire.Yield.$Shape
             */

            /**
             * Constructs a new Yield.
             * @memberof macula.wire
             * @classdesc Represents a Yield.
             * @constructor
             * @param {macula.wire.Yield.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Yield = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Yield invocationId.
             * @member {number} invocationId
             * @memberof macula.wire.Yield
             * @instance
             */
            Yield.prototype.invocationId = 0;

            /**
             * Yield payload.
             * @member {Uint8Array} payload
             * @memberof macula.wire.Yield
             * @instance
             */
            Yield.prototype.payload = $util.newBuffer([]);

            /**
             * Creates a new Yield instance using the specified properties.
             * @function create
             * @memberof macula.wire.Yield
             * @static
             * @param {macula.wire.Yield.$Properties=} [properties] Properties to set
             * @returns {macula.wire.Yield} Yield instance
             * @type {{
             *   (properties: macula.wire.Yield.$Shape): macula.wire.Yield & macula.wire.Yield.$Shape;
             *   (properties?: macula.wire.Yield.$Properties): macula.wire.Yield;
             * }}
             */
            Yield.create = function(properties) {
                return new Yield(properties);
            };

            /**
             * Encodes the specified Yield message. Does not implicitly {@link macula.wire.Yield.verify|verify} messages.
             * @function encode
             * @memberof macula.wire.Yield
             * @static
             * @param {macula.wire.Yield.$Properties} m Yield message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Yield.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.invocationId != null && $Object.hasOwnProperty.call(m, "invocationId") && m.invocationId !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).uint32(m.invocationId);
                if (m.payload != null && $Object.hasOwnProperty.call(m, "payload") && m.payload.length)
                    w.uint32(/* id 2, wireType 2 =*/18).bytes(m.payload);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Yield message from the specified reader or buffer.
             * @function decode
             * @memberof macula.wire.Yield
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {macula.wire.Yield & macula.wire.Yield.$Shape} Yield
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Yield.decode = function (r, l, z, q, g) {
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
                m = g || new $root.macula.wire.Yield();
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
                                m.invocationId = v;
                            else
                                delete m.invocationId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.payload = v;
                            else
                                delete m.payload;
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
             * Creates a Yield message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof macula.wire.Yield
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {macula.wire.Yield} Yield
             */
            Yield.fromObject = function (d, q) {
                if (d instanceof $root.macula.wire.Yield)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".macula.wire.Yield: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.macula.wire.Yield();
                if (d.invocationId != null) {
                    if ($Number(d.invocationId) !== 0) {
                        m.invocationId = d.invocationId >>> 0;
                    }
                }
                if (d.payload != null) {
                    if (d.payload.length) {
                        if (typeof d.payload === "string")
                            $util.base64.decode(d.payload, m.payload = $util.newBuffer($util.base64.length(d.payload)), 0);
                        else if (d.payload.length >= 0)
                            m.payload = d.payload;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Yield message. Also converts values to other types if specified.
             * @function toObject
             * @memberof macula.wire.Yield
             * @static
             * @param {macula.wire.Yield} m Yield
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Yield.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.invocationId = 0;
                    if (o.bytes === $String)
                        d.payload = "";
                    else {
                        d.payload = [];
                        if (o.bytes !== $Array)
                            d.payload = $util.newBuffer(d.payload);
                    }
                }
                if (m.invocationId != null && $Object.hasOwnProperty.call(m, "invocationId")) {
                    d.invocationId = m.invocationId;
                }
                if (m.payload != null && $Object.hasOwnProperty.call(m, "payload")) {
                    d.payload = o.bytes === $String ? $util.base64.encode(m.payload, 0, m.payload.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.payload) : m.payload;
                }
                return d;
            };

            /**
             * Converts this Yield to JSON.
             * @function toJSON
             * @memberof macula.wire.Yield
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Yield.prototype.toJSON = function() {
                return Yield.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Yield
             * @function getTypeUrl
             * @memberof macula.wire.Yield
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Yield.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/macula.wire.Yield";
            };

            return Yield;
        })();

        wire.InvocationError = (function() {

            /**
             * Properties of an InvocationError.
             * @typedef {Object} macula.wire.InvocationError.$Properties
             * @property {number|null} [invocationId] InvocationError invocationId
             * @property {string|null} [message] InvocationError message
             * @property {number|null} [code] InvocationError code
             * @property {string|null} [detailsJson] InvocationError detailsJson
             * @property {boolean|null} [declined] InvocationError declined
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an InvocationError.
             * @memberof macula.wire
             * @interface IInvocationError
             * @augments macula.wire.InvocationError.$Properties
             * @deprecated Use macula.wire.InvocationError.$Properties instead.
             */

            /**
             * Shape of an InvocationError.
             * @typedef {macula.wire.InvocationError.$Properties} macula.wire.InvocationError.$Shape
             */

            /**
             * Constructs a new InvocationError.
             * @memberof macula.wire
             * @classdesc Represents an InvocationError.
             * @constructor
             * @param {macula.wire.InvocationError.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const InvocationError = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * InvocationError invocationId.
             * @member {number} invocationId
             * @memberof macula.wire.InvocationError
             * @instance
             */
            InvocationError.prototype.invocationId = 0;

            /**
             * InvocationError message.
             * @member {string} message
             * @memberof macula.wire.InvocationError
             * @instance
             */
            InvocationError.prototype.message = "";

            /**
             * InvocationError code.
             * @member {number} code
             * @memberof macula.wire.InvocationError
             * @instance
             */
            InvocationError.prototype.code = 0;

            /**
             * InvocationError detailsJson.
             * @member {string} detailsJson
             * @memberof macula.wire.InvocationError
             * @instance
             */
            InvocationError.prototype.detailsJson = "";

            /**
             * InvocationError declined.
             * @member {boolean} declined
             * @memberof macula.wire.InvocationError
             * @instance
             */
            InvocationError.prototype.declined = false;

            /**
             * Creates a new InvocationError instance using the specified properties.
             * @function create
             * @memberof macula.wire.InvocationError
             * @static
             * @param {macula.wire.InvocationError.$Properties=} [properties] Properties to set
             * @returns {macula.wire.InvocationError} InvocationError instance
             * @type {{
             *   (properties: macula.wire.InvocationError.$Shape): macula.wire.InvocationError & macula.wire.InvocationError.$Shape;
             *   (properties?: macula.wire.InvocationError.$Properties): macula.wire.InvocationError;
             * }}
             */
            InvocationError.create = function(properties) {
                return new InvocationError(properties);
            };

            /**
             * Encodes the specified InvocationError message. Does not implicitly {@link macula.wire.InvocationError.verify|verify} messages.
             * @function encode
             * @memberof macula.wire.InvocationError
             * @static
             * @param {macula.wire.InvocationError.$Properties} m InvocationError message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            InvocationError.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.invocationId != null && $Object.hasOwnProperty.call(m, "invocationId") && m.invocationId !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).uint32(m.invocationId);
                if (m.message != null && $Object.hasOwnProperty.call(m, "message") && m.message !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.message);
                if (m.code != null && $Object.hasOwnProperty.call(m, "code") && m.code !== 0)
                    w.uint32(/* id 3, wireType 0 =*/24).uint32(m.code);
                if (m.detailsJson != null && $Object.hasOwnProperty.call(m, "detailsJson") && m.detailsJson !== "")
                    w.uint32(/* id 4, wireType 2 =*/34).string(m.detailsJson);
                if (m.declined != null && $Object.hasOwnProperty.call(m, "declined") && m.declined !== false)
                    w.uint32(/* id 5, wireType 0 =*/40).bool(m.declined);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes an InvocationError message from the specified reader or buffer.
             * @function decode
             * @memberof macula.wire.InvocationError
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {macula.wire.InvocationError & macula.wire.InvocationError.$Shape} InvocationError
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            InvocationError.decode = function (r, l, z, q, g) {
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
                m = g || new $root.macula.wire.InvocationError();
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
                                m.invocationId = v;
                            else
                                delete m.invocationId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.message = v;
                            else
                                delete m.message;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.code = v;
                            else
                                delete m.code;
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
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.declined = v;
                            else
                                delete m.declined;
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
             * Creates an InvocationError message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof macula.wire.InvocationError
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {macula.wire.InvocationError} InvocationError
             */
            InvocationError.fromObject = function (d, q) {
                if (d instanceof $root.macula.wire.InvocationError)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".macula.wire.InvocationError: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.macula.wire.InvocationError();
                if (d.invocationId != null) {
                    if ($Number(d.invocationId) !== 0) {
                        m.invocationId = d.invocationId >>> 0;
                    }
                }
                if (d.message != null) {
                    if (typeof d.message !== "string" || d.message.length) {
                        m.message = $String(d.message);
                    }
                }
                if (d.code != null) {
                    if ($Number(d.code) !== 0) {
                        m.code = d.code >>> 0;
                    }
                }
                if (d.detailsJson != null) {
                    if (typeof d.detailsJson !== "string" || d.detailsJson.length) {
                        m.detailsJson = $String(d.detailsJson);
                    }
                }
                if (d.declined != null) {
                    if (d.declined) {
                        m.declined = $Boolean(d.declined);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an InvocationError message. Also converts values to other types if specified.
             * @function toObject
             * @memberof macula.wire.InvocationError
             * @static
             * @param {macula.wire.InvocationError} m InvocationError
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            InvocationError.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.invocationId = 0;
                    d.message = "";
                    d.code = 0;
                    d.detailsJson = "";
                    d.declined = false;
                }
                if (m.invocationId != null && $Object.hasOwnProperty.call(m, "invocationId")) {
                    d.invocationId = m.invocationId;
                }
                if (m.message != null && $Object.hasOwnProperty.call(m, "message")) {
                    d.message = m.message;
                }
                if (m.code != null && $Object.hasOwnProperty.call(m, "code")) {
                    d.code = m.code;
                }
                if (m.detailsJson != null && $Object.hasOwnProperty.call(m, "detailsJson")) {
                    d.detailsJson = m.detailsJson;
                }
                if (m.declined != null && $Object.hasOwnProperty.call(m, "declined")) {
                    d.declined = m.declined;
                }
                return d;
            };

            /**
             * Converts this InvocationError to JSON.
             * @function toJSON
             * @memberof macula.wire.InvocationError
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            InvocationError.prototype.toJSON = function() {
                return InvocationError.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for InvocationError
             * @function getTypeUrl
             * @memberof macula.wire.InvocationError
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            InvocationError.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/macula.wire.InvocationError";
            };

            return InvocationError;
        })();

        wire.InterestEntry = (function() {

            /**
             * Properties of an InterestEntry.
             * @typedef {Object} macula.wire.InterestEntry.$Properties
             * @property {string|null} [pattern] InterestEntry pattern
             * @property {string|null} [queue] InterestEntry queue
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an InterestEntry.
             * @memberof macula.wire
             * @interface IInterestEntry
             * @augments macula.wire.InterestEntry.$Properties
             * @deprecated Use macula.wire.InterestEntry.$Properties instead.
             */

            /**
             * Shape of an InterestEntry.
             * @typedef {macula.wire.InterestEntry.$Properties} macula.wire.InterestEntry.$Shape
             */

            /**
             * Constructs a new InterestEntry.
             * @memberof macula.wire
             * @classdesc Represents an InterestEntry.
             * @constructor
             * @param {macula.wire.InterestEntry.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const InterestEntry = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * InterestEntry pattern.
             * @member {string} pattern
             * @memberof macula.wire.InterestEntry
             * @instance
             */
            InterestEntry.prototype.pattern = "";

            /**
             * InterestEntry queue.
             * @member {string} queue
             * @memberof macula.wire.InterestEntry
             * @instance
             */
            InterestEntry.prototype.queue = "";

            /**
             * Creates a new InterestEntry instance using the specified properties.
             * @function create
             * @memberof macula.wire.InterestEntry
             * @static
             * @param {macula.wire.InterestEntry.$Properties=} [properties] Properties to set
             * @returns {macula.wire.InterestEntry} InterestEntry instance
             * @type {{
             *   (properties: macula.wire.InterestEntry.$Shape): macula.wire.InterestEntry & macula.wire.InterestEntry.$Shape;
             *   (properties?: macula.wire.InterestEntry.$Properties): macula.wire.InterestEntry;
             * }}
             */
            InterestEntry.create = function(properties) {
                return new InterestEntry(properties);
            };

            /**
             * Encodes the specified InterestEntry message. Does not implicitly {@link macula.wire.InterestEntry.verify|verify} messages.
             * @function encode
             * @memberof macula.wire.InterestEntry
             * @static
             * @param {macula.wire.InterestEntry.$Properties} m InterestEntry message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            InterestEntry.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.pattern != null && $Object.hasOwnProperty.call(m, "pattern") && m.pattern !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.pattern);
                if (m.queue != null && $Object.hasOwnProperty.call(m, "queue") && m.queue !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.queue);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes an InterestEntry message from the specified reader or buffer.
             * @function decode
             * @memberof macula.wire.InterestEntry
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {macula.wire.InterestEntry & macula.wire.InterestEntry.$Shape} InterestEntry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            InterestEntry.decode = function (r, l, z, q, g) {
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
                m = g || new $root.macula.wire.InterestEntry();
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
                                m.pattern = v;
                            else
                                delete m.pattern;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.queue = v;
                            else
                                delete m.queue;
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
             * Creates an InterestEntry message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof macula.wire.InterestEntry
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {macula.wire.InterestEntry} InterestEntry
             */
            InterestEntry.fromObject = function (d, q) {
                if (d instanceof $root.macula.wire.InterestEntry)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".macula.wire.InterestEntry: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.macula.wire.InterestEntry();
                if (d.pattern != null) {
                    if (typeof d.pattern !== "string" || d.pattern.length) {
                        m.pattern = $String(d.pattern);
                    }
                }
                if (d.queue != null) {
                    if (typeof d.queue !== "string" || d.queue.length) {
                        m.queue = $String(d.queue);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an InterestEntry message. Also converts values to other types if specified.
             * @function toObject
             * @memberof macula.wire.InterestEntry
             * @static
             * @param {macula.wire.InterestEntry} m InterestEntry
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            InterestEntry.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.pattern = "";
                    d.queue = "";
                }
                if (m.pattern != null && $Object.hasOwnProperty.call(m, "pattern")) {
                    d.pattern = m.pattern;
                }
                if (m.queue != null && $Object.hasOwnProperty.call(m, "queue")) {
                    d.queue = m.queue;
                }
                return d;
            };

            /**
             * Converts this InterestEntry to JSON.
             * @function toJSON
             * @memberof macula.wire.InterestEntry
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            InterestEntry.prototype.toJSON = function() {
                return InterestEntry.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for InterestEntry
             * @function getTypeUrl
             * @memberof macula.wire.InterestEntry
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            InterestEntry.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/macula.wire.InterestEntry";
            };

            return InterestEntry;
        })();

        wire.InterestSnapshot = (function() {

            /**
             * Properties of an InterestSnapshot.
             * @typedef {Object} macula.wire.InterestSnapshot.$Properties
             * @property {number|null} [seq] InterestSnapshot seq
             * @property {boolean|null} [begin] InterestSnapshot begin
             * @property {boolean|null} [end] InterestSnapshot end
             * @property {Array.<macula.wire.InterestEntry.$Properties>|null} [entries] InterestSnapshot entries
             * @property {Array.<macula.wire.MeshMember.$Properties>|null} [members] InterestSnapshot members
             * @property {number|null} [cellBits] InterestSnapshot cellBits
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an InterestSnapshot.
             * @memberof macula.wire
             * @interface IInterestSnapshot
             * @augments macula.wire.InterestSnapshot.$Properties
             * @deprecated Use macula.wire.InterestSnapshot.$Properties instead.
             */

            /**
             * Shape of an InterestSnapshot.
             * @typedef {macula.wire.InterestSnapshot.$Properties} macula.wire.InterestSnapshot.$Shape
             */

            /**
             * Constructs a new InterestSnapshot.
             * @memberof macula.wire
             * @classdesc Represents an InterestSnapshot.
             * @constructor
             * @param {macula.wire.InterestSnapshot.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const InterestSnapshot = function (p) {
                this.entries = [];
                this.members = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * InterestSnapshot seq.
             * @member {number} seq
             * @memberof macula.wire.InterestSnapshot
             * @instance
             */
            InterestSnapshot.prototype.seq = 0;

            /**
             * InterestSnapshot begin.
             * @member {boolean} begin
             * @memberof macula.wire.InterestSnapshot
             * @instance
             */
            InterestSnapshot.prototype.begin = false;

            /**
             * InterestSnapshot end.
             * @member {boolean} end
             * @memberof macula.wire.InterestSnapshot
             * @instance
             */
            InterestSnapshot.prototype.end = false;

            /**
             * InterestSnapshot entries.
             * @member {Array.<macula.wire.InterestEntry.$Properties>} entries
             * @memberof macula.wire.InterestSnapshot
             * @instance
             */
            InterestSnapshot.prototype.entries = $util.emptyArray;

            /**
             * InterestSnapshot members.
             * @member {Array.<macula.wire.MeshMember.$Properties>} members
             * @memberof macula.wire.InterestSnapshot
             * @instance
             */
            InterestSnapshot.prototype.members = $util.emptyArray;

            /**
             * InterestSnapshot cellBits.
             * @member {number} cellBits
             * @memberof macula.wire.InterestSnapshot
             * @instance
             */
            InterestSnapshot.prototype.cellBits = 0;

            /**
             * Creates a new InterestSnapshot instance using the specified properties.
             * @function create
             * @memberof macula.wire.InterestSnapshot
             * @static
             * @param {macula.wire.InterestSnapshot.$Properties=} [properties] Properties to set
             * @returns {macula.wire.InterestSnapshot} InterestSnapshot instance
             * @type {{
             *   (properties: macula.wire.InterestSnapshot.$Shape): macula.wire.InterestSnapshot & macula.wire.InterestSnapshot.$Shape;
             *   (properties?: macula.wire.InterestSnapshot.$Properties): macula.wire.InterestSnapshot;
             * }}
             */
            InterestSnapshot.create = function(properties) {
                return new InterestSnapshot(properties);
            };

            /**
             * Encodes the specified InterestSnapshot message. Does not implicitly {@link macula.wire.InterestSnapshot.verify|verify} messages.
             * @function encode
             * @memberof macula.wire.InterestSnapshot
             * @static
             * @param {macula.wire.InterestSnapshot.$Properties} m InterestSnapshot message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            InterestSnapshot.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.seq != null && $Object.hasOwnProperty.call(m, "seq") && m.seq !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).uint32(m.seq);
                if (m.begin != null && $Object.hasOwnProperty.call(m, "begin") && m.begin !== false)
                    w.uint32(/* id 2, wireType 0 =*/16).bool(m.begin);
                if (m.end != null && $Object.hasOwnProperty.call(m, "end") && m.end !== false)
                    w.uint32(/* id 3, wireType 0 =*/24).bool(m.end);
                if (m.entries != null && m.entries.length) {
                    for (var i = 0; i < m.entries.length; ++i)
                        $root.macula.wire.InterestEntry.encode(m.entries[i], w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                }
                if (m.members != null && m.members.length) {
                    for (var i = 0; i < m.members.length; ++i)
                        $root.macula.wire.MeshMember.encode(m.members[i], w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                }
                if (m.cellBits != null && $Object.hasOwnProperty.call(m, "cellBits") && m.cellBits !== 0)
                    w.uint32(/* id 6, wireType 0 =*/48).uint32(m.cellBits);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes an InterestSnapshot message from the specified reader or buffer.
             * @function decode
             * @memberof macula.wire.InterestSnapshot
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {macula.wire.InterestSnapshot & macula.wire.InterestSnapshot.$Shape} InterestSnapshot
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            InterestSnapshot.decode = function (r, l, z, q, g) {
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
                m = g || new $root.macula.wire.InterestSnapshot();
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
                                m.seq = v;
                            else
                                delete m.seq;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.begin = v;
                            else
                                delete m.begin;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.end = v;
                            else
                                delete m.end;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if (!(m.entries && m.entries.length))
                                m.entries = [];
                            m.entries.push($root.macula.wire.InterestEntry.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if (!(m.members && m.members.length))
                                m.members = [];
                            m.members.push($root.macula.wire.MeshMember.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.cellBits = v;
                            else
                                delete m.cellBits;
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
             * Creates an InterestSnapshot message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof macula.wire.InterestSnapshot
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {macula.wire.InterestSnapshot} InterestSnapshot
             */
            InterestSnapshot.fromObject = function (d, q) {
                if (d instanceof $root.macula.wire.InterestSnapshot)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".macula.wire.InterestSnapshot: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.macula.wire.InterestSnapshot();
                if (d.seq != null) {
                    if ($Number(d.seq) !== 0) {
                        m.seq = d.seq >>> 0;
                    }
                }
                if (d.begin != null) {
                    if (d.begin) {
                        m.begin = $Boolean(d.begin);
                    }
                }
                if (d.end != null) {
                    if (d.end) {
                        m.end = $Boolean(d.end);
                    }
                }
                if (d.entries) {
                    if (!$Array.isArray(d.entries))
                        throw $TypeError(".macula.wire.InterestSnapshot.entries: array expected");
                    m.entries = $Array(d.entries.length);
                    for (var i = 0; i < d.entries.length; ++i) {
                        if (!$util.isObject(d.entries[i]))
                            throw $TypeError(".macula.wire.InterestSnapshot.entries: object expected");
                        m.entries[i] = $root.macula.wire.InterestEntry.fromObject(d.entries[i], q + 1);
                    }
                }
                if (d.members) {
                    if (!$Array.isArray(d.members))
                        throw $TypeError(".macula.wire.InterestSnapshot.members: array expected");
                    m.members = $Array(d.members.length);
                    for (var i = 0; i < d.members.length; ++i) {
                        if (!$util.isObject(d.members[i]))
                            throw $TypeError(".macula.wire.InterestSnapshot.members: object expected");
                        m.members[i] = $root.macula.wire.MeshMember.fromObject(d.members[i], q + 1);
                    }
                }
                if (d.cellBits != null) {
                    if ($Number(d.cellBits) !== 0) {
                        m.cellBits = d.cellBits >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an InterestSnapshot message. Also converts values to other types if specified.
             * @function toObject
             * @memberof macula.wire.InterestSnapshot
             * @static
             * @param {macula.wire.InterestSnapshot} m InterestSnapshot
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            InterestSnapshot.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.entries = [];
                    d.members = [];
                }
                if (o.defaults) {
                    d.seq = 0;
                    d.begin = false;
                    d.end = false;
                    d.cellBits = 0;
                }
                if (m.seq != null && $Object.hasOwnProperty.call(m, "seq")) {
                    d.seq = m.seq;
                }
                if (m.begin != null && $Object.hasOwnProperty.call(m, "begin")) {
                    d.begin = m.begin;
                }
                if (m.end != null && $Object.hasOwnProperty.call(m, "end")) {
                    d.end = m.end;
                }
                if (m.entries && m.entries.length) {
                    d.entries = $Array(m.entries.length);
                    for (var j = 0; j < m.entries.length; ++j) {
                        d.entries[j] = $root.macula.wire.InterestEntry.toObject(m.entries[j], o, q + 1);
                    }
                }
                if (m.members && m.members.length) {
                    d.members = $Array(m.members.length);
                    for (var j = 0; j < m.members.length; ++j) {
                        d.members[j] = $root.macula.wire.MeshMember.toObject(m.members[j], o, q + 1);
                    }
                }
                if (m.cellBits != null && $Object.hasOwnProperty.call(m, "cellBits")) {
                    d.cellBits = m.cellBits;
                }
                return d;
            };

            /**
             * Converts this InterestSnapshot to JSON.
             * @function toJSON
             * @memberof macula.wire.InterestSnapshot
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            InterestSnapshot.prototype.toJSON = function() {
                return InterestSnapshot.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for InterestSnapshot
             * @function getTypeUrl
             * @memberof macula.wire.InterestSnapshot
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            InterestSnapshot.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/macula.wire.InterestSnapshot";
            };

            return InterestSnapshot;
        })();

        wire.MeshMember = (function() {

            /**
             * Properties of a MeshMember.
             * @typedef {Object} macula.wire.MeshMember.$Properties
             * @property {string|null} [nodeId] MeshMember nodeId
             * @property {string|null} [endpoint] MeshMember endpoint
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MeshMember.
             * @memberof macula.wire
             * @interface IMeshMember
             * @augments macula.wire.MeshMember.$Properties
             * @deprecated Use macula.wire.MeshMember.$Properties instead.
             */

            /**
             * Shape of a MeshMember.
             * @typedef {macula.wire.MeshMember.$Properties} macula.wire.MeshMember.$Shape
             */

            /**
             * Constructs a new MeshMember.
             * @memberof macula.wire
             * @classdesc Represents a MeshMember.
             * @constructor
             * @param {macula.wire.MeshMember.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MeshMember = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * MeshMember nodeId.
             * @member {string} nodeId
             * @memberof macula.wire.MeshMember
             * @instance
             */
            MeshMember.prototype.nodeId = "";

            /**
             * MeshMember endpoint.
             * @member {string} endpoint
             * @memberof macula.wire.MeshMember
             * @instance
             */
            MeshMember.prototype.endpoint = "";

            /**
             * Creates a new MeshMember instance using the specified properties.
             * @function create
             * @memberof macula.wire.MeshMember
             * @static
             * @param {macula.wire.MeshMember.$Properties=} [properties] Properties to set
             * @returns {macula.wire.MeshMember} MeshMember instance
             * @type {{
             *   (properties: macula.wire.MeshMember.$Shape): macula.wire.MeshMember & macula.wire.MeshMember.$Shape;
             *   (properties?: macula.wire.MeshMember.$Properties): macula.wire.MeshMember;
             * }}
             */
            MeshMember.create = function(properties) {
                return new MeshMember(properties);
            };

            /**
             * Encodes the specified MeshMember message. Does not implicitly {@link macula.wire.MeshMember.verify|verify} messages.
             * @function encode
             * @memberof macula.wire.MeshMember
             * @static
             * @param {macula.wire.MeshMember.$Properties} m MeshMember message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MeshMember.encode = function (m, w, q) {
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
             * Decodes a MeshMember message from the specified reader or buffer.
             * @function decode
             * @memberof macula.wire.MeshMember
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {macula.wire.MeshMember & macula.wire.MeshMember.$Shape} MeshMember
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MeshMember.decode = function (r, l, z, q, g) {
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
                m = g || new $root.macula.wire.MeshMember();
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
             * Creates a MeshMember message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof macula.wire.MeshMember
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {macula.wire.MeshMember} MeshMember
             */
            MeshMember.fromObject = function (d, q) {
                if (d instanceof $root.macula.wire.MeshMember)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".macula.wire.MeshMember: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.macula.wire.MeshMember();
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
             * Creates a plain object from a MeshMember message. Also converts values to other types if specified.
             * @function toObject
             * @memberof macula.wire.MeshMember
             * @static
             * @param {macula.wire.MeshMember} m MeshMember
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            MeshMember.toObject = function (m, o, q) {
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
             * Converts this MeshMember to JSON.
             * @function toJSON
             * @memberof macula.wire.MeshMember
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            MeshMember.prototype.toJSON = function() {
                return MeshMember.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for MeshMember
             * @function getTypeUrl
             * @memberof macula.wire.MeshMember
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            MeshMember.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/macula.wire.MeshMember";
            };

            return MeshMember;
        })();

        wire.InterestOp = (function() {

            /**
             * Properties of an InterestOp.
             * @typedef {Object} macula.wire.InterestOp.$Properties
             * @property {string|null} [pattern] InterestOp pattern
             * @property {string|null} [queue] InterestOp queue
             * @property {boolean|null} [remove] InterestOp remove
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an InterestOp.
             * @memberof macula.wire
             * @interface IInterestOp
             * @augments macula.wire.InterestOp.$Properties
             * @deprecated Use macula.wire.InterestOp.$Properties instead.
             */

            /**
             * Shape of an InterestOp.
             * @typedef {macula.wire.InterestOp.$Properties} macula.wire.InterestOp.$Shape
             */

            /**
             * Constructs a new InterestOp.
             * @memberof macula.wire
             * @classdesc Represents an InterestOp.
             * @constructor
             * @param {macula.wire.InterestOp.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const InterestOp = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * InterestOp pattern.
             * @member {string} pattern
             * @memberof macula.wire.InterestOp
             * @instance
             */
            InterestOp.prototype.pattern = "";

            /**
             * InterestOp queue.
             * @member {string} queue
             * @memberof macula.wire.InterestOp
             * @instance
             */
            InterestOp.prototype.queue = "";

            /**
             * InterestOp remove.
             * @member {boolean} remove
             * @memberof macula.wire.InterestOp
             * @instance
             */
            InterestOp.prototype.remove = false;

            /**
             * Creates a new InterestOp instance using the specified properties.
             * @function create
             * @memberof macula.wire.InterestOp
             * @static
             * @param {macula.wire.InterestOp.$Properties=} [properties] Properties to set
             * @returns {macula.wire.InterestOp} InterestOp instance
             * @type {{
             *   (properties: macula.wire.InterestOp.$Shape): macula.wire.InterestOp & macula.wire.InterestOp.$Shape;
             *   (properties?: macula.wire.InterestOp.$Properties): macula.wire.InterestOp;
             * }}
             */
            InterestOp.create = function(properties) {
                return new InterestOp(properties);
            };

            /**
             * Encodes the specified InterestOp message. Does not implicitly {@link macula.wire.InterestOp.verify|verify} messages.
             * @function encode
             * @memberof macula.wire.InterestOp
             * @static
             * @param {macula.wire.InterestOp.$Properties} m InterestOp message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            InterestOp.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.pattern != null && $Object.hasOwnProperty.call(m, "pattern") && m.pattern !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.pattern);
                if (m.queue != null && $Object.hasOwnProperty.call(m, "queue") && m.queue !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.queue);
                if (m.remove != null && $Object.hasOwnProperty.call(m, "remove") && m.remove !== false)
                    w.uint32(/* id 3, wireType 0 =*/24).bool(m.remove);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes an InterestOp message from the specified reader or buffer.
             * @function decode
             * @memberof macula.wire.InterestOp
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {macula.wire.InterestOp & macula.wire.InterestOp.$Shape} InterestOp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            InterestOp.decode = function (r, l, z, q, g) {
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
                m = g || new $root.macula.wire.InterestOp();
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
                                m.pattern = v;
                            else
                                delete m.pattern;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.queue = v;
                            else
                                delete m.queue;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.remove = v;
                            else
                                delete m.remove;
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
             * Creates an InterestOp message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof macula.wire.InterestOp
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {macula.wire.InterestOp} InterestOp
             */
            InterestOp.fromObject = function (d, q) {
                if (d instanceof $root.macula.wire.InterestOp)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".macula.wire.InterestOp: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.macula.wire.InterestOp();
                if (d.pattern != null) {
                    if (typeof d.pattern !== "string" || d.pattern.length) {
                        m.pattern = $String(d.pattern);
                    }
                }
                if (d.queue != null) {
                    if (typeof d.queue !== "string" || d.queue.length) {
                        m.queue = $String(d.queue);
                    }
                }
                if (d.remove != null) {
                    if (d.remove) {
                        m.remove = $Boolean(d.remove);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an InterestOp message. Also converts values to other types if specified.
             * @function toObject
             * @memberof macula.wire.InterestOp
             * @static
             * @param {macula.wire.InterestOp} m InterestOp
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            InterestOp.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.pattern = "";
                    d.queue = "";
                    d.remove = false;
                }
                if (m.pattern != null && $Object.hasOwnProperty.call(m, "pattern")) {
                    d.pattern = m.pattern;
                }
                if (m.queue != null && $Object.hasOwnProperty.call(m, "queue")) {
                    d.queue = m.queue;
                }
                if (m.remove != null && $Object.hasOwnProperty.call(m, "remove")) {
                    d.remove = m.remove;
                }
                return d;
            };

            /**
             * Converts this InterestOp to JSON.
             * @function toJSON
             * @memberof macula.wire.InterestOp
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            InterestOp.prototype.toJSON = function() {
                return InterestOp.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for InterestOp
             * @function getTypeUrl
             * @memberof macula.wire.InterestOp
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            InterestOp.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/macula.wire.InterestOp";
            };

            return InterestOp;
        })();

        wire.InterestDelta = (function() {

            /**
             * Properties of an InterestDelta.
             * @typedef {Object} macula.wire.InterestDelta.$Properties
             * @property {number|null} [seq] InterestDelta seq
             * @property {Array.<macula.wire.InterestOp.$Properties>|null} [ops] InterestDelta ops
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an InterestDelta.
             * @memberof macula.wire
             * @interface IInterestDelta
             * @augments macula.wire.InterestDelta.$Properties
             * @deprecated Use macula.wire.InterestDelta.$Properties instead.
             */

            /**
             * Shape of an InterestDelta.
             * @typedef {macula.wire.InterestDelta.$Properties} macula.wire.InterestDelta.$Shape
             */

            /**
             * Constructs a new InterestDelta.
             * @memberof macula.wire
             * @classdesc Represents an InterestDelta.
             * @constructor
             * @param {macula.wire.InterestDelta.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const InterestDelta = function (p) {
                this.ops = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * InterestDelta seq.
             * @member {number} seq
             * @memberof macula.wire.InterestDelta
             * @instance
             */
            InterestDelta.prototype.seq = 0;

            /**
             * InterestDelta ops.
             * @member {Array.<macula.wire.InterestOp.$Properties>} ops
             * @memberof macula.wire.InterestDelta
             * @instance
             */
            InterestDelta.prototype.ops = $util.emptyArray;

            /**
             * Creates a new InterestDelta instance using the specified properties.
             * @function create
             * @memberof macula.wire.InterestDelta
             * @static
             * @param {macula.wire.InterestDelta.$Properties=} [properties] Properties to set
             * @returns {macula.wire.InterestDelta} InterestDelta instance
             * @type {{
             *   (properties: macula.wire.InterestDelta.$Shape): macula.wire.InterestDelta & macula.wire.InterestDelta.$Shape;
             *   (properties?: macula.wire.InterestDelta.$Properties): macula.wire.InterestDelta;
             * }}
             */
            InterestDelta.create = function(properties) {
                return new InterestDelta(properties);
            };

            /**
             * Encodes the specified InterestDelta message. Does not implicitly {@link macula.wire.InterestDelta.verify|verify} messages.
             * @function encode
             * @memberof macula.wire.InterestDelta
             * @static
             * @param {macula.wire.InterestDelta.$Properties} m InterestDelta message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            InterestDelta.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.seq != null && $Object.hasOwnProperty.call(m, "seq") && m.seq !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).uint32(m.seq);
                if (m.ops != null && m.ops.length) {
                    for (var i = 0; i < m.ops.length; ++i)
                        $root.macula.wire.InterestOp.encode(m.ops[i], w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes an InterestDelta message from the specified reader or buffer.
             * @function decode
             * @memberof macula.wire.InterestDelta
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {macula.wire.InterestDelta & macula.wire.InterestDelta.$Shape} InterestDelta
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            InterestDelta.decode = function (r, l, z, q, g) {
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
                m = g || new $root.macula.wire.InterestDelta();
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
                                m.seq = v;
                            else
                                delete m.seq;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if (!(m.ops && m.ops.length))
                                m.ops = [];
                            m.ops.push($root.macula.wire.InterestOp.decode(r, r.size(), $undefined, q + 1));
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
             * Creates an InterestDelta message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof macula.wire.InterestDelta
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {macula.wire.InterestDelta} InterestDelta
             */
            InterestDelta.fromObject = function (d, q) {
                if (d instanceof $root.macula.wire.InterestDelta)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".macula.wire.InterestDelta: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.macula.wire.InterestDelta();
                if (d.seq != null) {
                    if ($Number(d.seq) !== 0) {
                        m.seq = d.seq >>> 0;
                    }
                }
                if (d.ops) {
                    if (!$Array.isArray(d.ops))
                        throw $TypeError(".macula.wire.InterestDelta.ops: array expected");
                    m.ops = $Array(d.ops.length);
                    for (var i = 0; i < d.ops.length; ++i) {
                        if (!$util.isObject(d.ops[i]))
                            throw $TypeError(".macula.wire.InterestDelta.ops: object expected");
                        m.ops[i] = $root.macula.wire.InterestOp.fromObject(d.ops[i], q + 1);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an InterestDelta message. Also converts values to other types if specified.
             * @function toObject
             * @memberof macula.wire.InterestDelta
             * @static
             * @param {macula.wire.InterestDelta} m InterestDelta
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            InterestDelta.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.ops = [];
                }
                if (o.defaults) {
                    d.seq = 0;
                }
                if (m.seq != null && $Object.hasOwnProperty.call(m, "seq")) {
                    d.seq = m.seq;
                }
                if (m.ops && m.ops.length) {
                    d.ops = $Array(m.ops.length);
                    for (var j = 0; j < m.ops.length; ++j) {
                        d.ops[j] = $root.macula.wire.InterestOp.toObject(m.ops[j], o, q + 1);
                    }
                }
                return d;
            };

            /**
             * Converts this InterestDelta to JSON.
             * @function toJSON
             * @memberof macula.wire.InterestDelta
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            InterestDelta.prototype.toJSON = function() {
                return InterestDelta.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for InterestDelta
             * @function getTypeUrl
             * @memberof macula.wire.InterestDelta
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            InterestDelta.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/macula.wire.InterestDelta";
            };

            return InterestDelta;
        })();

        wire.InterestResync = (function() {

            /**
             * Properties of an InterestResync.
             * @typedef {Object} macula.wire.InterestResync.$Properties
             * @property {number|null} [expectedSeq] InterestResync expectedSeq
             * @property {number|null} [gotSeq] InterestResync gotSeq
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an InterestResync.
             * @memberof macula.wire
             * @interface IInterestResync
             * @augments macula.wire.InterestResync.$Properties
             * @deprecated Use macula.wire.InterestResync.$Properties instead.
             */

            /**
             * Shape of an InterestResync.
             * @typedef {macula.wire.InterestResync.$Properties} macula.wire.InterestResync.$Shape
             */

            /**
             * Constructs a new InterestResync.
             * @memberof macula.wire
             * @classdesc Represents an InterestResync.
             * @constructor
             * @param {macula.wire.InterestResync.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const InterestResync = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * InterestResync expectedSeq.
             * @member {number} expectedSeq
             * @memberof macula.wire.InterestResync
             * @instance
             */
            InterestResync.prototype.expectedSeq = 0;

            /**
             * InterestResync gotSeq.
             * @member {number} gotSeq
             * @memberof macula.wire.InterestResync
             * @instance
             */
            InterestResync.prototype.gotSeq = 0;

            /**
             * Creates a new InterestResync instance using the specified properties.
             * @function create
             * @memberof macula.wire.InterestResync
             * @static
             * @param {macula.wire.InterestResync.$Properties=} [properties] Properties to set
             * @returns {macula.wire.InterestResync} InterestResync instance
             * @type {{
             *   (properties: macula.wire.InterestResync.$Shape): macula.wire.InterestResync & macula.wire.InterestResync.$Shape;
             *   (properties?: macula.wire.InterestResync.$Properties): macula.wire.InterestResync;
             * }}
             */
            InterestResync.create = function(properties) {
                return new InterestResync(properties);
            };

            /**
             * Encodes the specified InterestResync message. Does not implicitly {@link macula.wire.InterestResync.verify|verify} messages.
             * @function encode
             * @memberof macula.wire.InterestResync
             * @static
             * @param {macula.wire.InterestResync.$Properties} m InterestResync message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            InterestResync.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.expectedSeq != null && $Object.hasOwnProperty.call(m, "expectedSeq") && m.expectedSeq !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).uint32(m.expectedSeq);
                if (m.gotSeq != null && $Object.hasOwnProperty.call(m, "gotSeq") && m.gotSeq !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).uint32(m.gotSeq);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes an InterestResync message from the specified reader or buffer.
             * @function decode
             * @memberof macula.wire.InterestResync
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {macula.wire.InterestResync & macula.wire.InterestResync.$Shape} InterestResync
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            InterestResync.decode = function (r, l, z, q, g) {
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
                m = g || new $root.macula.wire.InterestResync();
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
                                m.expectedSeq = v;
                            else
                                delete m.expectedSeq;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.gotSeq = v;
                            else
                                delete m.gotSeq;
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
             * Creates an InterestResync message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof macula.wire.InterestResync
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {macula.wire.InterestResync} InterestResync
             */
            InterestResync.fromObject = function (d, q) {
                if (d instanceof $root.macula.wire.InterestResync)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".macula.wire.InterestResync: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.macula.wire.InterestResync();
                if (d.expectedSeq != null) {
                    if ($Number(d.expectedSeq) !== 0) {
                        m.expectedSeq = d.expectedSeq >>> 0;
                    }
                }
                if (d.gotSeq != null) {
                    if ($Number(d.gotSeq) !== 0) {
                        m.gotSeq = d.gotSeq >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an InterestResync message. Also converts values to other types if specified.
             * @function toObject
             * @memberof macula.wire.InterestResync
             * @static
             * @param {macula.wire.InterestResync} m InterestResync
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            InterestResync.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.expectedSeq = 0;
                    d.gotSeq = 0;
                }
                if (m.expectedSeq != null && $Object.hasOwnProperty.call(m, "expectedSeq")) {
                    d.expectedSeq = m.expectedSeq;
                }
                if (m.gotSeq != null && $Object.hasOwnProperty.call(m, "gotSeq")) {
                    d.gotSeq = m.gotSeq;
                }
                return d;
            };

            /**
             * Converts this InterestResync to JSON.
             * @function toJSON
             * @memberof macula.wire.InterestResync
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            InterestResync.prototype.toJSON = function() {
                return InterestResync.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for InterestResync
             * @function getTypeUrl
             * @memberof macula.wire.InterestResync
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            InterestResync.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/macula.wire.InterestResync";
            };

            return InterestResync;
        })();

        wire.RoutedEvent = (function() {

            /**
             * Properties of a RoutedEvent.
             * @typedef {Object} macula.wire.RoutedEvent.$Properties
             * @property {string|null} [topic] RoutedEvent topic
             * @property {Uint8Array|null} [payload] RoutedEvent payload
             * @property {string|null} [publisher] RoutedEvent publisher
             * @property {Array.<string>|null} [queues] RoutedEvent queues
             * @property {boolean|null} [fanout] RoutedEvent fanout
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RoutedEvent.
             * @memberof macula.wire
             * @interface IRoutedEvent
             * @augments macula.wire.RoutedEvent.$Properties
             * @deprecated Use macula.wire.RoutedEvent.$Properties instead.
             */

            /**
             * Shape of a RoutedEvent.
             * @typedef {macula.wire.RoutedEvent.$Properties} macula.wire.RoutedEvent.$Shape
             */

            /**
             * Constructs a new RoutedEvent.
             * @memberof macula.wire
             * @classdesc Represents a RoutedEvent.
             * @constructor
             * @param {macula.wire.RoutedEvent.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RoutedEvent = function (p) {
                this.queues = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * RoutedEvent topic.
             * @member {string} topic
             * @memberof macula.wire.RoutedEvent
             * @instance
             */
            RoutedEvent.prototype.topic = "";

            /**
             * RoutedEvent payload.
             * @member {Uint8Array} payload
             * @memberof macula.wire.RoutedEvent
             * @instance
             */
            RoutedEvent.prototype.payload = $util.newBuffer([]);

            /**
             * RoutedEvent publisher.
             * @member {string} publisher
             * @memberof macula.wire.RoutedEvent
             * @instance
             */
            RoutedEvent.prototype.publisher = "";

            /**
             * RoutedEvent queues.
             * @member {Array.<string>} queues
             * @memberof macula.wire.RoutedEvent
             * @instance
             */
            RoutedEvent.prototype.queues = $util.emptyArray;

            /**
             * RoutedEvent fanout.
             * @member {boolean} fanout
             * @memberof macula.wire.RoutedEvent
             * @instance
             */
            RoutedEvent.prototype.fanout = false;

            /**
             * Creates a new RoutedEvent instance using the specified properties.
             * @function create
             * @memberof macula.wire.RoutedEvent
             * @static
             * @param {macula.wire.RoutedEvent.$Properties=} [properties] Properties to set
             * @returns {macula.wire.RoutedEvent} RoutedEvent instance
             * @type {{
             *   (properties: macula.wire.RoutedEvent.$Shape): macula.wire.RoutedEvent & macula.wire.RoutedEvent.$Shape;
             *   (properties?: macula.wire.RoutedEvent.$Properties): macula.wire.RoutedEvent;
             * }}
             */
            RoutedEvent.create = function(properties) {
                return new RoutedEvent(properties);
            };

            /**
             * Encodes the specified RoutedEvent message. Does not implicitly {@link macula.wire.RoutedEvent.verify|verify} messages.
             * @function encode
             * @memberof macula.wire.RoutedEvent
             * @static
             * @param {macula.wire.RoutedEvent.$Properties} m RoutedEvent message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RoutedEvent.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.topic != null && $Object.hasOwnProperty.call(m, "topic") && m.topic !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.topic);
                if (m.payload != null && $Object.hasOwnProperty.call(m, "payload") && m.payload.length)
                    w.uint32(/* id 2, wireType 2 =*/18).bytes(m.payload);
                if (m.publisher != null && $Object.hasOwnProperty.call(m, "publisher") && m.publisher !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.publisher);
                if (m.queues != null && m.queues.length) {
                    for (var i = 0; i < m.queues.length; ++i)
                        w.uint32(/* id 4, wireType 2 =*/34).string(m.queues[i]);
                }
                if (m.fanout != null && $Object.hasOwnProperty.call(m, "fanout") && m.fanout !== false)
                    w.uint32(/* id 5, wireType 0 =*/40).bool(m.fanout);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a RoutedEvent message from the specified reader or buffer.
             * @function decode
             * @memberof macula.wire.RoutedEvent
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {macula.wire.RoutedEvent & macula.wire.RoutedEvent.$Shape} RoutedEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RoutedEvent.decode = function (r, l, z, q, g) {
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
                m = g || new $root.macula.wire.RoutedEvent();
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
                                m.topic = v;
                            else
                                delete m.topic;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.payload = v;
                            else
                                delete m.payload;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.publisher = v;
                            else
                                delete m.publisher;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if (!(m.queues && m.queues.length))
                                m.queues = [];
                            m.queues.push(r.stringVerify());
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.fanout = v;
                            else
                                delete m.fanout;
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
             * Creates a RoutedEvent message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof macula.wire.RoutedEvent
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {macula.wire.RoutedEvent} RoutedEvent
             */
            RoutedEvent.fromObject = function (d, q) {
                if (d instanceof $root.macula.wire.RoutedEvent)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".macula.wire.RoutedEvent: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.macula.wire.RoutedEvent();
                if (d.topic != null) {
                    if (typeof d.topic !== "string" || d.topic.length) {
                        m.topic = $String(d.topic);
                    }
                }
                if (d.payload != null) {
                    if (d.payload.length) {
                        if (typeof d.payload === "string")
                            $util.base64.decode(d.payload, m.payload = $util.newBuffer($util.base64.length(d.payload)), 0);
                        else if (d.payload.length >= 0)
                            m.payload = d.payload;
                    }
                }
                if (d.publisher != null) {
                    if (typeof d.publisher !== "string" || d.publisher.length) {
                        m.publisher = $String(d.publisher);
                    }
                }
                if (d.queues) {
                    if (!$Array.isArray(d.queues))
                        throw $TypeError(".macula.wire.RoutedEvent.queues: array expected");
                    m.queues = $Array(d.queues.length);
                    for (var i = 0; i < d.queues.length; ++i) {
                        m.queues[i] = $String(d.queues[i]);
                    }
                }
                if (d.fanout != null) {
                    if (d.fanout) {
                        m.fanout = $Boolean(d.fanout);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a RoutedEvent message. Also converts values to other types if specified.
             * @function toObject
             * @memberof macula.wire.RoutedEvent
             * @static
             * @param {macula.wire.RoutedEvent} m RoutedEvent
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RoutedEvent.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.queues = [];
                }
                if (o.defaults) {
                    d.topic = "";
                    if (o.bytes === $String)
                        d.payload = "";
                    else {
                        d.payload = [];
                        if (o.bytes !== $Array)
                            d.payload = $util.newBuffer(d.payload);
                    }
                    d.publisher = "";
                    d.fanout = false;
                }
                if (m.topic != null && $Object.hasOwnProperty.call(m, "topic")) {
                    d.topic = m.topic;
                }
                if (m.payload != null && $Object.hasOwnProperty.call(m, "payload")) {
                    d.payload = o.bytes === $String ? $util.base64.encode(m.payload, 0, m.payload.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.payload) : m.payload;
                }
                if (m.publisher != null && $Object.hasOwnProperty.call(m, "publisher")) {
                    d.publisher = m.publisher;
                }
                if (m.queues && m.queues.length) {
                    d.queues = $Array(m.queues.length);
                    for (var j = 0; j < m.queues.length; ++j) {
                        d.queues[j] = m.queues[j];
                    }
                }
                if (m.fanout != null && $Object.hasOwnProperty.call(m, "fanout")) {
                    d.fanout = m.fanout;
                }
                return d;
            };

            /**
             * Converts this RoutedEvent to JSON.
             * @function toJSON
             * @memberof macula.wire.RoutedEvent
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RoutedEvent.prototype.toJSON = function() {
                return RoutedEvent.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RoutedEvent
             * @function getTypeUrl
             * @memberof macula.wire.RoutedEvent
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RoutedEvent.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/macula.wire.RoutedEvent";
            };

            return RoutedEvent;
        })();

        return wire;
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
