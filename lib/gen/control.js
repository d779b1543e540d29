/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $Number = $util.global.Number, $String = $util.global.String, $Array = $util.global.Array, $Boolean = $util.global.Boolean, $isFinite = $util.global.isFinite;

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
const $root = $protobuf.roots["control"] || ($protobuf.roots["control"] = {});

export const macula = $root.macula = (() => {

    /**
     * Namespace macula.
     * @exports macula
     * @namespace
     */
    const macula = {};

    macula.control = (function() {

        /**
         * Namespace control.
         * @memberof macula
         * @namespace
         */
        const control = {};

        control.Request = (function() {

            /**
             * Properties of a Request.
             * @typedef {Object} macula.control.Request.$Properties
             * @property {number|null} [seq] Request seq
             * @property {macula.control.StatusRequest.$Properties|null} [status] Request status
             * @property {macula.control.DownRequest.$Properties|null} [down] Request down
             * @property {macula.control.ScaleRequest.$Properties|null} [scale] Request scale
             * @property {macula.control.FaultRequest.$Properties|null} [fault] Request fault
             * @property {macula.control.PingRequest.$Properties|null} [ping] Request ping
             * @property {macula.control.MeshRequest.$Properties|null} [mesh] Request mesh
             * @property {macula.control.DhtTestRequest.$Properties|null} [dhtTest] Request dhtTest
             * @property {"status"|"down"|"scale"|"fault"|"ping"|"mesh"|"dhtTest"} [body] Request body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Request.
             * @memberof macula.control
             * @interface IRequest
             * @augments macula.control.Request.$Properties
             * @deprecated Use macula.control.Request.$Properties instead.
             */

            /**
             * Narrowed shape of a Request.
             * @typedef {{
             *   seq?: number|null;
             *   status?: macula.control.StatusRequest.$Shape|null;
             *   down?: macula.control.DownRequest.$Shape|null;
             *   scale?: macula.control.ScaleRequest.$Shape|null;
             *   fault?: macula.control.FaultRequest.$Shape|null;
             *   ping?: macula.control.PingRequest.$Shape|null;
             *   mesh?: macula.control.MeshRequest.$Shape|null;
             *   dhtTest?: macula.control.DhtTestRequest.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; status?: null; down?: null; scale?: null; fault?: null; ping?: null; mesh?: null; dhtTest?: null }|{ body?: "status"; status: macula.control.StatusRequest.$Shape; down?: null; scale?: null; fault?: null; ping?: null; mesh?: null; dhtTest?: null }|{ body?: "down"; status?: null; down: macula.control.DownRequest.$Shape; scale?: null; fault?: null; ping?: null; mesh?: null; dhtTest?: null }|{ body?: "scale"; status?: null; down?: null; scale: macula.control.ScaleRequest.$Shape; fault?: null; ping?: null; mesh?: null; dhtTest?: null }|{ body?: "fault"; status?: null; down?: null; scale?: null; fault: macula.control.FaultRequest.$Shape; ping?: null; mesh?: null; dhtTest?: null }|{ body?: "ping"; status?: null; down?: null; scale?: null; fault?: null; ping: macula.control.PingRequest.$Shape; mesh?: null; dhtTest?: null }|{ body?: "mesh"; status?: null; down?: null; scale?: null; fault?: null; ping?: null; mesh: macula.control.MeshRequest.$Shape; dhtTest?: null }|{ body?: "dhtTest"; status?: null; down?: null; scale?: null; fault?: null; ping?: null; mesh?: null; dhtTest: macula.control.DhtTestRequest.$Shape })
             * )} macula.control.Request.$Shape
             */

            /**
             * Constructs a new Request.
             * @memberof macula.control
             * @classdesc Represents a Request.
             * @constructor
             * @param {macula.control.Request.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Request = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Request seq.
             * @member {number} seq
             * @memberof macula.control.Request
             * @instance
             */
            Request.prototype.seq = 0;

            /**
             * Request status.
             * @member {macula.control.StatusRequest.$Properties|null|undefined} status
             * @memberof macula.control.Request
             * @instance
             */
            Request.prototype.status = null;

            /**
             * Request down.
             * @member {macula.control.DownRequest.$Properties|null|undefined} down
             * @memberof macula.control.Request
             * @instance
             */
            Request.prototype.down = null;

            /**
             * Request scale.
             * @member {macula.control.ScaleRequest.$Properties|null|undefined} scale
             * @memberof macula.control.Request
             * @instance
             */
            Request.prototype.scale = null;

            /**
             * Request fault.
             * @member {macula.control.FaultRequest.$Properties|null|undefined} fault
             * @memberof macula.control.Request
             * @instance
             */
            Request.prototype.fault = null;

            /**
             * Request ping.
             * @member {macula.control.PingRequest.$Properties|null|undefined} ping
             * @memberof macula.control.Request
             * @instance
             */
            Request.prototype.ping = null;

            /**
             * Request mesh.
             * @member {macula.control.MeshRequest.$Properties|null|undefined} mesh
             * @memberof macula.control.Request
             * @instance
             */
            Request.prototype.mesh = null;

            /**
             * Request dhtTest.
             * @member {macula.control.DhtTestRequest.$Properties|null|undefined} dhtTest
             * @memberof macula.control.Request
             * @instance
             */
            Request.prototype.dhtTest = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Request body.
             * @member {"status"|"down"|"scale"|"fault"|"ping"|"mesh"|"dhtTest"|undefined} body
             * @memberof macula.control.Request
             * @instance
             */
            $Object.defineProperty(Request.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["status", "down", "scale", "fault", "ping", "mesh", "dhtTest"]),
                set: $oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Request instance using the specified properties.
             * @function create
             * @memberof macula.control.Request
             * @static
             * @param {macula.control.Request.$Properties=} [properties] Properties to set
             * @returns {macula.control.Request} Request instance
             * @type {{
             *   (properties: macula.control.Request.$Shape): macula.control.Request & macula.control.Request.$Shape;
             *   (properties?: macula.control.Request.$Properties): macula.control.Request;
             * }}
             */
            Request.create = function(properties) {
                return new Request(properties);
            };

            /**
             * Encodes the specified Request message. Does not implicitly {@link macula.control.Request.verify|verify} messages.
             * @function encode
             * @memberof macula.control.Request
             * @static
             * @param {macula.control.Request.$Properties} m Request message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Request.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.seq != null && $Object.hasOwnProperty.call(m, "seq") && m.seq !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).uint32(m.seq);
                if (m.status != null && $Object.hasOwnProperty.call(m, "status"))
                    $root.macula.control.StatusRequest.encode(m.status, w.uint32(/* id 10, wireType 2 =*/82).fork(), q + 1).ldelim();
                if (m.down != null && $Object.hasOwnProperty.call(m, "down"))
                    $root.macula.control.DownRequest.encode(m.down, w.uint32(/* id 11, wireType 2 =*/90).fork(), q + 1).ldelim();
                if (m.scale != null && $Object.hasOwnProperty.call(m, "scale"))
                    $root.macula.control.ScaleRequest.encode(m.scale, w.uint32(/* id 12, wireType 2 =*/98).fork(), q + 1).ldelim();
                if (m.fault != null && $Object.hasOwnProperty.call(m, "fault"))
                    $root.macula.control.FaultRequest.encode(m.fault, w.uint32(/* id 13, wireType 2 =*/106).fork(), q + 1).ldelim();
                if (m.ping != null && $Object.hasOwnProperty.call(m, "ping"))
                    $root.macula.control.PingRequest.encode(m.ping, w.uint32(/* id 14, wireType 2 =*/114).fork(), q + 1).ldelim();
                if (m.mesh != null && $Object.hasOwnProperty.call(m, "mesh"))
                    $root.macula.control.MeshRequest.encode(m.mesh, w.uint32(/* id 15, wireType 2 =*/122).fork(), q + 1).ldelim();
                if (m.dhtTest != null && $Object.hasOwnProperty.call(m, "dhtTest"))
                    $root.macula.control.DhtTestRequest.encode(m.dhtTest, w.uint32(/* id 16, wireType 2 =*/130).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Request message from the specified reader or buffer.
             * @function decode
             * @memberof macula.control.Request
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {macula.control.Request & macula.control.Request.$Shape} Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Request.decode = function (r, l, z, q, g) {
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
                m = g || new $root.macula.control.Request();
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
                    case 10: {
                            if (u !== 2)
                                break;
                            m.status = $root.macula.control.StatusRequest.decode(r, r.size(), $undefined, q + 1, m.status);
                            m.body = "status";
                            continue;
                        }
                    case 11: {
                            if (u !== 2)
                                break;
                            m.down = $root.macula.control.DownRequest.decode(r, r.size(), $undefined, q + 1, m.down);
                            m.body = "down";
                            continue;
                        }
                    case 12: {
                            if (u !== 2)
                                break;
                            m.scale = $root.macula.control.ScaleRequest.decode(r, r.size(), $undefined, q + 1, m.scale);
                            m.body = "scale";
                            continue;
                        }
                    case 13: {
                            if (u !== 2)
                                break;
                            m.fault = $root.macula.control.FaultRequest.decode(r, r.size(), $undefined, q + 1, m.fault);
                            m.body = "fault";
                            continue;
                        }
                    case 14: {
                            if (u !== 2)
                                break;
                            m.ping = $root.macula.control.PingRequest.decode(r, r.size(), $undefined, q + 1, m.ping);
                            m.body = "ping";
                            continue;
                        }
                    case 15: {
                            if (u !== 2)
                                break;
                            m.mesh = $root.macula.control.MeshRequest.decode(r, r.size(), $undefined, q + 1, m.mesh);
                            m.body = "mesh";
                            continue;
                        }
                    case 16: {
                            if (u !== 2)
                                break;
                            m.dhtTest = $root.macula.control.DhtTestRequest.decode(r, r.size(), $undefined, q + 1, m.dhtTest);
                            m.body = "dhtTest";
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
             * Creates a Request message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof macula.control.Request
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {macula.control.Request} Request
             */
            Request.fromObject = function (d, q) {
                if (d instanceof $root.macula.control.Request)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".macula.control.Request: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.macula.control.Request();
                if (d.seq != null) {
                    if ($Number(d.seq) !== 0) {
                        m.seq = d.seq >>> 0;
                    }
                }
                if (d.status != null) {
                    if (!$util.isObject(d.status))
                        throw $TypeError(".macula.control.Request.status: object expected");
                    m.status = $root.macula.control.StatusRequest.fromObject(d.status, q + 1);
                }
                if (d.down != null) {
                    if (!$util.isObject(d.down))
                        throw $TypeError(".macula.control.Request.down: object expected");
                    m.down = $root.macula.control.DownRequest.fromObject(d.down, q + 1);
                }
                if (d.scale != null) {
                    if (!$util.isObject(d.scale))
                        throw $TypeError(".macula.control.Request.scale: object expected");
                    m.scale = $root.macula.control.ScaleRequest.fromObject(d.scale, q + 1);
                }
                if (d.fault != null) {
                    if (!$util.isObject(d.fault))
                        throw $TypeError(".macula.control.Request.fault: object expected");
                    m.fault = $root.macula.control.FaultRequest.fromObject(d.fault, q + 1);
                }
                if (d.ping != null) {
                    if (!$util.isObject(d.ping))
                        throw $TypeError(".macula.control.Request.ping: object expected");
                    m.ping = $root.macula.control.PingRequest.fromObject(d.ping, q + 1);
                }
                if (d.mesh != null) {
                    if (!$util.isObject(d.mesh))
                        throw $TypeError(".macula.control.Request.mesh: object expected");
                    m.mesh = $root.macula.control.MeshRequest.fromObject(d.mesh, q + 1);
                }
                if (d.dhtTest != null) {
                    if (!$util.isObject(d.dhtTest))
                        throw $TypeError(".macula.control.Request.dhtTest: object expected");
                    m.dhtTest = $root.macula.control.DhtTestRequest.fromObject(d.dhtTest, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a Request message. Also converts values to other types if specified.
             * @function toObject
             * @memberof macula.control.Request
             * @static
             * @param {macula.control.Request} m Request
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Request.toObject = function (m, o, q) {
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
                if (m.status != null && $Object.hasOwnProperty.call(m, "status")) {
                    d.status = $root.macula.control.StatusRequest.toObject(m.status, o, q + 1);
                    if (o.oneofs)
                        d.body = "status";
                }
                if (m.down != null && $Object.hasOwnProperty.call(m, "down")) {
                    d.down = $root.macula.control.DownRequest.toObject(m.down, o, q + 1);
                    if (o.oneofs)
                        d.body = "down";
                }
                if (m.scale != null && $Object.hasOwnProperty.call(m, "scale")) {
                    d.scale = $root.macula.control.ScaleRequest.toObject(m.scale, o, q + 1);
                    if (o.oneofs)
                        d.body = "scale";
                }
                if (m.fault != null && $Object.hasOwnProperty.call(m, "fault")) {
                    d.fault = $root.macula.control.FaultRequest.toObject(m.fault, o, q + 1);
                    if (o.oneofs)
                        d.body = "fault";
                }
                if (m.ping != null && $Object.hasOwnProperty.call(m, "ping")) {
                    d.ping = $root.macula.control.PingRequest.toObject(m.ping, o, q + 1);
                    if (o.oneofs)
                        d.body = "ping";
                }
                if (m.mesh != null && $Object.hasOwnProperty.call(m, "mesh")) {
                    d.mesh = $root.macula.control.MeshRequest.toObject(m.mesh, o, q + 1);
                    if (o.oneofs)
                        d.body = "mesh";
                }
                if (m.dhtTest != null && $Object.hasOwnProperty.call(m, "dhtTest")) {
                    d.dhtTest = $root.macula.control.DhtTestRequest.toObject(m.dhtTest, o, q + 1);
                    if (o.oneofs)
                        d.body = "dhtTest";
                }
                return d;
            };

            /**
             * Converts this Request to JSON.
             * @function toJSON
             * @memberof macula.control.Request
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Request.prototype.toJSON = function() {
                return Request.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Request
             * @function getTypeUrl
             * @memberof macula.control.Request
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Request.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/macula.control.Request";
            };

            return Request;
        })();

        control.Response = (function() {

            /**
             * Properties of a Response.
             * @typedef {Object} macula.control.Response.$Properties
             * @property {number|null} [seq] Response seq
             * @property {macula.control.StatusReply.$Properties|null} [status] Response status
             * @property {macula.control.Ok.$Properties|null} [ok] Response ok
             * @property {macula.common.Error.$Properties|null} [error] Response error
             * @property {macula.control.PingReply.$Properties|null} [ping] Response ping
             * @property {macula.control.ScaleReply.$Properties|null} [scale] Response scale
             * @property {macula.control.MeshReply.$Properties|null} [mesh] Response mesh
             * @property {"status"|"ok"|"error"|"ping"|"scale"|"mesh"} [body] Response body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Response.
             * @memberof macula.control
             * @interface IResponse
             * @augments macula.control.Response.$Properties
             * @deprecated Use macula.control.Response.$Properties instead.
             */

            /**
             * Narrowed shape of a Response.
             * @typedef {{
             *   seq?: number|null;
             *   status?: macula.control.StatusReply.$Shape|null;
             *   ok?: macula.control.Ok.$Shape|null;
             *   error?: macula.common.Error.$Shape|null;
             *   ping?: macula.control.PingReply.$Shape|null;
             *   scale?: macula.control.ScaleReply.$Shape|null;
             *   mesh?: macula.control.MeshReply.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; status?: null; ok?: null; error?: null; ping?: null; scale?: null; mesh?: null }|{ body?: "status"; status: macula.control.StatusReply.$Shape; ok?: null; error?: null; ping?: null; scale?: null; mesh?: null }|{ body?: "ok"; status?: null; ok: macula.control.Ok.$Shape; error?: null; ping?: null; scale?: null; mesh?: null }|{ body?: "error"; status?: null; ok?: null; error: macula.common.Error.$Shape; ping?: null; scale?: null; mesh?: null }|{ body?: "ping"; status?: null; ok?: null; error?: null; ping: macula.control.PingReply.$Shape; scale?: null; mesh?: null }|{ body?: "scale"; status?: null; ok?: null; error?: null; ping?: null; scale: macula.control.ScaleReply.$Shape; mesh?: null }|{ body?: "mesh"; status?: null; ok?: null; error?: null; ping?: null; scale?: null; mesh: macula.control.MeshReply.$Shape })
             * )} macula.control.Response.$Shape
             */

            /**
             * Constructs a new Response.
             * @memberof macula.control
             * @classdesc Represents a Response.
             * @constructor
             * @param {macula.control.Response.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Response = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Response seq.
             * @member {number} seq
             * @memberof macula.control.Response
             * @instance
             */
            Response.prototype.seq = 0;

            /**
             * Response status.
             * @member {macula.control.StatusReply.$Properties|null|undefined} status
             * @memberof macula.control.Response
             * @instance
             */
            Response.prototype.status = null;

            /**
             * Response ok.
             * @member {macula.control.Ok.$Properties|null|undefined} ok
             * @memberof macula.control.Response
             * @instance
             */
            Response.prototype.ok = null;

            /**
             * Response error.
             * @member {macula.common.Error.$Properties|null|undefined} error
             * @memberof macula.control.Response
             * @instance
             */
            Response.prototype.error = null;

            /**
             * Response ping.
             * @member {macula.control.PingReply.$Properties|null|undefined} ping
             * @memberof macula.control.Response
             * @instance
             */
            Response.prototype.ping = null;

            /**
             * Response scale.
             * @member {macula.control.ScaleReply.$Properties|null|undefined} scale
             * @memberof macula.control.Response
             * @instance
             */
            Response.prototype.scale = null;

            /**
             * Response mesh.
             * @member {macula.control.MeshReply.$Properties|null|undefined} mesh
             * @memberof macula.control.Response
             * @instance
             */
            Response.prototype.mesh = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Response body.
             * @member {"status"|"ok"|"error"|"ping"|"scale"|"mesh"|undefined} body
             * @memberof macula.control.Response
             * @instance
             */
            $Object.defineProperty(Response.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["status", "ok", "error", "ping", "scale", "mesh"]),
                set: $oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Response instance using the specified properties.
             * @function create
             * @memberof macula.control.Response
             * @static
             * @param {macula.control.Response.$Properties=} [properties] Properties to set
             * @returns {macula.control.Response} Response instance
             * @type {{
             *   (properties: macula.control.Response.$Shape): macula.control.Response & macula.control.Response.$Shape;
             *   (properties?: macula.control.Response.$Properties): macula.control.Response;
             * }}
             */
            Response.create = function(properties) {
                return new Response(properties);
            };

            /**
             * Encodes the specified Response message. Does not implicitly {@link macula.control.Response.verify|verify} messages.
             * @function encode
             * @memberof macula.control.Response
             * @static
             * @param {macula.control.Response.$Properties} m Response message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Response.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.seq != null && $Object.hasOwnProperty.call(m, "seq") && m.seq !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).uint32(m.seq);
                if (m.status != null && $Object.hasOwnProperty.call(m, "status"))
                    $root.macula.control.StatusReply.encode(m.status, w.uint32(/* id 10, wireType 2 =*/82).fork(), q + 1).ldelim();
                if (m.ok != null && $Object.hasOwnProperty.call(m, "ok"))
                    $root.macula.control.Ok.encode(m.ok, w.uint32(/* id 11, wireType 2 =*/90).fork(), q + 1).ldelim();
                if (m.error != null && $Object.hasOwnProperty.call(m, "error"))
                    $root.macula.common.Error.encode(m.error, w.uint32(/* id 12, wireType 2 =*/98).fork(), q + 1).ldelim();
                if (m.ping != null && $Object.hasOwnProperty.call(m, "ping"))
                    $root.macula.control.PingReply.encode(m.ping, w.uint32(/* id 13, wireType 2 =*/106).fork(), q + 1).ldelim();
                if (m.scale != null && $Object.hasOwnProperty.call(m, "scale"))
                    $root.macula.control.ScaleReply.encode(m.scale, w.uint32(/* id 14, wireType 2 =*/114).fork(), q + 1).ldelim();
                if (m.mesh != null && $Object.hasOwnProperty.call(m, "mesh"))
                    $root.macula.control.MeshReply.encode(m.mesh, w.uint32(/* id 15, wireType 2 =*/122).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Response message from the specified reader or buffer.
             * @function decode
             * @memberof macula.control.Response
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {macula.control.Response & macula.control.Response.$Shape} Response
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Response.decode = function (r, l, z, q, g) {
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
                m = g || new $root.macula.control.Response();
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
                    case 10: {
                            if (u !== 2)
                                break;
                            m.status = $root.macula.control.StatusReply.decode(r, r.size(), $undefined, q + 1, m.status);
                            m.body = "status";
                            continue;
                        }
                    case 11: {
                            if (u !== 2)
                                break;
                            m.ok = $root.macula.control.Ok.decode(r, r.size(), $undefined, q + 1, m.ok);
                            m.body = "ok";
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
                            m.ping = $root.macula.control.PingReply.decode(r, r.size(), $undefined, q + 1, m.ping);
                            m.body = "ping";
                            continue;
                        }
                    case 14: {
                            if (u !== 2)
                                break;
                            m.scale = $root.macula.control.ScaleReply.decode(r, r.size(), $undefined, q + 1, m.scale);
                            m.body = "scale";
                            continue;
                        }
                    case 15: {
                            if (u !== 2)
                                break;
                            m.mesh = $root.macula.control.MeshReply.decode(r, r.size(), $undefined, q + 1, m.mesh);
                            m.body = "mesh";
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
             * Creates a Response message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof macula.control.Response
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {macula.control.Response} Response
             */
            Response.fromObject = function (d, q) {
                if (d instanceof $root.macula.control.Response)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".macula.control.Response: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.macula.control.Response();
                if (d.seq != null) {
                    if ($Number(d.seq) !== 0) {
                        m.seq = d.seq >>> 0;
                    }
                }
                if (d.status != null) {
                    if (!$util.isObject(d.status))
                        throw $TypeError(".macula.control.Response.status: object expected");
                    m.status = $root.macula.control.StatusReply.fromObject(d.status, q + 1);
                }
                if (d.ok != null) {
                    if (!$util.isObject(d.ok))
                        throw $TypeError(".macula.control.Response.ok: object expected");
                    m.ok = $root.macula.control.Ok.fromObject(d.ok, q + 1);
                }
                if (d.error != null) {
                    if (!$util.isObject(d.error))
                        throw $TypeError(".macula.control.Response.error: object expected");
                    m.error = $root.macula.common.Error.fromObject(d.error, q + 1);
                }
                if (d.ping != null) {
                    if (!$util.isObject(d.ping))
                        throw $TypeError(".macula.control.Response.ping: object expected");
                    m.ping = $root.macula.control.PingReply.fromObject(d.ping, q + 1);
                }
                if (d.scale != null) {
                    if (!$util.isObject(d.scale))
                        throw $TypeError(".macula.control.Response.scale: object expected");
                    m.scale = $root.macula.control.ScaleReply.fromObject(d.scale, q + 1);
                }
                if (d.mesh != null) {
                    if (!$util.isObject(d.mesh))
                        throw $TypeError(".macula.control.Response.mesh: object expected");
                    m.mesh = $root.macula.control.MeshReply.fromObject(d.mesh, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a Response message. Also converts values to other types if specified.
             * @function toObject
             * @memberof macula.control.Response
             * @static
             * @param {macula.control.Response} m Response
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Response.toObject = function (m, o, q) {
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
                if (m.status != null && $Object.hasOwnProperty.call(m, "status")) {
                    d.status = $root.macula.control.StatusReply.toObject(m.status, o, q + 1);
                    if (o.oneofs)
                        d.body = "status";
                }
                if (m.ok != null && $Object.hasOwnProperty.call(m, "ok")) {
                    d.ok = $root.macula.control.Ok.toObject(m.ok, o, q + 1);
                    if (o.oneofs)
                        d.body = "ok";
                }
                if (m.error != null && $Object.hasOwnProperty.call(m, "error")) {
                    d.error = $root.macula.common.Error.toObject(m.error, o, q + 1);
                    if (o.oneofs)
                        d.body = "error";
                }
                if (m.ping != null && $Object.hasOwnProperty.call(m, "ping")) {
                    d.ping = $root.macula.control.PingReply.toObject(m.ping, o, q + 1);
                    if (o.oneofs)
                        d.body = "ping";
                }
                if (m.scale != null && $Object.hasOwnProperty.call(m, "scale")) {
                    d.scale = $root.macula.control.ScaleReply.toObject(m.scale, o, q + 1);
                    if (o.oneofs)
                        d.body = "scale";
                }
                if (m.mesh != null && $Object.hasOwnProperty.call(m, "mesh")) {
                    d.mesh = $root.macula.control.MeshReply.toObject(m.mesh, o, q + 1);
                    if (o.oneofs)
                        d.body = "mesh";
                }
                return d;
            };

            /**
             * Converts this Response to JSON.
             * @function toJSON
             * @memberof macula.control.Response
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Response.prototype.toJSON = function() {
                return Response.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Response
             * @function getTypeUrl
             * @memberof macula.control.Response
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Response.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/macula.control.Response";
            };

            return Response;
        })();

        control.MeshRequest = (function() {

            /**
             * Properties of a MeshRequest.
             * @typedef {Object} macula.control.MeshRequest.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MeshRequest.
             * @memberof macula.control
             * @interface IMeshRequest
             * @augments macula.control.MeshRequest.$Properties
             * @deprecated Use macula.control.MeshRequest.$Properties instead.
             */

            /**
             * Shape of a MeshRequest.
             * @typedef {macula.control.MeshRequest.$Properties} macula.control.MeshRequest.$Shape
             */

            /**
             * Constructs a new MeshRequest.
             * @memberof macula.control
             * @classdesc Represents a MeshRequest.
             * @constructor
             * @param {macula.control.MeshRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MeshRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Creates a new MeshRequest instance using the specified properties.
             * @function create
             * @memberof macula.control.MeshRequest
             * @static
             * @param {macula.control.MeshRequest.$Properties=} [properties] Properties to set
             * @returns {macula.control.MeshRequest} MeshRequest instance
             * @type {{
             *   (properties: macula.control.MeshRequest.$Shape): macula.control.MeshRequest & macula.control.MeshRequest.$Shape;
             *   (properties?: macula.control.MeshRequest.$Properties): macula.control.MeshRequest;
             * }}
             */
            MeshRequest.create = function(properties) {
                return new MeshRequest(properties);
            };

            /**
             * Encodes the specified MeshRequest message. Does not implicitly {@link macula.control.MeshRequest.verify|verify} messages.
             * @function encode
             * @memberof macula.control.MeshRequest
             * @static
             * @param {macula.control.MeshRequest.$Properties} m MeshRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MeshRequest.encode = function (m, w, q) {
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
             * Decodes a MeshRequest message from the specified reader or buffer.
             * @function decode
             * @memberof macula.control.MeshRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {macula.control.MeshRequest & macula.control.MeshRequest.$Shape} MeshRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MeshRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.macula.control.MeshRequest();
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
             * Creates a MeshRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof macula.control.MeshRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {macula.control.MeshRequest} MeshRequest
             */
            MeshRequest.fromObject = function (d, q) {
                if (d instanceof $root.macula.control.MeshRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".macula.control.MeshRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.macula.control.MeshRequest();
            };

            /**
             * Creates a plain object from a MeshRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof macula.control.MeshRequest
             * @static
             * @param {macula.control.MeshRequest} m MeshRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            MeshRequest.toObject = function () {
                return {};
            };

            /**
             * Converts this MeshRequest to JSON.
             * @function toJSON
             * @memberof macula.control.MeshRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            MeshRequest.prototype.toJSON = function() {
                return MeshRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for MeshRequest
             * @function getTypeUrl
             * @memberof macula.control.MeshRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            MeshRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/macula.control.MeshRequest";
            };

            return MeshRequest;
        })();

        control.DhtTestRequest = (function() {

            /**
             * Properties of a DhtTestRequest.
             * @typedef {Object} macula.control.DhtTestRequest.$Properties
             * @property {string|null} [op] DhtTestRequest op
             * @property {string|null} [key] DhtTestRequest key
             * @property {Object.<string,string>|null} [args] DhtTestRequest args
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DhtTestRequest.
             * @memberof macula.control
             * @interface IDhtTestRequest
             * @augments macula.control.DhtTestRequest.$Properties
             * @deprecated Use macula.control.DhtTestRequest.$Properties instead.
             */

            /**
             * Shape of a DhtTestRequest.
             * @typedef {macula.control.DhtTestRequest.$Properties} macula.control.DhtTestRequest.$Shape
             */

            /**
             * Constructs a new DhtTestRequest.
             * @memberof macula.control
             * @classdesc Represents a DhtTestRequest.
             * @constructor
             * @param {macula.control.DhtTestRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DhtTestRequest = function (p) {
                this.args = {};
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * DhtTestRequest op.
             * @member {string} op
             * @memberof macula.control.DhtTestRequest
             * @instance
             */
            DhtTestRequest.prototype.op = "";

            /**
             * DhtTestRequest key.
             * @member {string} key
             * @memberof macula.control.DhtTestRequest
             * @instance
             */
            DhtTestRequest.prototype.key = "";

            /**
             * DhtTestRequest args.
             * @member {Object.<string,string>} args
             * @memberof macula.control.DhtTestRequest
             * @instance
             */
            DhtTestRequest.prototype.args = $util.emptyObject;

            /**
             * Creates a new DhtTestRequest instance using the specified properties.
             * @function create
             * @memberof macula.control.DhtTestRequest
             * @static
             * @param {macula.control.DhtTestRequest.$Properties=} [properties] Properties to set
             * @returns {macula.control.DhtTestRequest} DhtTestRequest instance
             * @type {{
             *   (properties: macula.control.DhtTestRequest.$Shape): macula.control.DhtTestRequest & macula.control.DhtTestRequest.$Shape;
             *   (properties?: macula.control.DhtTestRequest.$Properties): macula.control.DhtTestRequest;
             * }}
             */
            DhtTestRequest.create = function(properties) {
                return new DhtTestRequest(properties);
            };

            /**
             * Encodes the specified DhtTestRequest message. Does not implicitly {@link macula.control.DhtTestRequest.verify|verify} messages.
             * @function encode
             * @memberof macula.control.DhtTestRequest
             * @static
             * @param {macula.control.DhtTestRequest.$Properties} m DhtTestRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DhtTestRequest.encode = function (m, w, q) {
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
                if (m.args != null && $Object.hasOwnProperty.call(m, "args")) {
                    for (var ks = $Object.keys(m.args), i = 0; i < ks.length; ++i) {
                        w.uint32(/* id 3, wireType 2 =*/26).fork().uint32(/* id 1, wireType 2 =*/10).string(ks[i]).uint32(/* id 2, wireType 2 =*/18).string(m.args[ks[i]]).ldelim();
                    }
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a DhtTestRequest message from the specified reader or buffer.
             * @function decode
             * @memberof macula.control.DhtTestRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {macula.control.DhtTestRequest & macula.control.DhtTestRequest.$Shape} DhtTestRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DhtTestRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.macula.control.DhtTestRequest();
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
             * Creates a DhtTestRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof macula.control.DhtTestRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {macula.control.DhtTestRequest} DhtTestRequest
             */
            DhtTestRequest.fromObject = function (d, q) {
                if (d instanceof $root.macula.control.DhtTestRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".macula.control.DhtTestRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.macula.control.DhtTestRequest();
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
                if (d.args) {
                    if (!$util.isObject(d.args))
                        throw $TypeError(".macula.control.DhtTestRequest.args: object expected");
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
             * Creates a plain object from a DhtTestRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof macula.control.DhtTestRequest
             * @static
             * @param {macula.control.DhtTestRequest} m DhtTestRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DhtTestRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.objects || o.defaults) {
                    d.args = {};
                }
                if (o.defaults) {
                    d.op = "";
                    d.key = "";
                }
                if (m.op != null && $Object.hasOwnProperty.call(m, "op")) {
                    d.op = m.op;
                }
                if (m.key != null && $Object.hasOwnProperty.call(m, "key")) {
                    d.key = m.key;
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
             * Converts this DhtTestRequest to JSON.
             * @function toJSON
             * @memberof macula.control.DhtTestRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DhtTestRequest.prototype.toJSON = function() {
                return DhtTestRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DhtTestRequest
             * @function getTypeUrl
             * @memberof macula.control.DhtTestRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DhtTestRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/macula.control.DhtTestRequest";
            };

            return DhtTestRequest;
        })();

        control.MeshReply = (function() {

            /**
             * Properties of a MeshReply.
             * @typedef {Object} macula.control.MeshReply.$Properties
             * @property {string|null} [json] MeshReply json
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MeshReply.
             * @memberof macula.control
             * @interface IMeshReply
             * @augments macula.control.MeshReply.$Properties
             * @deprecated Use macula.control.MeshReply.$Properties instead.
             */

            /**
             * Shape of a MeshReply.
             * @typedef {macula.control.MeshReply.$Properties} macula.control.MeshReply.$Shape
             */

            /**
             * Constructs a new MeshReply.
             * @memberof macula.control
             * @classdesc Represents a MeshReply.
             * @constructor
             * @param {macula.control.MeshReply.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MeshReply = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * MeshReply json.
             * @member {string} json
             * @memberof macula.control.MeshReply
             * @instance
             */
            MeshReply.prototype.json = "";

            /**
             * Creates a new MeshReply instance using the specified properties.
             * @function create
             * @memberof macula.control.MeshReply
             * @static
             * @param {macula.control.MeshReply.$Properties=} [properties] Properties to set
             * @returns {macula.control.MeshReply} MeshReply instance
             * @type {{
             *   (properties: macula.control.MeshReply.$Shape): macula.control.MeshReply & macula.control.MeshReply.$Shape;
             *   (properties?: macula.control.MeshReply.$Properties): macula.control.MeshReply;
             * }}
             */
            MeshReply.create = function(properties) {
                return new MeshReply(properties);
            };

            /**
             * Encodes the specified MeshReply message. Does not implicitly {@link macula.control.MeshReply.verify|verify} messages.
             * @function encode
             * @memberof macula.control.MeshReply
             * @static
             * @param {macula.control.MeshReply.$Properties} m MeshReply message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MeshReply.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.json != null && $Object.hasOwnProperty.call(m, "json") && m.json !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.json);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a MeshReply message from the specified reader or buffer.
             * @function decode
             * @memberof macula.control.MeshReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {macula.control.MeshReply & macula.control.MeshReply.$Shape} MeshReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MeshReply.decode = function (r, l, z, q, g) {
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
                m = g || new $root.macula.control.MeshReply();
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
             * Creates a MeshReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof macula.control.MeshReply
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {macula.control.MeshReply} MeshReply
             */
            MeshReply.fromObject = function (d, q) {
                if (d instanceof $root.macula.control.MeshReply)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".macula.control.MeshReply: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.macula.control.MeshReply();
                if (d.json != null) {
                    if (typeof d.json !== "string" || d.json.length) {
                        m.json = $String(d.json);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a MeshReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof macula.control.MeshReply
             * @static
             * @param {macula.control.MeshReply} m MeshReply
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            MeshReply.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.json = "";
                }
                if (m.json != null && $Object.hasOwnProperty.call(m, "json")) {
                    d.json = m.json;
                }
                return d;
            };

            /**
             * Converts this MeshReply to JSON.
             * @function toJSON
             * @memberof macula.control.MeshReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            MeshReply.prototype.toJSON = function() {
                return MeshReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for MeshReply
             * @function getTypeUrl
             * @memberof macula.control.MeshReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            MeshReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/macula.control.MeshReply";
            };

            return MeshReply;
        })();

        control.StatusRequest = (function() {

            /**
             * Properties of a StatusRequest.
             * @typedef {Object} macula.control.StatusRequest.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StatusRequest.
             * @memberof macula.control
             * @interface IStatusRequest
             * @augments macula.control.StatusRequest.$Properties
             * @deprecated Use macula.control.StatusRequest.$Properties instead.
             */

            /**
             * Shape of a StatusRequest.
             * @typedef {macula.control.StatusRequest.$Properties} macula.control.StatusRequest.$Shape
             */

            /**
             * Constructs a new StatusRequest.
             * @memberof macula.control
             * @classdesc Represents a StatusRequest.
             * @constructor
             * @param {macula.control.StatusRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const StatusRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Creates a new StatusRequest instance using the specified properties.
             * @function create
             * @memberof macula.control.StatusRequest
             * @static
             * @param {macula.control.StatusRequest.$Properties=} [properties] Properties to set
             * @returns {macula.control.StatusRequest} StatusRequest instance
             * @type {{
             *   (properties: macula.control.StatusRequest.$Shape): macula.control.StatusRequest & macula.control.StatusRequest.$Shape;
             *   (properties?: macula.control.StatusRequest.$Properties): macula.control.StatusRequest;
             * }}
             */
            StatusRequest.create = function(properties) {
                return new StatusRequest(properties);
            };

            /**
             * Encodes the specified StatusRequest message. Does not implicitly {@link macula.control.StatusRequest.verify|verify} messages.
             * @function encode
             * @memberof macula.control.StatusRequest
             * @static
             * @param {macula.control.StatusRequest.$Properties} m StatusRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StatusRequest.encode = function (m, w, q) {
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
             * Decodes a StatusRequest message from the specified reader or buffer.
             * @function decode
             * @memberof macula.control.StatusRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {macula.control.StatusRequest & macula.control.StatusRequest.$Shape} StatusRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StatusRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.macula.control.StatusRequest();
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
             * Creates a StatusRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof macula.control.StatusRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {macula.control.StatusRequest} StatusRequest
             */
            StatusRequest.fromObject = function (d, q) {
                if (d instanceof $root.macula.control.StatusRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".macula.control.StatusRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.macula.control.StatusRequest();
            };

            /**
             * Creates a plain object from a StatusRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof macula.control.StatusRequest
             * @static
             * @param {macula.control.StatusRequest} m StatusRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            StatusRequest.toObject = function () {
                return {};
            };

            /**
             * Converts this StatusRequest to JSON.
             * @function toJSON
             * @memberof macula.control.StatusRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            StatusRequest.prototype.toJSON = function() {
                return StatusRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for StatusRequest
             * @function getTypeUrl
             * @memberof macula.control.StatusRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            StatusRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/macula.control.StatusRequest";
            };

            return StatusRequest;
        })();

        control.DownRequest = (function() {

            /**
             * Properties of a DownRequest.
             * @typedef {Object} macula.control.DownRequest.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DownRequest.
             * @memberof macula.control
             * @interface IDownRequest
             * @augments macula.control.DownRequest.$Properties
             * @deprecated Use macula.control.DownRequest.$Properties instead.
             */

            /**
             * Shape of a DownRequest.
             * @typedef {macula.control.DownRequest.$Properties} macula.control.DownRequest.$Shape
             */

            /**
             * Constructs a new DownRequest.
             * @memberof macula.control
             * @classdesc Represents a DownRequest.
             * @constructor
             * @param {macula.control.DownRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DownRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Creates a new DownRequest instance using the specified properties.
             * @function create
             * @memberof macula.control.DownRequest
             * @static
             * @param {macula.control.DownRequest.$Properties=} [properties] Properties to set
             * @returns {macula.control.DownRequest} DownRequest instance
             * @type {{
             *   (properties: macula.control.DownRequest.$Shape): macula.control.DownRequest & macula.control.DownRequest.$Shape;
             *   (properties?: macula.control.DownRequest.$Properties): macula.control.DownRequest;
             * }}
             */
            DownRequest.create = function(properties) {
                return new DownRequest(properties);
            };

            /**
             * Encodes the specified DownRequest message. Does not implicitly {@link macula.control.DownRequest.verify|verify} messages.
             * @function encode
             * @memberof macula.control.DownRequest
             * @static
             * @param {macula.control.DownRequest.$Properties} m DownRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DownRequest.encode = function (m, w, q) {
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
             * Decodes a DownRequest message from the specified reader or buffer.
             * @function decode
             * @memberof macula.control.DownRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {macula.control.DownRequest & macula.control.DownRequest.$Shape} DownRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DownRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.macula.control.DownRequest();
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
             * Creates a DownRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof macula.control.DownRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {macula.control.DownRequest} DownRequest
             */
            DownRequest.fromObject = function (d, q) {
                if (d instanceof $root.macula.control.DownRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".macula.control.DownRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.macula.control.DownRequest();
            };

            /**
             * Creates a plain object from a DownRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof macula.control.DownRequest
             * @static
             * @param {macula.control.DownRequest} m DownRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DownRequest.toObject = function () {
                return {};
            };

            /**
             * Converts this DownRequest to JSON.
             * @function toJSON
             * @memberof macula.control.DownRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DownRequest.prototype.toJSON = function() {
                return DownRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DownRequest
             * @function getTypeUrl
             * @memberof macula.control.DownRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DownRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/macula.control.DownRequest";
            };

            return DownRequest;
        })();

        control.ScaleRequest = (function() {

            /**
             * Properties of a ScaleRequest.
             * @typedef {Object} macula.control.ScaleRequest.$Properties
             * @property {string|null} [what] ScaleRequest what
             * @property {number|null} [count] ScaleRequest count
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ScaleRequest.
             * @memberof macula.control
             * @interface IScaleRequest
             * @augments macula.control.ScaleRequest.$Properties
             * @deprecated Use macula.control.ScaleRequest.$Properties instead.
             */

            /**
             * Shape of a ScaleRequest.
             * @typedef {macula.control.ScaleRequest.$Properties} macula.control.ScaleRequest.$Shape
             */

            /**
             * Constructs a new ScaleRequest.
             * @memberof macula.control
             * @classdesc Represents a ScaleRequest.
             * @constructor
             * @param {macula.control.ScaleRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ScaleRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ScaleRequest what.
             * @member {string} what
             * @memberof macula.control.ScaleRequest
             * @instance
             */
            ScaleRequest.prototype.what = "";

            /**
             * ScaleRequest count.
             * @member {number} count
             * @memberof macula.control.ScaleRequest
             * @instance
             */
            ScaleRequest.prototype.count = 0;

            /**
             * Creates a new ScaleRequest instance using the specified properties.
             * @function create
             * @memberof macula.control.ScaleRequest
             * @static
             * @param {macula.control.ScaleRequest.$Properties=} [properties] Properties to set
             * @returns {macula.control.ScaleRequest} ScaleRequest instance
             * @type {{
             *   (properties: macula.control.ScaleRequest.$Shape): macula.control.ScaleRequest & macula.control.ScaleRequest.$Shape;
             *   (properties?: macula.control.ScaleRequest.$Properties): macula.control.ScaleRequest;
             * }}
             */
            ScaleRequest.create = function(properties) {
                return new ScaleRequest(properties);
            };

            /**
             * Encodes the specified ScaleRequest message. Does not implicitly {@link macula.control.ScaleRequest.verify|verify} messages.
             * @function encode
             * @memberof macula.control.ScaleRequest
             * @static
             * @param {macula.control.ScaleRequest.$Properties} m ScaleRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ScaleRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.what != null && $Object.hasOwnProperty.call(m, "what") && m.what !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.what);
                if (m.count != null && $Object.hasOwnProperty.call(m, "count") && m.count !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).uint32(m.count);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a ScaleRequest message from the specified reader or buffer.
             * @function decode
             * @memberof macula.control.ScaleRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {macula.control.ScaleRequest & macula.control.ScaleRequest.$Shape} ScaleRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ScaleRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.macula.control.ScaleRequest();
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
                                m.what = v;
                            else
                                delete m.what;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.count = v;
                            else
                                delete m.count;
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
             * Creates a ScaleRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof macula.control.ScaleRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {macula.control.ScaleRequest} ScaleRequest
             */
            ScaleRequest.fromObject = function (d, q) {
                if (d instanceof $root.macula.control.ScaleRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".macula.control.ScaleRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.macula.control.ScaleRequest();
                if (d.what != null) {
                    if (typeof d.what !== "string" || d.what.length) {
                        m.what = $String(d.what);
                    }
                }
                if (d.count != null) {
                    if ($Number(d.count) !== 0) {
                        m.count = d.count >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a ScaleRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof macula.control.ScaleRequest
             * @static
             * @param {macula.control.ScaleRequest} m ScaleRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ScaleRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.what = "";
                    d.count = 0;
                }
                if (m.what != null && $Object.hasOwnProperty.call(m, "what")) {
                    d.what = m.what;
                }
                if (m.count != null && $Object.hasOwnProperty.call(m, "count")) {
                    d.count = m.count;
                }
                return d;
            };

            /**
             * Converts this ScaleRequest to JSON.
             * @function toJSON
             * @memberof macula.control.ScaleRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ScaleRequest.prototype.toJSON = function() {
                return ScaleRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ScaleRequest
             * @function getTypeUrl
             * @memberof macula.control.ScaleRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ScaleRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/macula.control.ScaleRequest";
            };

            return ScaleRequest;
        })();

        control.ScaleReply = (function() {

            /**
             * Properties of a ScaleReply.
             * @typedef {Object} macula.control.ScaleReply.$Properties
             * @property {Array.<string>|null} [started] ScaleReply started
             * @property {Array.<string>|null} [stopped] ScaleReply stopped
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ScaleReply.
             * @memberof macula.control
             * @interface IScaleReply
             * @augments macula.control.ScaleReply.$Properties
             * @deprecated Use macula.control.ScaleReply.$Properties instead.
             */

            /**
             * Shape of a ScaleReply.
             * @typedef {macula.control.ScaleReply.$Properties} macula.control.ScaleReply.$Shape
             */

            /**
             * Constructs a new ScaleReply.
             * @memberof macula.control
             * @classdesc Represents a ScaleReply.
             * @constructor
             * @param {macula.control.ScaleReply.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ScaleReply = function (p) {
                this.started = [];
                this.stopped = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ScaleReply started.
             * @member {Array.<string>} started
             * @memberof macula.control.ScaleReply
             * @instance
             */
            ScaleReply.prototype.started = $util.emptyArray;

            /**
             * ScaleReply stopped.
             * @member {Array.<string>} stopped
             * @memberof macula.control.ScaleReply
             * @instance
             */
            ScaleReply.prototype.stopped = $util.emptyArray;

            /**
             * Creates a new ScaleReply instance using the specified properties.
             * @function create
             * @memberof macula.control.ScaleReply
             * @static
             * @param {macula.control.ScaleReply.$Properties=} [properties] Properties to set
             * @returns {macula.control.ScaleReply} ScaleReply instance
             * @type {{
             *   (properties: macula.control.ScaleReply.$Shape): macula.control.ScaleReply & macula.control.ScaleReply.$Shape;
             *   (properties?: macula.control.ScaleReply.$Properties): macula.control.ScaleReply;
             * }}
             */
            ScaleReply.create = function(properties) {
                return new ScaleReply(properties);
            };

            /**
             * Encodes the specified ScaleReply message. Does not implicitly {@link macula.control.ScaleReply.verify|verify} messages.
             * @function encode
             * @memberof macula.control.ScaleReply
             * @static
             * @param {macula.control.ScaleReply.$Properties} m ScaleReply message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ScaleReply.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.started != null && m.started.length) {
                    for (var i = 0; i < m.started.length; ++i)
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.started[i]);
                }
                if (m.stopped != null && m.stopped.length) {
                    for (var i = 0; i < m.stopped.length; ++i)
                        w.uint32(/* id 2, wireType 2 =*/18).string(m.stopped[i]);
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a ScaleReply message from the specified reader or buffer.
             * @function decode
             * @memberof macula.control.ScaleReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {macula.control.ScaleReply & macula.control.ScaleReply.$Shape} ScaleReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ScaleReply.decode = function (r, l, z, q, g) {
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
                m = g || new $root.macula.control.ScaleReply();
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
                            if (!(m.started && m.started.length))
                                m.started = [];
                            m.started.push(r.stringVerify());
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if (!(m.stopped && m.stopped.length))
                                m.stopped = [];
                            m.stopped.push(r.stringVerify());
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
             * Creates a ScaleReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof macula.control.ScaleReply
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {macula.control.ScaleReply} ScaleReply
             */
            ScaleReply.fromObject = function (d, q) {
                if (d instanceof $root.macula.control.ScaleReply)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".macula.control.ScaleReply: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.macula.control.ScaleReply();
                if (d.started) {
                    if (!$Array.isArray(d.started))
                        throw $TypeError(".macula.control.ScaleReply.started: array expected");
                    m.started = $Array(d.started.length);
                    for (var i = 0; i < d.started.length; ++i) {
                        m.started[i] = $String(d.started[i]);
                    }
                }
                if (d.stopped) {
                    if (!$Array.isArray(d.stopped))
                        throw $TypeError(".macula.control.ScaleReply.stopped: array expected");
                    m.stopped = $Array(d.stopped.length);
                    for (var i = 0; i < d.stopped.length; ++i) {
                        m.stopped[i] = $String(d.stopped[i]);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a ScaleReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof macula.control.ScaleReply
             * @static
             * @param {macula.control.ScaleReply} m ScaleReply
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ScaleReply.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.started = [];
                    d.stopped = [];
                }
                if (m.started && m.started.length) {
                    d.started = $Array(m.started.length);
                    for (var j = 0; j < m.started.length; ++j) {
                        d.started[j] = m.started[j];
                    }
                }
                if (m.stopped && m.stopped.length) {
                    d.stopped = $Array(m.stopped.length);
                    for (var j = 0; j < m.stopped.length; ++j) {
                        d.stopped[j] = m.stopped[j];
                    }
                }
                return d;
            };

            /**
             * Converts this ScaleReply to JSON.
             * @function toJSON
             * @memberof macula.control.ScaleReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ScaleReply.prototype.toJSON = function() {
                return ScaleReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ScaleReply
             * @function getTypeUrl
             * @memberof macula.control.ScaleReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ScaleReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/macula.control.ScaleReply";
            };

            return ScaleReply;
        })();

        control.FaultRequest = (function() {

            /**
             * Properties of a FaultRequest.
             * @typedef {Object} macula.control.FaultRequest.$Properties
             * @property {string|null} [target] FaultRequest target
             * @property {string|null} [how] FaultRequest how
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FaultRequest.
             * @memberof macula.control
             * @interface IFaultRequest
             * @augments macula.control.FaultRequest.$Properties
             * @deprecated Use macula.control.FaultRequest.$Properties instead.
             */

            /**
             * Shape of a FaultRequest.
             * @typedef {macula.control.FaultRequest.$Properties} macula.control.FaultRequest.$Shape
             */

            /**
             * Constructs a new FaultRequest.
             * @memberof macula.control
             * @classdesc Represents a FaultRequest.
             * @constructor
             * @param {macula.control.FaultRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FaultRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * FaultRequest target.
             * @member {string} target
             * @memberof macula.control.FaultRequest
             * @instance
             */
            FaultRequest.prototype.target = "";

            /**
             * FaultRequest how.
             * @member {string} how
             * @memberof macula.control.FaultRequest
             * @instance
             */
            FaultRequest.prototype.how = "";

            /**
             * Creates a new FaultRequest instance using the specified properties.
             * @function create
             * @memberof macula.control.FaultRequest
             * @static
             * @param {macula.control.FaultRequest.$Properties=} [properties] Properties to set
             * @returns {macula.control.FaultRequest} FaultRequest instance
             * @type {{
             *   (properties: macula.control.FaultRequest.$Shape): macula.control.FaultRequest & macula.control.FaultRequest.$Shape;
             *   (properties?: macula.control.FaultRequest.$Properties): macula.control.FaultRequest;
             * }}
             */
            FaultRequest.create = function(properties) {
                return new FaultRequest(properties);
            };

            /**
             * Encodes the specified FaultRequest message. Does not implicitly {@link macula.control.FaultRequest.verify|verify} messages.
             * @function encode
             * @memberof macula.control.FaultRequest
             * @static
             * @param {macula.control.FaultRequest.$Properties} m FaultRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FaultRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.target != null && $Object.hasOwnProperty.call(m, "target") && m.target !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.target);
                if (m.how != null && $Object.hasOwnProperty.call(m, "how") && m.how !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.how);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a FaultRequest message from the specified reader or buffer.
             * @function decode
             * @memberof macula.control.FaultRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {macula.control.FaultRequest & macula.control.FaultRequest.$Shape} FaultRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FaultRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.macula.control.FaultRequest();
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
                                m.target = v;
                            else
                                delete m.target;
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
             * Creates a FaultRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof macula.control.FaultRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {macula.control.FaultRequest} FaultRequest
             */
            FaultRequest.fromObject = function (d, q) {
                if (d instanceof $root.macula.control.FaultRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".macula.control.FaultRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.macula.control.FaultRequest();
                if (d.target != null) {
                    if (typeof d.target !== "string" || d.target.length) {
                        m.target = $String(d.target);
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
             * Creates a plain object from a FaultRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof macula.control.FaultRequest
             * @static
             * @param {macula.control.FaultRequest} m FaultRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            FaultRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.target = "";
                    d.how = "";
                }
                if (m.target != null && $Object.hasOwnProperty.call(m, "target")) {
                    d.target = m.target;
                }
                if (m.how != null && $Object.hasOwnProperty.call(m, "how")) {
                    d.how = m.how;
                }
                return d;
            };

            /**
             * Converts this FaultRequest to JSON.
             * @function toJSON
             * @memberof macula.control.FaultRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            FaultRequest.prototype.toJSON = function() {
                return FaultRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for FaultRequest
             * @function getTypeUrl
             * @memberof macula.control.FaultRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            FaultRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/macula.control.FaultRequest";
            };

            return FaultRequest;
        })();

        control.PingRequest = (function() {

            /**
             * Properties of a PingRequest.
             * @typedef {Object} macula.control.PingRequest.$Properties
             * @property {string|null} [target] PingRequest target
             * @property {boolean|null} [garbageFirst] PingRequest garbageFirst
             * @property {string|null} [via] PingRequest via
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PingRequest.
             * @memberof macula.control
             * @interface IPingRequest
             * @augments macula.control.PingRequest.$Properties
             * @deprecated Use macula.control.PingRequest.$Properties instead.
             */

            /**
             * Shape of a PingRequest.
             * @typedef {macula.control.PingRequest.$Properties} macula.control.PingRequest.$Shape
             */

            /**
             * Constructs a new PingRequest.
             * @memberof macula.control
             * @classdesc Represents a PingRequest.
             * @constructor
             * @param {macula.control.PingRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PingRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * PingRequest target.
             * @member {string} target
             * @memberof macula.control.PingRequest
             * @instance
             */
            PingRequest.prototype.target = "";

            /**
             * PingRequest garbageFirst.
             * @member {boolean} garbageFirst
             * @memberof macula.control.PingRequest
             * @instance
             */
            PingRequest.prototype.garbageFirst = false;

            /**
             * PingRequest via.
             * @member {string} via
             * @memberof macula.control.PingRequest
             * @instance
             */
            PingRequest.prototype.via = "";

            /**
             * Creates a new PingRequest instance using the specified properties.
             * @function create
             * @memberof macula.control.PingRequest
             * @static
             * @param {macula.control.PingRequest.$Properties=} [properties] Properties to set
             * @returns {macula.control.PingRequest} PingRequest instance
             * @type {{
             *   (properties: macula.control.PingRequest.$Shape): macula.control.PingRequest & macula.control.PingRequest.$Shape;
             *   (properties?: macula.control.PingRequest.$Properties): macula.control.PingRequest;
             * }}
             */
            PingRequest.create = function(properties) {
                return new PingRequest(properties);
            };

            /**
             * Encodes the specified PingRequest message. Does not implicitly {@link macula.control.PingRequest.verify|verify} messages.
             * @function encode
             * @memberof macula.control.PingRequest
             * @static
             * @param {macula.control.PingRequest.$Properties} m PingRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PingRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.target != null && $Object.hasOwnProperty.call(m, "target") && m.target !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.target);
                if (m.garbageFirst != null && $Object.hasOwnProperty.call(m, "garbageFirst") && m.garbageFirst !== false)
                    w.uint32(/* id 2, wireType 0 =*/16).bool(m.garbageFirst);
                if (m.via != null && $Object.hasOwnProperty.call(m, "via") && m.via !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.via);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a PingRequest message from the specified reader or buffer.
             * @function decode
             * @memberof macula.control.PingRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {macula.control.PingRequest & macula.control.PingRequest.$Shape} PingRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PingRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.macula.control.PingRequest();
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
                                m.target = v;
                            else
                                delete m.target;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.garbageFirst = v;
                            else
                                delete m.garbageFirst;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.via = v;
                            else
                                delete m.via;
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
             * Creates a PingRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof macula.control.PingRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {macula.control.PingRequest} PingRequest
             */
            PingRequest.fromObject = function (d, q) {
                if (d instanceof $root.macula.control.PingRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".macula.control.PingRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.macula.control.PingRequest();
                if (d.target != null) {
                    if (typeof d.target !== "string" || d.target.length) {
                        m.target = $String(d.target);
                    }
                }
                if (d.garbageFirst != null) {
                    if (d.garbageFirst) {
                        m.garbageFirst = $Boolean(d.garbageFirst);
                    }
                }
                if (d.via != null) {
                    if (typeof d.via !== "string" || d.via.length) {
                        m.via = $String(d.via);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a PingRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof macula.control.PingRequest
             * @static
             * @param {macula.control.PingRequest} m PingRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PingRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.target = "";
                    d.garbageFirst = false;
                    d.via = "";
                }
                if (m.target != null && $Object.hasOwnProperty.call(m, "target")) {
                    d.target = m.target;
                }
                if (m.garbageFirst != null && $Object.hasOwnProperty.call(m, "garbageFirst")) {
                    d.garbageFirst = m.garbageFirst;
                }
                if (m.via != null && $Object.hasOwnProperty.call(m, "via")) {
                    d.via = m.via;
                }
                return d;
            };

            /**
             * Converts this PingRequest to JSON.
             * @function toJSON
             * @memberof macula.control.PingRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PingRequest.prototype.toJSON = function() {
                return PingRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PingRequest
             * @function getTypeUrl
             * @memberof macula.control.PingRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PingRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/macula.control.PingRequest";
            };

            return PingRequest;
        })();

        control.PingReply = (function() {

            /**
             * Properties of a PingReply.
             * @typedef {Object} macula.control.PingReply.$Properties
             * @property {number|null} [pid] PingReply pid
             * @property {number|null} [startedAt] PingReply startedAt
             * @property {number|null} [rttMs] PingReply rttMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PingReply.
             * @memberof macula.control
             * @interface IPingReply
             * @augments macula.control.PingReply.$Properties
             * @deprecated Use macula.control.PingReply.$Properties instead.
             */

            /**
             * Shape of a PingReply.
             * @typedef {macula.control.PingReply.$Properties} macula.control.PingReply.$Shape
             */

            /**
             * Constructs a new PingReply.
             * @memberof macula.control
             * @classdesc Represents a PingReply.
             * @constructor
             * @param {macula.control.PingReply.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PingReply = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * PingReply pid.
             * @member {number} pid
             * @memberof macula.control.PingReply
             * @instance
             */
            PingReply.prototype.pid = 0;

            /**
             * PingReply startedAt.
             * @member {number} startedAt
             * @memberof macula.control.PingReply
             * @instance
             */
            PingReply.prototype.startedAt = 0;

            /**
             * PingReply rttMs.
             * @member {number} rttMs
             * @memberof macula.control.PingReply
             * @instance
             */
            PingReply.prototype.rttMs = 0;

            /**
             * Creates a new PingReply instance using the specified properties.
             * @function create
             * @memberof macula.control.PingReply
             * @static
             * @param {macula.control.PingReply.$Properties=} [properties] Properties to set
             * @returns {macula.control.PingReply} PingReply instance
             * @type {{
             *   (properties: macula.control.PingReply.$Shape): macula.control.PingReply & macula.control.PingReply.$Shape;
             *   (properties?: macula.control.PingReply.$Properties): macula.control.PingReply;
             * }}
             */
            PingReply.create = function(properties) {
                return new PingReply(properties);
            };

            /**
             * Encodes the specified PingReply message. Does not implicitly {@link macula.control.PingReply.verify|verify} messages.
             * @function encode
             * @memberof macula.control.PingReply
             * @static
             * @param {macula.control.PingReply.$Properties} m PingReply message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PingReply.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.pid != null && $Object.hasOwnProperty.call(m, "pid") && m.pid !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).uint32(m.pid);
                if (m.startedAt != null && $Object.hasOwnProperty.call(m, "startedAt") && !$Object.is(m.startedAt, 0))
                    w.uint32(/* id 2, wireType 1 =*/17).double(m.startedAt);
                if (m.rttMs != null && $Object.hasOwnProperty.call(m, "rttMs") && !$Object.is(m.rttMs, 0))
                    w.uint32(/* id 3, wireType 1 =*/25).double(m.rttMs);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a PingReply message from the specified reader or buffer.
             * @function decode
             * @memberof macula.control.PingReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {macula.control.PingReply & macula.control.PingReply.$Shape} PingReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PingReply.decode = function (r, l, z, q, g) {
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
                m = g || new $root.macula.control.PingReply();
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
                                m.pid = v;
                            else
                                delete m.pid;
                            continue;
                        }
                    case 2: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.startedAt = v;
                            else
                                delete m.startedAt;
                            continue;
                        }
                    case 3: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.rttMs = v;
                            else
                                delete m.rttMs;
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
             * Creates a PingReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof macula.control.PingReply
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {macula.control.PingReply} PingReply
             */
            PingReply.fromObject = function (d, q) {
                if (d instanceof $root.macula.control.PingReply)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".macula.control.PingReply: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.macula.control.PingReply();
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
                if (d.rttMs != null) {
                    if (!$Object.is($Number(d.rttMs), 0)) {
                        m.rttMs = $Number(d.rttMs);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a PingReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof macula.control.PingReply
             * @static
             * @param {macula.control.PingReply} m PingReply
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PingReply.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.pid = 0;
                    d.startedAt = 0;
                    d.rttMs = 0;
                }
                if (m.pid != null && $Object.hasOwnProperty.call(m, "pid")) {
                    d.pid = m.pid;
                }
                if (m.startedAt != null && $Object.hasOwnProperty.call(m, "startedAt")) {
                    d.startedAt = o.json && !$isFinite(m.startedAt) ? $String(m.startedAt) : m.startedAt;
                }
                if (m.rttMs != null && $Object.hasOwnProperty.call(m, "rttMs")) {
                    d.rttMs = o.json && !$isFinite(m.rttMs) ? $String(m.rttMs) : m.rttMs;
                }
                return d;
            };

            /**
             * Converts this PingReply to JSON.
             * @function toJSON
             * @memberof macula.control.PingReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PingReply.prototype.toJSON = function() {
                return PingReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PingReply
             * @function getTypeUrl
             * @memberof macula.control.PingReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PingReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/macula.control.PingReply";
            };

            return PingReply;
        })();

        control.StatusReply = (function() {

            /**
             * Properties of a StatusReply.
             * @typedef {Object} macula.control.StatusReply.$Properties
             * @property {string|null} [nodeId] StatusReply nodeId
             * @property {string|null} [realm] StatusReply realm
             * @property {number|null} [pid] StatusReply pid
             * @property {number|null} [startedAt] StatusReply startedAt
             * @property {boolean|null} [ready] StatusReply ready
             * @property {macula.common.TreeNode.$Properties|null} [tree] StatusReply tree
             * @property {Object.<string,string>|null} [bound] StatusReply bound
             * @property {Object.<string,string>|null} [services] StatusReply services
             * @property {string|null} [bootstrapUrl] StatusReply bootstrapUrl
             * @property {string|null} [meshJson] StatusReply meshJson
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StatusReply.
             * @memberof macula.control
             * @interface IStatusReply
             * @augments macula.control.StatusReply.$Properties
             * @deprecated Use macula.control.StatusReply.$Properties instead.
             */

            /**
             * Shape of a StatusReply.
             * @typedef {macula.control.StatusReply.$Properties} macula.control.StatusReply.$Shape
             */

            /**
             * Constructs a new StatusReply.
             * @memberof macula.control
             * @classdesc Represents a StatusReply.
             * @constructor
             * @param {macula.control.StatusReply.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const StatusReply = function (p) {
                this.bound = {};
                this.services = {};
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * StatusReply nodeId.
             * @member {string} nodeId
             * @memberof macula.control.StatusReply
             * @instance
             */
            StatusReply.prototype.nodeId = "";

            /**
             * StatusReply realm.
             * @member {string} realm
             * @memberof macula.control.StatusReply
             * @instance
             */
            StatusReply.prototype.realm = "";

            /**
             * StatusReply pid.
             * @member {number} pid
             * @memberof macula.control.StatusReply
             * @instance
             */
            StatusReply.prototype.pid = 0;

            /**
             * StatusReply startedAt.
             * @member {number} startedAt
             * @memberof macula.control.StatusReply
             * @instance
             */
            StatusReply.prototype.startedAt = 0;

            /**
             * StatusReply ready.
             * @member {boolean} ready
             * @memberof macula.control.StatusReply
             * @instance
             */
            StatusReply.prototype.ready = false;

            /**
             * StatusReply tree.
             * @member {macula.common.TreeNode.$Properties|null|undefined} tree
             * @memberof macula.control.StatusReply
             * @instance
             */
            StatusReply.prototype.tree = null;

            /**
             * StatusReply bound.
             * @member {Object.<string,string>} bound
             * @memberof macula.control.StatusReply
             * @instance
             */
            StatusReply.prototype.bound = $util.emptyObject;

            /**
             * StatusReply services.
             * @member {Object.<string,string>} services
             * @memberof macula.control.StatusReply
             * @instance
             */
            StatusReply.prototype.services = $util.emptyObject;

            /**
             * StatusReply bootstrapUrl.
             * @member {string} bootstrapUrl
             * @memberof macula.control.StatusReply
             * @instance
             */
            StatusReply.prototype.bootstrapUrl = "";

            /**
             * StatusReply meshJson.
             * @member {string} meshJson
             * @memberof macula.control.StatusReply
             * @instance
             */
            StatusReply.prototype.meshJson = "";

            /**
             * Creates a new StatusReply instance using the specified properties.
             * @function create
             * @memberof macula.control.StatusReply
             * @static
             * @param {macula.control.StatusReply.$Properties=} [properties] Properties to set
             * @returns {macula.control.StatusReply} StatusReply instance
             * @type {{
             *   (properties: macula.control.StatusReply.$Shape): macula.control.StatusReply & macula.control.StatusReply.$Shape;
             *   (properties?: macula.control.StatusReply.$Properties): macula.control.StatusReply;
             * }}
             */
            StatusReply.create = function(properties) {
                return new StatusReply(properties);
            };

            /**
             * Encodes the specified StatusReply message. Does not implicitly {@link macula.control.StatusReply.verify|verify} messages.
             * @function encode
             * @memberof macula.control.StatusReply
             * @static
             * @param {macula.control.StatusReply.$Properties} m StatusReply message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StatusReply.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.nodeId != null && $Object.hasOwnProperty.call(m, "nodeId") && m.nodeId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.nodeId);
                if (m.realm != null && $Object.hasOwnProperty.call(m, "realm") && m.realm !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.realm);
                if (m.pid != null && $Object.hasOwnProperty.call(m, "pid") && m.pid !== 0)
                    w.uint32(/* id 3, wireType 0 =*/24).uint32(m.pid);
                if (m.startedAt != null && $Object.hasOwnProperty.call(m, "startedAt") && !$Object.is(m.startedAt, 0))
                    w.uint32(/* id 4, wireType 1 =*/33).double(m.startedAt);
                if (m.ready != null && $Object.hasOwnProperty.call(m, "ready") && m.ready !== false)
                    w.uint32(/* id 5, wireType 0 =*/40).bool(m.ready);
                if (m.tree != null && $Object.hasOwnProperty.call(m, "tree"))
                    $root.macula.common.TreeNode.encode(m.tree, w.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
                if (m.bound != null && $Object.hasOwnProperty.call(m, "bound")) {
                    for (var ks = $Object.keys(m.bound), i = 0; i < ks.length; ++i) {
                        w.uint32(/* id 7, wireType 2 =*/58).fork().uint32(/* id 1, wireType 2 =*/10).string(ks[i]).uint32(/* id 2, wireType 2 =*/18).string(m.bound[ks[i]]).ldelim();
                    }
                }
                if (m.services != null && $Object.hasOwnProperty.call(m, "services")) {
                    for (var ks = $Object.keys(m.services), i = 0; i < ks.length; ++i) {
                        w.uint32(/* id 8, wireType 2 =*/66).fork().uint32(/* id 1, wireType 2 =*/10).string(ks[i]).uint32(/* id 2, wireType 2 =*/18).string(m.services[ks[i]]).ldelim();
                    }
                }
                if (m.bootstrapUrl != null && $Object.hasOwnProperty.call(m, "bootstrapUrl") && m.bootstrapUrl !== "")
                    w.uint32(/* id 9, wireType 2 =*/74).string(m.bootstrapUrl);
                if (m.meshJson != null && $Object.hasOwnProperty.call(m, "meshJson") && m.meshJson !== "")
                    w.uint32(/* id 10, wireType 2 =*/82).string(m.meshJson);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a StatusReply message from the specified reader or buffer.
             * @function decode
             * @memberof macula.control.StatusReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {macula.control.StatusReply & macula.control.StatusReply.$Shape} StatusReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StatusReply.decode = function (r, l, z, q, g) {
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
                m = g || new $root.macula.control.StatusReply();
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
                                m.realm = v;
                            else
                                delete m.realm;
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
                    case 4: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.startedAt = v;
                            else
                                delete m.startedAt;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.ready = v;
                            else
                                delete m.ready;
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            m.tree = $root.macula.common.TreeNode.decode(r, r.size(), $undefined, q + 1, m.tree);
                            continue;
                        }
                    case 7: {
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
                    case 8: {
                            if (u !== 2)
                                break;
                            if (m.services === $util.emptyObject)
                                m.services = {};
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
                                $util.makeProp(m.services, k);
                            m.services[k] = v;
                            continue;
                        }
                    case 9: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.bootstrapUrl = v;
                            else
                                delete m.bootstrapUrl;
                            continue;
                        }
                    case 10: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.meshJson = v;
                            else
                                delete m.meshJson;
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
             * Creates a StatusReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof macula.control.StatusReply
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {macula.control.StatusReply} StatusReply
             */
            StatusReply.fromObject = function (d, q) {
                if (d instanceof $root.macula.control.StatusReply)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".macula.control.StatusReply: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.macula.control.StatusReply();
                if (d.nodeId != null) {
                    if (typeof d.nodeId !== "string" || d.nodeId.length) {
                        m.nodeId = $String(d.nodeId);
                    }
                }
                if (d.realm != null) {
                    if (typeof d.realm !== "string" || d.realm.length) {
                        m.realm = $String(d.realm);
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
                if (d.ready != null) {
                    if (d.ready) {
                        m.ready = $Boolean(d.ready);
                    }
                }
                if (d.tree != null) {
                    if (!$util.isObject(d.tree))
                        throw $TypeError(".macula.control.StatusReply.tree: object expected");
                    m.tree = $root.macula.common.TreeNode.fromObject(d.tree, q + 1);
                }
                if (d.bound) {
                    if (!$util.isObject(d.bound))
                        throw $TypeError(".macula.control.StatusReply.bound: object expected");
                    m.bound = {};
                    for (var ks = $Object.keys(d.bound), i = 0; i < ks.length; ++i) {
                        if (ks[i] === "__proto__")
                            $util.makeProp(m.bound, ks[i]);
                        m.bound[ks[i]] = $String(d.bound[ks[i]]);
                    }
                }
                if (d.services) {
                    if (!$util.isObject(d.services))
                        throw $TypeError(".macula.control.StatusReply.services: object expected");
                    m.services = {};
                    for (var ks = $Object.keys(d.services), i = 0; i < ks.length; ++i) {
                        if (ks[i] === "__proto__")
                            $util.makeProp(m.services, ks[i]);
                        m.services[ks[i]] = $String(d.services[ks[i]]);
                    }
                }
                if (d.bootstrapUrl != null) {
                    if (typeof d.bootstrapUrl !== "string" || d.bootstrapUrl.length) {
                        m.bootstrapUrl = $String(d.bootstrapUrl);
                    }
                }
                if (d.meshJson != null) {
                    if (typeof d.meshJson !== "string" || d.meshJson.length) {
                        m.meshJson = $String(d.meshJson);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a StatusReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof macula.control.StatusReply
             * @static
             * @param {macula.control.StatusReply} m StatusReply
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            StatusReply.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.objects || o.defaults) {
                    d.bound = {};
                    d.services = {};
                }
                if (o.defaults) {
                    d.nodeId = "";
                    d.realm = "";
                    d.pid = 0;
                    d.startedAt = 0;
                    d.ready = false;
                    d.tree = null;
                    d.bootstrapUrl = "";
                    d.meshJson = "";
                }
                if (m.nodeId != null && $Object.hasOwnProperty.call(m, "nodeId")) {
                    d.nodeId = m.nodeId;
                }
                if (m.realm != null && $Object.hasOwnProperty.call(m, "realm")) {
                    d.realm = m.realm;
                }
                if (m.pid != null && $Object.hasOwnProperty.call(m, "pid")) {
                    d.pid = m.pid;
                }
                if (m.startedAt != null && $Object.hasOwnProperty.call(m, "startedAt")) {
                    d.startedAt = o.json && !$isFinite(m.startedAt) ? $String(m.startedAt) : m.startedAt;
                }
                if (m.ready != null && $Object.hasOwnProperty.call(m, "ready")) {
                    d.ready = m.ready;
                }
                if (m.tree != null && $Object.hasOwnProperty.call(m, "tree")) {
                    d.tree = $root.macula.common.TreeNode.toObject(m.tree, o, q + 1);
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
                if (m.services && (ks2 = $Object.keys(m.services)).length) {
                    d.services = {};
                    for (var j = 0; j < ks2.length; ++j) {
                        if (ks2[j] === "__proto__")
                            $util.makeProp(d.services, ks2[j]);
                        d.services[ks2[j]] = m.services[ks2[j]];
                    }
                }
                if (m.bootstrapUrl != null && $Object.hasOwnProperty.call(m, "bootstrapUrl")) {
                    d.bootstrapUrl = m.bootstrapUrl;
                }
                if (m.meshJson != null && $Object.hasOwnProperty.call(m, "meshJson")) {
                    d.meshJson = m.meshJson;
                }
                return d;
            };

            /**
             * Converts this StatusReply to JSON.
             * @function toJSON
             * @memberof macula.control.StatusReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            StatusReply.prototype.toJSON = function() {
                return StatusReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for StatusReply
             * @function getTypeUrl
             * @memberof macula.control.StatusReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            StatusReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/macula.control.StatusReply";
            };

            return StatusReply;
        })();

        control.Ok = (function() {

            /**
             * Properties of an Ok.
             * @typedef {Object} macula.control.Ok.$Properties
             * @property {string|null} [message] Ok message
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Ok.
             * @memberof macula.control
             * @interface IOk
             * @augments macula.control.Ok.$Properties
             * @deprecated Use macula.control.Ok.$Properties instead.
             */

            /**
             * Shape of an Ok.
             * @typedef {macula.control.Ok.$Properties} macula.control.Ok.$Shape
             */

            /**
             * Constructs a new Ok.
             * @memberof macula.control
             * @classdesc Represents an Ok.
             * @constructor
             * @param {macula.control.Ok.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Ok = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Ok message.
             * @member {string} message
             * @memberof macula.control.Ok
             * @instance
             */
            Ok.prototype.message = "";

            /**
             * Creates a new Ok instance using the specified properties.
             * @function create
             * @memberof macula.control.Ok
             * @static
             * @param {macula.control.Ok.$Properties=} [properties] Properties to set
             * @returns {macula.control.Ok} Ok instance
             * @type {{
             *   (properties: macula.control.Ok.$Shape): macula.control.Ok & macula.control.Ok.$Shape;
             *   (properties?: macula.control.Ok.$Properties): macula.control.Ok;
             * }}
             */
            Ok.create = function(properties) {
                return new Ok(properties);
            };

            /**
             * Encodes the specified Ok message. Does not implicitly {@link macula.control.Ok.verify|verify} messages.
             * @function encode
             * @memberof macula.control.Ok
             * @static
             * @param {macula.control.Ok.$Properties} m Ok message or plain object to encode
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
                if (m.message != null && $Object.hasOwnProperty.call(m, "message") && m.message !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.message);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes an Ok message from the specified reader or buffer.
             * @function decode
             * @memberof macula.control.Ok
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {macula.control.Ok & macula.control.Ok.$Shape} Ok
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
                m = g || new $root.macula.control.Ok();
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
             * Creates an Ok message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof macula.control.Ok
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {macula.control.Ok} Ok
             */
            Ok.fromObject = function (d, q) {
                if (d instanceof $root.macula.control.Ok)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".macula.control.Ok: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.macula.control.Ok();
                if (d.message != null) {
                    if (typeof d.message !== "string" || d.message.length) {
                        m.message = $String(d.message);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an Ok message. Also converts values to other types if specified.
             * @function toObject
             * @memberof macula.control.Ok
             * @static
             * @param {macula.control.Ok} m Ok
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Ok.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.message = "";
                }
                if (m.message != null && $Object.hasOwnProperty.call(m, "message")) {
                    d.message = m.message;
                }
                return d;
            };

            /**
             * Converts this Ok to JSON.
             * @function toJSON
             * @memberof macula.control.Ok
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Ok.prototype.toJSON = function() {
                return Ok.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Ok
             * @function getTypeUrl
             * @memberof macula.control.Ok
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Ok.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/macula.control.Ok";
            };

            return Ok;
        })();

        return control;
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

    return macula;
})();

export {
  $root as default
};
