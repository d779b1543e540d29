import * as $protobuf from "protobufjs";
import type Long from "long";

export namespace macula {

    namespace wire {

        interface IFrame extends macula.wire.Frame.$Properties {
        }

        class Frame {
            constructor(p?: macula.wire.Frame.$Properties);
            $unknowns?: Uint8Array[];
            route?: (macula.wire.Route.$Properties|null);
            connect?: (macula.wire.Connect.$Properties|null);
            connected?: (macula.wire.Connected.$Properties|null);
            error?: (macula.common.Error.$Properties|null);
            ping?: (macula.wire.Ping.$Properties|null);
            pong?: (macula.wire.Pong.$Properties|null);
            goodbye?: (macula.wire.Goodbye.$Properties|null);
            publish?: (macula.wire.Publish.$Properties|null);
            published?: (macula.wire.Published.$Properties|null);
            subscribe?: (macula.wire.Subscribe.$Properties|null);
            subscribed?: (macula.wire.Subscribed.$Properties|null);
            unsubscribe?: (macula.wire.Unsubscribe.$Properties|null);
            event?: (macula.wire.Event.$Properties|null);
            call?: (macula.wire.Call.$Properties|null);
            result?: (macula.wire.Result.$Properties|null);
            advertise?: (macula.wire.Advertise.$Properties|null);
            advertised?: (macula.wire.Advertised.$Properties|null);
            unadvertise?: (macula.wire.Unadvertise.$Properties|null);
            invocation?: (macula.wire.Invocation.$Properties|null);
            yield?: (macula.wire.Yield.$Properties|null);
            invocationError?: (macula.wire.InvocationError.$Properties|null);
            dht?: (macula.dht.Message.$Properties|null);
            interestSnapshot?: (macula.wire.InterestSnapshot.$Properties|null);
            interestDelta?: (macula.wire.InterestDelta.$Properties|null);
            interestResync?: (macula.wire.InterestResync.$Properties|null);
            routedEvent?: (macula.wire.RoutedEvent.$Properties|null);
            reach?: (macula.wire.Reach.$Properties|null);
            body?: ("connect"|"connected"|"error"|"ping"|"pong"|"goodbye"|"publish"|"published"|"subscribe"|"subscribed"|"unsubscribe"|"event"|"call"|"result"|"advertise"|"advertised"|"unadvertise"|"invocation"|"yield"|"invocationError"|"dht"|"interestSnapshot"|"interestDelta"|"interestResync"|"routedEvent"|"reach");
            static create(properties: macula.wire.Frame.$Shape): macula.wire.Frame & macula.wire.Frame.$Shape;
            static create(properties?: macula.wire.Frame.$Properties): macula.wire.Frame;
            static encode(m: macula.wire.Frame.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): macula.wire.Frame & macula.wire.Frame.$Shape;
            static fromObject(d: { [k: string]: any }): macula.wire.Frame;
            static toObject(m: macula.wire.Frame, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Frame {
            interface $Properties {
                route?: (macula.wire.Route.$Properties|null);
                connect?: (macula.wire.Connect.$Properties|null);
                connected?: (macula.wire.Connected.$Properties|null);
                error?: (macula.common.Error.$Properties|null);
                ping?: (macula.wire.Ping.$Properties|null);
                pong?: (macula.wire.Pong.$Properties|null);
                goodbye?: (macula.wire.Goodbye.$Properties|null);
                publish?: (macula.wire.Publish.$Properties|null);
                published?: (macula.wire.Published.$Properties|null);
                subscribe?: (macula.wire.Subscribe.$Properties|null);
                subscribed?: (macula.wire.Subscribed.$Properties|null);
                unsubscribe?: (macula.wire.Unsubscribe.$Properties|null);
                event?: (macula.wire.Event.$Properties|null);
                call?: (macula.wire.Call.$Properties|null);
                result?: (macula.wire.Result.$Properties|null);
                advertise?: (macula.wire.Advertise.$Properties|null);
                advertised?: (macula.wire.Advertised.$Properties|null);
                unadvertise?: (macula.wire.Unadvertise.$Properties|null);
                invocation?: (macula.wire.Invocation.$Properties|null);
                "yield"?: (macula.wire.Yield.$Properties|null);
                invocationError?: (macula.wire.InvocationError.$Properties|null);
                dht?: (macula.dht.Message.$Properties|null);
                interestSnapshot?: (macula.wire.InterestSnapshot.$Properties|null);
                interestDelta?: (macula.wire.InterestDelta.$Properties|null);
                interestResync?: (macula.wire.InterestResync.$Properties|null);
                routedEvent?: (macula.wire.RoutedEvent.$Properties|null);
                reach?: (macula.wire.Reach.$Properties|null);
                body?: ("connect"|"connected"|"error"|"ping"|"pong"|"goodbye"|"publish"|"published"|"subscribe"|"subscribed"|"unsubscribe"|"event"|"call"|"result"|"advertise"|"advertised"|"unadvertise"|"invocation"|"yield"|"invocationError"|"dht"|"interestSnapshot"|"interestDelta"|"interestResync"|"routedEvent"|"reach");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              route?: macula.wire.Route.$Shape|null;
              connect?: macula.wire.Connect.$Shape|null;
              connected?: macula.wire.Connected.$Shape|null;
              error?: macula.common.Error.$Shape|null;
              ping?: macula.wire.Ping.$Shape|null;
              pong?: macula.wire.Pong.$Shape|null;
              goodbye?: macula.wire.Goodbye.$Shape|null;
              publish?: macula.wire.Publish.$Shape|null;
              published?: macula.wire.Published.$Shape|null;
              subscribe?: macula.wire.Subscribe.$Shape|null;
              subscribed?: macula.wire.Subscribed.$Shape|null;
              unsubscribe?: macula.wire.Unsubscribe.$Shape|null;
              event?: macula.wire.Event.$Shape|null;
              call?: macula.wire.Call.$Shape|null;
              result?: macula.wire.Result.$Shape|null;
              advertise?: macula.wire.Advertise.$Shape|null;
              advertised?: macula.wire.Advertised.$Shape|null;
              unadvertise?: macula.wire.Unadvertise.$Shape|null;
              invocation?: macula.wire.Invocation.$Shape|null;
              "yield"?: macula.wire.Yield.$Shape|null;
              invocationError?: macula.wire.InvocationError.$Shape|null;
              dht?: macula.dht.Message.$Shape|null;
              interestSnapshot?: macula.wire.InterestSnapshot.$Shape|null;
              interestDelta?: macula.wire.InterestDelta.$Shape|null;
              interestResync?: macula.wire.InterestResync.$Shape|null;
              routedEvent?: macula.wire.RoutedEvent.$Shape|null;
              reach?: macula.wire.Reach.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; connect?: null; connected?: null; error?: null; ping?: null; pong?: null; goodbye?: null; publish?: null; published?: null; subscribe?: null; subscribed?: null; unsubscribe?: null; event?: null; call?: null; result?: null; advertise?: null; advertised?: null; unadvertise?: null; invocation?: null; "yield"?: null; invocationError?: null; dht?: null; interestSnapshot?: null; interestDelta?: null; interestResync?: null; routedEvent?: null; reach?: null }|{ body?: "connect"; connect: macula.wire.Connect.$Shape; connected?: null; error?: null; ping?: null; pong?: null; goodbye?: null; publish?: null; published?: null; subscribe?: null; subscribed?: null; unsubscribe?: null; event?: null; call?: null; result?: null; advertise?: null; advertised?: null; unadvertise?: null; invocation?: null; "yield"?: null; invocationError?: null; dht?: null; interestSnapshot?: null; interestDelta?: null; interestResync?: null; routedEvent?: null; reach?: null }|{ body?: "connected"; connect?: null; connected: macula.wire.Connected.$Shape; error?: null; ping?: null; pong?: null; goodbye?: null; publish?: null; published?: null; subscribe?: null; subscribed?: null; unsubscribe?: null; event?: null; call?: null; result?: null; advertise?: null; advertised?: null; unadvertise?: null; invocation?: null; "yield"?: null; invocationError?: null; dht?: null; interestSnapshot?: null; interestDelta?: null; interestResync?: null; routedEvent?: null; reach?: null }|{ body?: "error"; connect?: null; connected?: null; error: macula.common.Error.$Shape; ping?: null; pong?: null; goodbye?: null; publish?: null; published?: null; subscribe?: null; subscribed?: null; unsubscribe?: null; event?: null; call?: null; result?: null; advertise?: null; advertised?: null; unadvertise?: null; invocation?: null; "yield"?: null; invocationError?: null; dht?: null; interestSnapshot?: null; interestDelta?: null; interestResync?: null; routedEvent?: null; reach?: null }|{ body?: "ping"; connect?: null; connected?: null; error?: null; ping: macula.wire.Ping.$Shape; pong?: null; goodbye?: null; publish?: null; published?: null; subscribe?: null; subscribed?: null; unsubscribe?: null; event?: null; call?: null; result?: null; advertise?: null; advertised?: null; unadvertise?: null; invocation?: null; "yield"?: null; invocationError?: null; dht?: null; interestSnapshot?: null; interestDelta?: null; interestResync?: null; routedEvent?: null; reach?: null }|{ body?: "pong"; connect?: null; connected?: null; error?: null; ping?: null; pong: macula.wire.Pong.$Shape; goodbye?: null; publish?: null; published?: null; subscribe?: null; subscribed?: null; unsubscribe?: null; event?: null; call?: null; result?: null; advertise?: null; advertised?: null; unadvertise?: null; invocation?: null; "yield"?: null; invocationError?: null; dht?: null; interestSnapshot?: null; interestDelta?: null; interestResync?: null; routedEvent?: null; reach?: null }|{ body?: "goodbye"; connect?: null; connected?: null; error?: null; ping?: null; pong?: null; goodbye: macula.wire.Goodbye.$Shape; publish?: null; published?: null; subscribe?: null; subscribed?: null; unsubscribe?: null; event?: null; call?: null; result?: null; advertise?: null; advertised?: null; unadvertise?: null; invocation?: null; "yield"?: null; invocationError?: null; dht?: null; interestSnapshot?: null; interestDelta?: null; interestResync?: null; routedEvent?: null; reach?: null }|{ body?: "publish"; connect?: null; connected?: null; error?: null; ping?: null; pong?: null; goodbye?: null; publish: macula.wire.Publish.$Shape; published?: null; subscribe?: null; subscribed?: null; unsubscribe?: null; event?: null; call?: null; result?: null; advertise?: null; advertised?: null; unadvertise?: null; invocation?: null; "yield"?: null; invocationError?: null; dht?: null; interestSnapshot?: null; interestDelta?: null; interestResync?: null; routedEvent?: null; reach?: null }|{ body?: "published"; connect?: null; connected?: null; error?: null; ping?: null; pong?: null; goodbye?: null; publish?: null; published: macula.wire.Published.$Shape; subscribe?: null; subscribed?: null; unsubscribe?: null; event?: null; call?: null; result?: null; advertise?: null; advertised?: null; unadvertise?: null; invocation?: null; "yield"?: null; invocationError?: null; dht?: null; interestSnapshot?: null; interestDelta?: null; interestResync?: null; routedEvent?: null; reach?: null }|{ body?: "subscribe"; connect?: null; connected?: null; error?: null; ping?: null; pong?: null; goodbye?: null; publish?: null; published?: null; subscribe: macula.wire.Subscribe.$Shape; subscribed?: null; unsubscribe?: null; event?: null; call?: null; result?: null; advertise?: null; advertised?: null; unadvertise?: null; invocation?: null; "yield"?: null; invocationError?: null; dht?: null; interestSnapshot?: null; interestDelta?: null; interestResync?: null; routedEvent?: null; reach?: null }|{ body?: "subscribed"; connect?: null; connected?: null; error?: null; ping?: null; pong?: null; goodbye?: null; publish?: null; published?: null; subscribe?: null; subscribed: macula.wire.Subscribed.$Shape; unsubscribe?: null; event?: null; call?: null; result?: null; advertise?: null; advertised?: null; unadvertise?: null; invocation?: null; "yield"?: null; invocationError?: null; dht?: null; interestSnapshot?: null; interestDelta?: null; interestResync?: null; routedEvent?: null; reach?: null }|{ body?: "unsubscribe"; connect?: null; connected?: null; error?: null; ping?: null; pong?: null; goodbye?: null; publish?: null; published?: null; subscribe?: null; subscribed?: null; unsubscribe: macula.wire.Unsubscribe.$Shape; event?: null; call?: null; result?: null; advertise?: null; advertised?: null; unadvertise?: null; invocation?: null; "yield"?: null; invocationError?: null; dht?: null; interestSnapshot?: null; interestDelta?: null; interestResync?: null; routedEvent?: null; reach?: null }|{ body?: "event"; connect?: null; connected?: null; error?: null; ping?: null; pong?: null; goodbye?: null; publish?: null; published?: null; subscribe?: null; subscribed?: null; unsubscribe?: null; event: macula.wire.Event.$Shape; call?: null; result?: null; advertise?: null; advertised?: null; unadvertise?: null; invocation?: null; "yield"?: null; invocationError?: null; dht?: null; interestSnapshot?: null; interestDelta?: null; interestResync?: null; routedEvent?: null; reach?: null }|{ body?: "call"; connect?: null; connected?: null; error?: null; ping?: null; pong?: null; goodbye?: null; publish?: null; published?: null; subscribe?: null; subscribed?: null; unsubscribe?: null; event?: null; call: macula.wire.Call.$Shape; result?: null; advertise?: null; advertised?: null; unadvertise?: null; invocation?: null; "yield"?: null; invocationError?: null; dht?: null; interestSnapshot?: null; interestDelta?: null; interestResync?: null; routedEvent?: null; reach?: null }|{ body?: "result"; connect?: null; connected?: null; error?: null; ping?: null; pong?: null; goodbye?: null; publish?: null; published?: null; subscribe?: null; subscribed?: null; unsubscribe?: null; event?: null; call?: null; result: macula.wire.Result.$Shape; advertise?: null; advertised?: null; unadvertise?: null; invocation?: null; "yield"?: null; invocationError?: null; dht?: null; interestSnapshot?: null; interestDelta?: null; interestResync?: null; routedEvent?: null; reach?: null }|{ body?: "advertise"; connect?: null; connected?: null; error?: null; ping?: null; pong?: null; goodbye?: null; publish?: null; published?: null; subscribe?: null; subscribed?: null; unsubscribe?: null; event?: null; call?: null; result?: null; advertise: macula.wire.Advertise.$Shape; advertised?: null; unadvertise?: null; invocation?: null; "yield"?: null; invocationError?: null; dht?: null; interestSnapshot?: null; interestDelta?: null; interestResync?: null; routedEvent?: null; reach?: null }|{ body?: "advertised"; connect?: null; connected?: null; error?: null; ping?: null; pong?: null; goodbye?: null; publish?: null; published?: null; subscribe?: null; subscribed?: null; unsubscribe?: null; event?: null; call?: null; result?: null; advertise?: null; advertised: macula.wire.Advertised.$Shape; unadvertise?: null; invocation?: null; "yield"?: null; invocationError?: null; dht?: null; interestSnapshot?: null; interestDelta?: null; interestResync?: null; routedEvent?: null; reach?: null }|{ body?: "unadvertise"; connect?: null; connected?: null; error?: null; ping?: null; pong?: null; goodbye?: null; publish?: null; published?: null; subscribe?: null; subscribed?: null; unsubscribe?: null; event?: null; call?: null; result?: null; advertise?: null; advertised?: null; unadvertise: macula.wire.Unadvertise.$Shape; invocation?: null; "yield"?: null; invocationError?: null; dht?: null; interestSnapshot?: null; interestDelta?: null; interestResync?: null; routedEvent?: null; reach?: null }|{ body?: "invocation"; connect?: null; connected?: null; error?: null; ping?: null; pong?: null; goodbye?: null; publish?: null; published?: null; subscribe?: null; subscribed?: null; unsubscribe?: null; event?: null; call?: null; result?: null; advertise?: null; advertised?: null; unadvertise?: null; invocation: macula.wire.Invocation.$Shape; "yield"?: null; invocationError?: null; dht?: null; interestSnapshot?: null; interestDelta?: null; interestResync?: null; routedEvent?: null; reach?: null }|{ body?: "yield"; connect?: null; connected?: null; error?: null; ping?: null; pong?: null; goodbye?: null; publish?: null; published?: null; subscribe?: null; subscribed?: null; unsubscribe?: null; event?: null; call?: null; result?: null; advertise?: null; advertised?: null; unadvertise?: null; invocation?: null; "yield": macula.wire.Yield.$Shape; invocationError?: null; dht?: null; interestSnapshot?: null; interestDelta?: null; interestResync?: null; routedEvent?: null; reach?: null }|{ body?: "invocationError"; connect?: null; connected?: null; error?: null; ping?: null; pong?: null; goodbye?: null; publish?: null; published?: null; subscribe?: null; subscribed?: null; unsubscribe?: null; event?: null; call?: null; result?: null; advertise?: null; advertised?: null; unadvertise?: null; invocation?: null; "yield"?: null; invocationError: macula.wire.InvocationError.$Shape; dht?: null; interestSnapshot?: null; interestDelta?: null; interestResync?: null; routedEvent?: null; reach?: null }|{ body?: "dht"; connect?: null; connected?: null; error?: null; ping?: null; pong?: null; goodbye?: null; publish?: null; published?: null; subscribe?: null; subscribed?: null; unsubscribe?: null; event?: null; call?: null; result?: null; advertise?: null; advertised?: null; unadvertise?: null; invocation?: null; "yield"?: null; invocationError?: null; dht: macula.dht.Message.$Shape; interestSnapshot?: null; interestDelta?: null; interestResync?: null; routedEvent?: null; reach?: null }|{ body?: "interestSnapshot"; connect?: null; connected?: null; error?: null; ping?: null; pong?: null; goodbye?: null; publish?: null; published?: null; subscribe?: null; subscribed?: null; unsubscribe?: null; event?: null; call?: null; result?: null; advertise?: null; advertised?: null; unadvertise?: null; invocation?: null; "yield"?: null; invocationError?: null; dht?: null; interestSnapshot: macula.wire.InterestSnapshot.$Shape; interestDelta?: null; interestResync?: null; routedEvent?: null; reach?: null }|{ body?: "interestDelta"; connect?: null; connected?: null; error?: null; ping?: null; pong?: null; goodbye?: null; publish?: null; published?: null; subscribe?: null; subscribed?: null; unsubscribe?: null; event?: null; call?: null; result?: null; advertise?: null; advertised?: null; unadvertise?: null; invocation?: null; "yield"?: null; invocationError?: null; dht?: null; interestSnapshot?: null; interestDelta: macula.wire.InterestDelta.$Shape; interestResync?: null; routedEvent?: null; reach?: null }|{ body?: "interestResync"; connect?: null; connected?: null; error?: null; ping?: null; pong?: null; goodbye?: null; publish?: null; published?: null; subscribe?: null; subscribed?: null; unsubscribe?: null; event?: null; call?: null; result?: null; advertise?: null; advertised?: null; unadvertise?: null; invocation?: null; "yield"?: null; invocationError?: null; dht?: null; interestSnapshot?: null; interestDelta?: null; interestResync: macula.wire.InterestResync.$Shape; routedEvent?: null; reach?: null }|{ body?: "routedEvent"; connect?: null; connected?: null; error?: null; ping?: null; pong?: null; goodbye?: null; publish?: null; published?: null; subscribe?: null; subscribed?: null; unsubscribe?: null; event?: null; call?: null; result?: null; advertise?: null; advertised?: null; unadvertise?: null; invocation?: null; "yield"?: null; invocationError?: null; dht?: null; interestSnapshot?: null; interestDelta?: null; interestResync?: null; routedEvent: macula.wire.RoutedEvent.$Shape; reach?: null }|{ body?: "reach"; connect?: null; connected?: null; error?: null; ping?: null; pong?: null; goodbye?: null; publish?: null; published?: null; subscribe?: null; subscribed?: null; unsubscribe?: null; event?: null; call?: null; result?: null; advertise?: null; advertised?: null; unadvertise?: null; invocation?: null; "yield"?: null; invocationError?: null; dht?: null; interestSnapshot?: null; interestDelta?: null; interestResync?: null; routedEvent?: null; reach: macula.wire.Reach.$Shape })
            );
        }

        interface IRoute extends macula.wire.Route.$Properties {
        }

        class Route {
            constructor(p?: macula.wire.Route.$Properties);
            $unknowns?: Uint8Array[];
            originNodeId: string;
            destinationNodeId: string;
            hopCount: number;
            maxHops: number;
            realm: string;
            packetId: number;
            static create(properties: macula.wire.Route.$Shape): macula.wire.Route & macula.wire.Route.$Shape;
            static create(properties?: macula.wire.Route.$Properties): macula.wire.Route;
            static encode(m: macula.wire.Route.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): macula.wire.Route & macula.wire.Route.$Shape;
            static fromObject(d: { [k: string]: any }): macula.wire.Route;
            static toObject(m: macula.wire.Route, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Route {
            interface $Properties {
                originNodeId?: (string|null);
                destinationNodeId?: (string|null);
                hopCount?: (number|null);
                maxHops?: (number|null);
                realm?: (string|null);
                packetId?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = macula.wire.Route.$Properties;
        }

        interface IReach extends macula.wire.Reach.$Properties {
        }

        class Reach {
            constructor(p?: macula.wire.Reach.$Properties);
            $unknowns?: Uint8Array[];
            snapshot: boolean;
            entries: macula.wire.ReachEntry.$Properties[];
            static create(properties: macula.wire.Reach.$Shape): macula.wire.Reach & macula.wire.Reach.$Shape;
            static create(properties?: macula.wire.Reach.$Properties): macula.wire.Reach;
            static encode(m: macula.wire.Reach.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): macula.wire.Reach & macula.wire.Reach.$Shape;
            static fromObject(d: { [k: string]: any }): macula.wire.Reach;
            static toObject(m: macula.wire.Reach, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Reach {
            interface $Properties {
                snapshot?: (boolean|null);
                entries?: (macula.wire.ReachEntry.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = macula.wire.Reach.$Properties;
        }

        interface IReachEntry extends macula.wire.ReachEntry.$Properties {
        }

        class ReachEntry {
            constructor(p?: macula.wire.ReachEntry.$Properties);
            $unknowns?: Uint8Array[];
            nodeId: string;
            hops: number;
            static create(properties: macula.wire.ReachEntry.$Shape): macula.wire.ReachEntry & macula.wire.ReachEntry.$Shape;
            static create(properties?: macula.wire.ReachEntry.$Properties): macula.wire.ReachEntry;
            static encode(m: macula.wire.ReachEntry.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): macula.wire.ReachEntry & macula.wire.ReachEntry.$Shape;
            static fromObject(d: { [k: string]: any }): macula.wire.ReachEntry;
            static toObject(m: macula.wire.ReachEntry, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ReachEntry {
            interface $Properties {
                nodeId?: (string|null);
                hops?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = macula.wire.ReachEntry.$Properties;
        }

        interface IConnect extends macula.wire.Connect.$Properties {
        }

        class Connect {
            constructor(p?: macula.wire.Connect.$Properties);
            $unknowns?: Uint8Array[];
            protocolVersion: number;
            realm: string;
            nodeId: string;
            clientName: string;
            capabilities: string[];
            minProtocolVersion: number;
            role: macula.wire.ConnectionRole;
            incarnation: string;
            static create(properties: macula.wire.Connect.$Shape): macula.wire.Connect & macula.wire.Connect.$Shape;
            static create(properties?: macula.wire.Connect.$Properties): macula.wire.Connect;
            static encode(m: macula.wire.Connect.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): macula.wire.Connect & macula.wire.Connect.$Shape;
            static fromObject(d: { [k: string]: any }): macula.wire.Connect;
            static toObject(m: macula.wire.Connect, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Connect {
            interface $Properties {
                protocolVersion?: (number|null);
                realm?: (string|null);
                nodeId?: (string|null);
                clientName?: (string|null);
                capabilities?: (string[]|null);
                minProtocolVersion?: (number|null);
                role?: (macula.wire.ConnectionRole|null);
                incarnation?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = macula.wire.Connect.$Properties;
        }

        enum ConnectionRole {
            CLIENT = 0,
            NODE_LINK = 1
        }

        interface IConnected extends macula.wire.Connected.$Properties {
        }

        class Connected {
            constructor(p?: macula.wire.Connected.$Properties);
            $unknowns?: Uint8Array[];
            nodeId: string;
            sessionId: string;
            protocolVersion: number;
            realms: string[];
            heartbeatMs: number;
            maxFrameBytes: number;
            capabilities: string[];
            incarnation: string;
            static create(properties: macula.wire.Connected.$Shape): macula.wire.Connected & macula.wire.Connected.$Shape;
            static create(properties?: macula.wire.Connected.$Properties): macula.wire.Connected;
            static encode(m: macula.wire.Connected.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): macula.wire.Connected & macula.wire.Connected.$Shape;
            static fromObject(d: { [k: string]: any }): macula.wire.Connected;
            static toObject(m: macula.wire.Connected, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Connected {
            interface $Properties {
                nodeId?: (string|null);
                sessionId?: (string|null);
                protocolVersion?: (number|null);
                realms?: (string[]|null);
                heartbeatMs?: (number|null);
                maxFrameBytes?: (number|null);
                capabilities?: (string[]|null);
                incarnation?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = macula.wire.Connected.$Properties;
        }

        interface IPing extends macula.wire.Ping.$Properties {
        }

        class Ping {
            constructor(p?: macula.wire.Ping.$Properties);
            $unknowns?: Uint8Array[];
            seq: number;
            static create(properties: macula.wire.Ping.$Shape): macula.wire.Ping & macula.wire.Ping.$Shape;
            static create(properties?: macula.wire.Ping.$Properties): macula.wire.Ping;
            static encode(m: macula.wire.Ping.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): macula.wire.Ping & macula.wire.Ping.$Shape;
            static fromObject(d: { [k: string]: any }): macula.wire.Ping;
            static toObject(m: macula.wire.Ping, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Ping {
            interface $Properties {
                seq?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = macula.wire.Ping.$Properties;
        }

        interface IPong extends macula.wire.Pong.$Properties {
        }

        class Pong {
            constructor(p?: macula.wire.Pong.$Properties);
            $unknowns?: Uint8Array[];
            seq: number;
            static create(properties: macula.wire.Pong.$Shape): macula.wire.Pong & macula.wire.Pong.$Shape;
            static create(properties?: macula.wire.Pong.$Properties): macula.wire.Pong;
            static encode(m: macula.wire.Pong.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): macula.wire.Pong & macula.wire.Pong.$Shape;
            static fromObject(d: { [k: string]: any }): macula.wire.Pong;
            static toObject(m: macula.wire.Pong, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Pong {
            interface $Properties {
                seq?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = macula.wire.Pong.$Properties;
        }

        interface IGoodbye extends macula.wire.Goodbye.$Properties {
        }

        class Goodbye {
            constructor(p?: macula.wire.Goodbye.$Properties);
            $unknowns?: Uint8Array[];
            reason: string;
            code: number;
            static create(properties: macula.wire.Goodbye.$Shape): macula.wire.Goodbye & macula.wire.Goodbye.$Shape;
            static create(properties?: macula.wire.Goodbye.$Properties): macula.wire.Goodbye;
            static encode(m: macula.wire.Goodbye.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): macula.wire.Goodbye & macula.wire.Goodbye.$Shape;
            static fromObject(d: { [k: string]: any }): macula.wire.Goodbye;
            static toObject(m: macula.wire.Goodbye, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Goodbye {
            interface $Properties {
                reason?: (string|null);
                code?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = macula.wire.Goodbye.$Properties;
        }

        interface IPublish extends macula.wire.Publish.$Properties {
        }

        class Publish {
            constructor(p?: macula.wire.Publish.$Properties);
            $unknowns?: Uint8Array[];
            topic: string;
            payload: Uint8Array;
            qos: number;
            correlationId: number;
            static create(properties: macula.wire.Publish.$Shape): macula.wire.Publish & macula.wire.Publish.$Shape;
            static create(properties?: macula.wire.Publish.$Properties): macula.wire.Publish;
            static encode(m: macula.wire.Publish.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): macula.wire.Publish & macula.wire.Publish.$Shape;
            static fromObject(d: { [k: string]: any }): macula.wire.Publish;
            static toObject(m: macula.wire.Publish, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Publish {
            interface $Properties {
                topic?: (string|null);
                payload?: (Uint8Array|null);
                qos?: (number|null);
                correlationId?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = macula.wire.Publish.$Properties;
        }

        interface IPublished extends macula.wire.Published.$Properties {
        }

        class Published {
            constructor(p?: macula.wire.Published.$Properties);
            $unknowns?: Uint8Array[];
            correlationId: number;
            static create(properties: macula.wire.Published.$Shape): macula.wire.Published & macula.wire.Published.$Shape;
            static create(properties?: macula.wire.Published.$Properties): macula.wire.Published;
            static encode(m: macula.wire.Published.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): macula.wire.Published & macula.wire.Published.$Shape;
            static fromObject(d: { [k: string]: any }): macula.wire.Published;
            static toObject(m: macula.wire.Published, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Published {
            interface $Properties {
                correlationId?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = macula.wire.Published.$Properties;
        }

        interface ISubscribe extends macula.wire.Subscribe.$Properties {
        }

        class Subscribe {
            constructor(p?: macula.wire.Subscribe.$Properties);
            $unknowns?: Uint8Array[];
            correlationId: number;
            pattern: string;
            queue: string;
            static create(properties: macula.wire.Subscribe.$Shape): macula.wire.Subscribe & macula.wire.Subscribe.$Shape;
            static create(properties?: macula.wire.Subscribe.$Properties): macula.wire.Subscribe;
            static encode(m: macula.wire.Subscribe.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): macula.wire.Subscribe & macula.wire.Subscribe.$Shape;
            static fromObject(d: { [k: string]: any }): macula.wire.Subscribe;
            static toObject(m: macula.wire.Subscribe, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Subscribe {
            interface $Properties {
                correlationId?: (number|null);
                pattern?: (string|null);
                queue?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = macula.wire.Subscribe.$Properties;
        }

        interface ISubscribed extends macula.wire.Subscribed.$Properties {
        }

        class Subscribed {
            constructor(p?: macula.wire.Subscribed.$Properties);
            $unknowns?: Uint8Array[];
            correlationId: number;
            subscriptionId: number;
            static create(properties: macula.wire.Subscribed.$Shape): macula.wire.Subscribed & macula.wire.Subscribed.$Shape;
            static create(properties?: macula.wire.Subscribed.$Properties): macula.wire.Subscribed;
            static encode(m: macula.wire.Subscribed.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): macula.wire.Subscribed & macula.wire.Subscribed.$Shape;
            static fromObject(d: { [k: string]: any }): macula.wire.Subscribed;
            static toObject(m: macula.wire.Subscribed, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Subscribed {
            interface $Properties {
                correlationId?: (number|null);
                subscriptionId?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = macula.wire.Subscribed.$Properties;
        }

        interface IUnsubscribe extends macula.wire.Unsubscribe.$Properties {
        }

        class Unsubscribe {
            constructor(p?: macula.wire.Unsubscribe.$Properties);
            $unknowns?: Uint8Array[];
            subscriptionId: number;
            static create(properties: macula.wire.Unsubscribe.$Shape): macula.wire.Unsubscribe & macula.wire.Unsubscribe.$Shape;
            static create(properties?: macula.wire.Unsubscribe.$Properties): macula.wire.Unsubscribe;
            static encode(m: macula.wire.Unsubscribe.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): macula.wire.Unsubscribe & macula.wire.Unsubscribe.$Shape;
            static fromObject(d: { [k: string]: any }): macula.wire.Unsubscribe;
            static toObject(m: macula.wire.Unsubscribe, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Unsubscribe {
            interface $Properties {
                subscriptionId?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = macula.wire.Unsubscribe.$Properties;
        }

        interface IEvent extends macula.wire.Event.$Properties {
        }

        class Event {
            constructor(p?: macula.wire.Event.$Properties);
            $unknowns?: Uint8Array[];
            subscriptionId: number;
            topic: string;
            payload: Uint8Array;
            publisher: string;
            static create(properties: macula.wire.Event.$Shape): macula.wire.Event & macula.wire.Event.$Shape;
            static create(properties?: macula.wire.Event.$Properties): macula.wire.Event;
            static encode(m: macula.wire.Event.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): macula.wire.Event & macula.wire.Event.$Shape;
            static fromObject(d: { [k: string]: any }): macula.wire.Event;
            static toObject(m: macula.wire.Event, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Event {
            interface $Properties {
                subscriptionId?: (number|null);
                topic?: (string|null);
                payload?: (Uint8Array|null);
                publisher?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = macula.wire.Event.$Properties;
        }

        interface ICall extends macula.wire.Call.$Properties {
        }

        class Call {
            constructor(p?: macula.wire.Call.$Properties);
            $unknowns?: Uint8Array[];
            correlationId: number;
            procedure: string;
            args: Uint8Array;
            timeoutMs: number;
            targetNodeId: string;
            static create(properties: macula.wire.Call.$Shape): macula.wire.Call & macula.wire.Call.$Shape;
            static create(properties?: macula.wire.Call.$Properties): macula.wire.Call;
            static encode(m: macula.wire.Call.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): macula.wire.Call & macula.wire.Call.$Shape;
            static fromObject(d: { [k: string]: any }): macula.wire.Call;
            static toObject(m: macula.wire.Call, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Call {
            interface $Properties {
                correlationId?: (number|null);
                procedure?: (string|null);
                args?: (Uint8Array|null);
                timeoutMs?: (number|null);
                targetNodeId?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = macula.wire.Call.$Properties;
        }

        interface IResult extends macula.wire.Result.$Properties {
        }

        class Result {
            constructor(p?: macula.wire.Result.$Properties);
            $unknowns?: Uint8Array[];
            correlationId: number;
            payload: Uint8Array;
            static create(properties: macula.wire.Result.$Shape): macula.wire.Result & macula.wire.Result.$Shape;
            static create(properties?: macula.wire.Result.$Properties): macula.wire.Result;
            static encode(m: macula.wire.Result.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): macula.wire.Result & macula.wire.Result.$Shape;
            static fromObject(d: { [k: string]: any }): macula.wire.Result;
            static toObject(m: macula.wire.Result, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Result {
            interface $Properties {
                correlationId?: (number|null);
                payload?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = macula.wire.Result.$Properties;
        }

        interface IAdvertise extends macula.wire.Advertise.$Properties {
        }

        class Advertise {
            constructor(p?: macula.wire.Advertise.$Properties);
            $unknowns?: Uint8Array[];
            correlationId: number;
            procedure: string;
            ttlMs: number;
            metadata: { [k: string]: string };
            static create(properties: macula.wire.Advertise.$Shape): macula.wire.Advertise & macula.wire.Advertise.$Shape;
            static create(properties?: macula.wire.Advertise.$Properties): macula.wire.Advertise;
            static encode(m: macula.wire.Advertise.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): macula.wire.Advertise & macula.wire.Advertise.$Shape;
            static fromObject(d: { [k: string]: any }): macula.wire.Advertise;
            static toObject(m: macula.wire.Advertise, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Advertise {
            interface $Properties {
                correlationId?: (number|null);
                procedure?: (string|null);
                ttlMs?: (number|null);
                metadata?: ({ [k: string]: string }|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = macula.wire.Advertise.$Properties;
        }

        interface IAdvertised extends macula.wire.Advertised.$Properties {
        }

        class Advertised {
            constructor(p?: macula.wire.Advertised.$Properties);
            $unknowns?: Uint8Array[];
            correlationId: number;
            static create(properties: macula.wire.Advertised.$Shape): macula.wire.Advertised & macula.wire.Advertised.$Shape;
            static create(properties?: macula.wire.Advertised.$Properties): macula.wire.Advertised;
            static encode(m: macula.wire.Advertised.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): macula.wire.Advertised & macula.wire.Advertised.$Shape;
            static fromObject(d: { [k: string]: any }): macula.wire.Advertised;
            static toObject(m: macula.wire.Advertised, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Advertised {
            interface $Properties {
                correlationId?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = macula.wire.Advertised.$Properties;
        }

        interface IUnadvertise extends macula.wire.Unadvertise.$Properties {
        }

        class Unadvertise {
            constructor(p?: macula.wire.Unadvertise.$Properties);
            $unknowns?: Uint8Array[];
            procedure: string;
            static create(properties: macula.wire.Unadvertise.$Shape): macula.wire.Unadvertise & macula.wire.Unadvertise.$Shape;
            static create(properties?: macula.wire.Unadvertise.$Properties): macula.wire.Unadvertise;
            static encode(m: macula.wire.Unadvertise.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): macula.wire.Unadvertise & macula.wire.Unadvertise.$Shape;
            static fromObject(d: { [k: string]: any }): macula.wire.Unadvertise;
            static toObject(m: macula.wire.Unadvertise, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Unadvertise {
            interface $Properties {
                procedure?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = macula.wire.Unadvertise.$Properties;
        }

        interface IInvocation extends macula.wire.Invocation.$Properties {
        }

        class Invocation {
            constructor(p?: macula.wire.Invocation.$Properties);
            $unknowns?: Uint8Array[];
            invocationId: number;
            procedure: string;
            args: Uint8Array;
            deadlineMs: number;
            caller: string;
            static create(properties: macula.wire.Invocation.$Shape): macula.wire.Invocation & macula.wire.Invocation.$Shape;
            static create(properties?: macula.wire.Invocation.$Properties): macula.wire.Invocation;
            static encode(m: macula.wire.Invocation.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): macula.wire.Invocation & macula.wire.Invocation.$Shape;
            static fromObject(d: { [k: string]: any }): macula.wire.Invocation;
            static toObject(m: macula.wire.Invocation, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Invocation {
            interface $Properties {
                invocationId?: (number|null);
                procedure?: (string|null);
                args?: (Uint8Array|null);
                deadlineMs?: (number|null);
                caller?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = macula.wire.Invocation.$Properties;
        }

        interface IYield extends macula.wire.Yield.$Properties {
        }

        class Yield {
            constructor(p?: macula.wire.Yield.$Properties);
            $unknowns?: Uint8Array[];
            invocationId: number;
            payload: Uint8Array;
            static create(properties: macula.wire.Yield.$Shape): macula.wire.Yield & macula.wire.Yield.$Shape;
            static create(properties?: macula.wire.Yield.$Properties): macula.wire.Yield;
            static encode(m: macula.wire.Yield.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): macula.wire.Yield & macula.wire.Yield.$Shape;
            static fromObject(d: { [k: string]: any }): macula.wire.Yield;
            static toObject(m: macula.wire.Yield, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Yield {
            interface $Properties {
                invocationId?: (number|null);
                payload?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = macula.wire.Yield.$Properties;
        }

        interface IInvocationError extends macula.wire.InvocationError.$Properties {
        }

        class InvocationError {
            constructor(p?: macula.wire.InvocationError.$Properties);
            $unknowns?: Uint8Array[];
            invocationId: number;
            message: string;
            code: number;
            detailsJson: string;
            declined: boolean;
            static create(properties: macula.wire.InvocationError.$Shape): macula.wire.InvocationError & macula.wire.InvocationError.$Shape;
            static create(properties?: macula.wire.InvocationError.$Properties): macula.wire.InvocationError;
            static encode(m: macula.wire.InvocationError.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): macula.wire.InvocationError & macula.wire.InvocationError.$Shape;
            static fromObject(d: { [k: string]: any }): macula.wire.InvocationError;
            static toObject(m: macula.wire.InvocationError, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace InvocationError {
            interface $Properties {
                invocationId?: (number|null);
                message?: (string|null);
                code?: (number|null);
                detailsJson?: (string|null);
                declined?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = macula.wire.InvocationError.$Properties;
        }

        interface IInterestEntry extends macula.wire.InterestEntry.$Properties {
        }

        class InterestEntry {
            constructor(p?: macula.wire.InterestEntry.$Properties);
            $unknowns?: Uint8Array[];
            pattern: string;
            queue: string;
            static create(properties: macula.wire.InterestEntry.$Shape): macula.wire.InterestEntry & macula.wire.InterestEntry.$Shape;
            static create(properties?: macula.wire.InterestEntry.$Properties): macula.wire.InterestEntry;
            static encode(m: macula.wire.InterestEntry.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): macula.wire.InterestEntry & macula.wire.InterestEntry.$Shape;
            static fromObject(d: { [k: string]: any }): macula.wire.InterestEntry;
            static toObject(m: macula.wire.InterestEntry, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace InterestEntry {
            interface $Properties {
                pattern?: (string|null);
                queue?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = macula.wire.InterestEntry.$Properties;
        }

        interface IInterestSnapshot extends macula.wire.InterestSnapshot.$Properties {
        }

        class InterestSnapshot {
            constructor(p?: macula.wire.InterestSnapshot.$Properties);
            $unknowns?: Uint8Array[];
            seq: number;
            begin: boolean;
            end: boolean;
            entries: macula.wire.InterestEntry.$Properties[];
            members: macula.wire.MeshMember.$Properties[];
            cellBits: number;
            static create(properties: macula.wire.InterestSnapshot.$Shape): macula.wire.InterestSnapshot & macula.wire.InterestSnapshot.$Shape;
            static create(properties?: macula.wire.InterestSnapshot.$Properties): macula.wire.InterestSnapshot;
            static encode(m: macula.wire.InterestSnapshot.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): macula.wire.InterestSnapshot & macula.wire.InterestSnapshot.$Shape;
            static fromObject(d: { [k: string]: any }): macula.wire.InterestSnapshot;
            static toObject(m: macula.wire.InterestSnapshot, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace InterestSnapshot {
            interface $Properties {
                seq?: (number|null);
                begin?: (boolean|null);
                end?: (boolean|null);
                entries?: (macula.wire.InterestEntry.$Properties[]|null);
                members?: (macula.wire.MeshMember.$Properties[]|null);
                cellBits?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = macula.wire.InterestSnapshot.$Properties;
        }

        interface IMeshMember extends macula.wire.MeshMember.$Properties {
        }

        class MeshMember {
            constructor(p?: macula.wire.MeshMember.$Properties);
            $unknowns?: Uint8Array[];
            nodeId: string;
            endpoint: string;
            static create(properties: macula.wire.MeshMember.$Shape): macula.wire.MeshMember & macula.wire.MeshMember.$Shape;
            static create(properties?: macula.wire.MeshMember.$Properties): macula.wire.MeshMember;
            static encode(m: macula.wire.MeshMember.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): macula.wire.MeshMember & macula.wire.MeshMember.$Shape;
            static fromObject(d: { [k: string]: any }): macula.wire.MeshMember;
            static toObject(m: macula.wire.MeshMember, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace MeshMember {
            interface $Properties {
                nodeId?: (string|null);
                endpoint?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = macula.wire.MeshMember.$Properties;
        }

        interface IInterestOp extends macula.wire.InterestOp.$Properties {
        }

        class InterestOp {
            constructor(p?: macula.wire.InterestOp.$Properties);
            $unknowns?: Uint8Array[];
            pattern: string;
            queue: string;
            remove: boolean;
            static create(properties: macula.wire.InterestOp.$Shape): macula.wire.InterestOp & macula.wire.InterestOp.$Shape;
            static create(properties?: macula.wire.InterestOp.$Properties): macula.wire.InterestOp;
            static encode(m: macula.wire.InterestOp.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): macula.wire.InterestOp & macula.wire.InterestOp.$Shape;
            static fromObject(d: { [k: string]: any }): macula.wire.InterestOp;
            static toObject(m: macula.wire.InterestOp, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace InterestOp {
            interface $Properties {
                pattern?: (string|null);
                queue?: (string|null);
                remove?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = macula.wire.InterestOp.$Properties;
        }

        interface IInterestDelta extends macula.wire.InterestDelta.$Properties {
        }

        class InterestDelta {
            constructor(p?: macula.wire.InterestDelta.$Properties);
            $unknowns?: Uint8Array[];
            seq: number;
            ops: macula.wire.InterestOp.$Properties[];
            static create(properties: macula.wire.InterestDelta.$Shape): macula.wire.InterestDelta & macula.wire.InterestDelta.$Shape;
            static create(properties?: macula.wire.InterestDelta.$Properties): macula.wire.InterestDelta;
            static encode(m: macula.wire.InterestDelta.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): macula.wire.InterestDelta & macula.wire.InterestDelta.$Shape;
            static fromObject(d: { [k: string]: any }): macula.wire.InterestDelta;
            static toObject(m: macula.wire.InterestDelta, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace InterestDelta {
            interface $Properties {
                seq?: (number|null);
                ops?: (macula.wire.InterestOp.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = macula.wire.InterestDelta.$Properties;
        }

        interface IInterestResync extends macula.wire.InterestResync.$Properties {
        }

        class InterestResync {
            constructor(p?: macula.wire.InterestResync.$Properties);
            $unknowns?: Uint8Array[];
            expectedSeq: number;
            gotSeq: number;
            static create(properties: macula.wire.InterestResync.$Shape): macula.wire.InterestResync & macula.wire.InterestResync.$Shape;
            static create(properties?: macula.wire.InterestResync.$Properties): macula.wire.InterestResync;
            static encode(m: macula.wire.InterestResync.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): macula.wire.InterestResync & macula.wire.InterestResync.$Shape;
            static fromObject(d: { [k: string]: any }): macula.wire.InterestResync;
            static toObject(m: macula.wire.InterestResync, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace InterestResync {
            interface $Properties {
                expectedSeq?: (number|null);
                gotSeq?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = macula.wire.InterestResync.$Properties;
        }

        interface IRoutedEvent extends macula.wire.RoutedEvent.$Properties {
        }

        class RoutedEvent {
            constructor(p?: macula.wire.RoutedEvent.$Properties);
            $unknowns?: Uint8Array[];
            topic: string;
            payload: Uint8Array;
            publisher: string;
            queues: string[];
            fanout: boolean;
            static create(properties: macula.wire.RoutedEvent.$Shape): macula.wire.RoutedEvent & macula.wire.RoutedEvent.$Shape;
            static create(properties?: macula.wire.RoutedEvent.$Properties): macula.wire.RoutedEvent;
            static encode(m: macula.wire.RoutedEvent.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): macula.wire.RoutedEvent & macula.wire.RoutedEvent.$Shape;
            static fromObject(d: { [k: string]: any }): macula.wire.RoutedEvent;
            static toObject(m: macula.wire.RoutedEvent, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace RoutedEvent {
            interface $Properties {
                topic?: (string|null);
                payload?: (Uint8Array|null);
                publisher?: (string|null);
                queues?: (string[]|null);
                fanout?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = macula.wire.RoutedEvent.$Properties;
        }
    }

    namespace common {

        interface IError extends macula.common.Error.$Properties {
        }

        class Error {
            constructor(p?: macula.common.Error.$Properties);
            $unknowns?: Uint8Array[];
            correlationId: number;
            code: number;
            message: string;
            detailsJson: string;
            codeName: string;
            static create(properties: macula.common.Error.$Shape): macula.common.Error & macula.common.Error.$Shape;
            static create(properties?: macula.common.Error.$Properties): macula.common.Error;
            static encode(m: macula.common.Error.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): macula.common.Error & macula.common.Error.$Shape;
            static fromObject(d: { [k: string]: any }): macula.common.Error;
            static toObject(m: macula.common.Error, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Error {
            interface $Properties {
                correlationId?: (number|null);
                code?: (number|null);
                message?: (string|null);
                detailsJson?: (string|null);
                codeName?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = macula.common.Error.$Properties;
        }

        interface ITreeNode extends macula.common.TreeNode.$Properties {
        }

        class TreeNode {
            constructor(p?: macula.common.TreeNode.$Properties);
            $unknowns?: Uint8Array[];
            id: string;
            type: string;
            state: string;
            pid: number;
            restarts: number;
            startedAt: number;
            strategy: string;
            memory: number;
            children: macula.common.TreeNode.$Properties[];
            static create(properties: macula.common.TreeNode.$Shape): macula.common.TreeNode & macula.common.TreeNode.$Shape;
            static create(properties?: macula.common.TreeNode.$Properties): macula.common.TreeNode;
            static encode(m: macula.common.TreeNode.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): macula.common.TreeNode & macula.common.TreeNode.$Shape;
            static fromObject(d: { [k: string]: any }): macula.common.TreeNode;
            static toObject(m: macula.common.TreeNode, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace TreeNode {
            interface $Properties {
                id?: (string|null);
                type?: (string|null);
                state?: (string|null);
                pid?: (number|null);
                restarts?: (number|null);
                startedAt?: (number|null);
                strategy?: (string|null);
                memory?: (number|null);
                children?: (macula.common.TreeNode.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = macula.common.TreeNode.$Properties;
        }
    }

    namespace dht {

        interface IContact extends macula.dht.Contact.$Properties {
        }

        class Contact {
            constructor(p?: macula.dht.Contact.$Properties);
            $unknowns?: Uint8Array[];
            nodeId: string;
            endpoint: string;
            static create(properties: macula.dht.Contact.$Shape): macula.dht.Contact & macula.dht.Contact.$Shape;
            static create(properties?: macula.dht.Contact.$Properties): macula.dht.Contact;
            static encode(m: macula.dht.Contact.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): macula.dht.Contact & macula.dht.Contact.$Shape;
            static fromObject(d: { [k: string]: any }): macula.dht.Contact;
            static toObject(m: macula.dht.Contact, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Contact {
            interface $Properties {
                nodeId?: (string|null);
                endpoint?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = macula.dht.Contact.$Properties;
        }

        interface IRecord extends macula.dht.Record.$Properties {
        }

        class Record {
            constructor(p?: macula.dht.Record.$Properties);
            $unknowns?: Uint8Array[];
            nodeId: string;
            endpoint: string;
            metadata: { [k: string]: string };
            ttlMs: number;
            seq: number;
            static create(properties: macula.dht.Record.$Shape): macula.dht.Record & macula.dht.Record.$Shape;
            static create(properties?: macula.dht.Record.$Properties): macula.dht.Record;
            static encode(m: macula.dht.Record.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): macula.dht.Record & macula.dht.Record.$Shape;
            static fromObject(d: { [k: string]: any }): macula.dht.Record;
            static toObject(m: macula.dht.Record, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Record {
            interface $Properties {
                nodeId?: (string|null);
                endpoint?: (string|null);
                metadata?: ({ [k: string]: string }|null);
                ttlMs?: (number|null);
                seq?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = macula.dht.Record.$Properties;
        }

        interface IMessage extends macula.dht.Message.$Properties {
        }

        class Message {
            constructor(p?: macula.dht.Message.$Properties);
            $unknowns?: Uint8Array[];
            type: string;
            requestId: number;
            sender?: (macula.dht.Contact.$Properties|null);
            key: string;
            contacts: macula.dht.Contact.$Properties[];
            providers: macula.dht.Record.$Properties[];
            record?: (macula.dht.Record.$Properties|null);
            stored: boolean;
            code: string;
            message: string;
            static create(properties: macula.dht.Message.$Shape): macula.dht.Message & macula.dht.Message.$Shape;
            static create(properties?: macula.dht.Message.$Properties): macula.dht.Message;
            static encode(m: macula.dht.Message.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): macula.dht.Message & macula.dht.Message.$Shape;
            static fromObject(d: { [k: string]: any }): macula.dht.Message;
            static toObject(m: macula.dht.Message, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Message {
            interface $Properties {
                type?: (string|null);
                requestId?: (number|null);
                sender?: (macula.dht.Contact.$Properties|null);
                key?: (string|null);
                contacts?: (macula.dht.Contact.$Properties[]|null);
                providers?: (macula.dht.Record.$Properties[]|null);
                record?: (macula.dht.Record.$Properties|null);
                stored?: (boolean|null);
                code?: (string|null);
                message?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = macula.dht.Message.$Properties;
        }
    }
}
