import * as $protobuf from "protobufjs";
import type Long from "long";

export namespace macula {

    namespace ipc {

        interface IEnvelope extends macula.ipc.Envelope.$Properties {
        }

        class Envelope {
            constructor(p?: macula.ipc.Envelope.$Properties);
            $unknowns?: Uint8Array[];
            from: string;
            to: string;
            seq: number;
            replyTo: number;
            ready?: (macula.ipc.Ready.$Properties|null);
            shutdown?: (macula.ipc.Shutdown.$Properties|null);
            event?: (macula.ipc.SupervisorEvent.$Properties|null);
            clusterReadiness?: (macula.ipc.ClusterReadiness.$Properties|null);
            gatewayAddress?: (macula.ipc.GatewayAddress.$Properties|null);
            exiting?: (macula.ipc.Exiting.$Properties|null);
            siblingHello?: (macula.ipc.SiblingHello.$Properties|null);
            siblingStatus?: (macula.ipc.SiblingStatus.$Properties|null);
            startError?: (macula.common.Error.$Properties|null);
            describeRequest?: (macula.ipc.DescribeRequest.$Properties|null);
            describeReply?: (macula.ipc.DescribeReply.$Properties|null);
            ok?: (macula.ipc.Ok.$Properties|null);
            error?: (macula.common.Error.$Properties|null);
            ping?: (macula.ipc.Ping.$Properties|null);
            pong?: (macula.ipc.Pong.$Properties|null);
            fault?: (macula.ipc.Fault.$Properties|null);
            dhtRelay?: (macula.ipc.DhtRelay.$Properties|null);
            dhtQuery?: (macula.ipc.DhtQuery.$Properties|null);
            dhtAnswer?: (macula.ipc.DhtAnswer.$Properties|null);
            body?: ("ready"|"shutdown"|"event"|"clusterReadiness"|"gatewayAddress"|"exiting"|"siblingHello"|"siblingStatus"|"startError"|"describeRequest"|"describeReply"|"ok"|"error"|"ping"|"pong"|"fault"|"dhtRelay"|"dhtQuery"|"dhtAnswer");
            static create(properties: macula.ipc.Envelope.$Shape): macula.ipc.Envelope & macula.ipc.Envelope.$Shape;
            static create(properties?: macula.ipc.Envelope.$Properties): macula.ipc.Envelope;
            static encode(m: macula.ipc.Envelope.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): macula.ipc.Envelope & macula.ipc.Envelope.$Shape;
            static fromObject(d: { [k: string]: any }): macula.ipc.Envelope;
            static toObject(m: macula.ipc.Envelope, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Envelope {
            interface $Properties {
                from?: (string|null);
                to?: (string|null);
                seq?: (number|null);
                replyTo?: (number|null);
                ready?: (macula.ipc.Ready.$Properties|null);
                shutdown?: (macula.ipc.Shutdown.$Properties|null);
                event?: (macula.ipc.SupervisorEvent.$Properties|null);
                clusterReadiness?: (macula.ipc.ClusterReadiness.$Properties|null);
                gatewayAddress?: (macula.ipc.GatewayAddress.$Properties|null);
                exiting?: (macula.ipc.Exiting.$Properties|null);
                siblingHello?: (macula.ipc.SiblingHello.$Properties|null);
                siblingStatus?: (macula.ipc.SiblingStatus.$Properties|null);
                startError?: (macula.common.Error.$Properties|null);
                describeRequest?: (macula.ipc.DescribeRequest.$Properties|null);
                describeReply?: (macula.ipc.DescribeReply.$Properties|null);
                ok?: (macula.ipc.Ok.$Properties|null);
                error?: (macula.common.Error.$Properties|null);
                ping?: (macula.ipc.Ping.$Properties|null);
                pong?: (macula.ipc.Pong.$Properties|null);
                fault?: (macula.ipc.Fault.$Properties|null);
                dhtRelay?: (macula.ipc.DhtRelay.$Properties|null);
                dhtQuery?: (macula.ipc.DhtQuery.$Properties|null);
                dhtAnswer?: (macula.ipc.DhtAnswer.$Properties|null);
                body?: ("ready"|"shutdown"|"event"|"clusterReadiness"|"gatewayAddress"|"exiting"|"siblingHello"|"siblingStatus"|"startError"|"describeRequest"|"describeReply"|"ok"|"error"|"ping"|"pong"|"fault"|"dhtRelay"|"dhtQuery"|"dhtAnswer");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              from?: string|null;
              to?: string|null;
              seq?: number|null;
              replyTo?: number|null;
              ready?: macula.ipc.Ready.$Shape|null;
              shutdown?: macula.ipc.Shutdown.$Shape|null;
              event?: macula.ipc.SupervisorEvent.$Shape|null;
              clusterReadiness?: macula.ipc.ClusterReadiness.$Shape|null;
              gatewayAddress?: macula.ipc.GatewayAddress.$Shape|null;
              exiting?: macula.ipc.Exiting.$Shape|null;
              siblingHello?: macula.ipc.SiblingHello.$Shape|null;
              siblingStatus?: macula.ipc.SiblingStatus.$Shape|null;
              startError?: macula.common.Error.$Shape|null;
              describeRequest?: macula.ipc.DescribeRequest.$Shape|null;
              describeReply?: macula.ipc.DescribeReply.$Shape|null;
              ok?: macula.ipc.Ok.$Shape|null;
              error?: macula.common.Error.$Shape|null;
              ping?: macula.ipc.Ping.$Shape|null;
              pong?: macula.ipc.Pong.$Shape|null;
              fault?: macula.ipc.Fault.$Shape|null;
              dhtRelay?: macula.ipc.DhtRelay.$Shape|null;
              dhtQuery?: macula.ipc.DhtQuery.$Shape|null;
              dhtAnswer?: macula.ipc.DhtAnswer.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; ready?: null; shutdown?: null; event?: null; clusterReadiness?: null; gatewayAddress?: null; exiting?: null; siblingHello?: null; siblingStatus?: null; startError?: null; describeRequest?: null; describeReply?: null; ok?: null; error?: null; ping?: null; pong?: null; fault?: null; dhtRelay?: null; dhtQuery?: null; dhtAnswer?: null }|{ body?: "ready"; ready: macula.ipc.Ready.$Shape; shutdown?: null; event?: null; clusterReadiness?: null; gatewayAddress?: null; exiting?: null; siblingHello?: null; siblingStatus?: null; startError?: null; describeRequest?: null; describeReply?: null; ok?: null; error?: null; ping?: null; pong?: null; fault?: null; dhtRelay?: null; dhtQuery?: null; dhtAnswer?: null }|{ body?: "shutdown"; ready?: null; shutdown: macula.ipc.Shutdown.$Shape; event?: null; clusterReadiness?: null; gatewayAddress?: null; exiting?: null; siblingHello?: null; siblingStatus?: null; startError?: null; describeRequest?: null; describeReply?: null; ok?: null; error?: null; ping?: null; pong?: null; fault?: null; dhtRelay?: null; dhtQuery?: null; dhtAnswer?: null }|{ body?: "event"; ready?: null; shutdown?: null; event: macula.ipc.SupervisorEvent.$Shape; clusterReadiness?: null; gatewayAddress?: null; exiting?: null; siblingHello?: null; siblingStatus?: null; startError?: null; describeRequest?: null; describeReply?: null; ok?: null; error?: null; ping?: null; pong?: null; fault?: null; dhtRelay?: null; dhtQuery?: null; dhtAnswer?: null }|{ body?: "clusterReadiness"; ready?: null; shutdown?: null; event?: null; clusterReadiness: macula.ipc.ClusterReadiness.$Shape; gatewayAddress?: null; exiting?: null; siblingHello?: null; siblingStatus?: null; startError?: null; describeRequest?: null; describeReply?: null; ok?: null; error?: null; ping?: null; pong?: null; fault?: null; dhtRelay?: null; dhtQuery?: null; dhtAnswer?: null }|{ body?: "gatewayAddress"; ready?: null; shutdown?: null; event?: null; clusterReadiness?: null; gatewayAddress: macula.ipc.GatewayAddress.$Shape; exiting?: null; siblingHello?: null; siblingStatus?: null; startError?: null; describeRequest?: null; describeReply?: null; ok?: null; error?: null; ping?: null; pong?: null; fault?: null; dhtRelay?: null; dhtQuery?: null; dhtAnswer?: null }|{ body?: "exiting"; ready?: null; shutdown?: null; event?: null; clusterReadiness?: null; gatewayAddress?: null; exiting: macula.ipc.Exiting.$Shape; siblingHello?: null; siblingStatus?: null; startError?: null; describeRequest?: null; describeReply?: null; ok?: null; error?: null; ping?: null; pong?: null; fault?: null; dhtRelay?: null; dhtQuery?: null; dhtAnswer?: null }|{ body?: "siblingHello"; ready?: null; shutdown?: null; event?: null; clusterReadiness?: null; gatewayAddress?: null; exiting?: null; siblingHello: macula.ipc.SiblingHello.$Shape; siblingStatus?: null; startError?: null; describeRequest?: null; describeReply?: null; ok?: null; error?: null; ping?: null; pong?: null; fault?: null; dhtRelay?: null; dhtQuery?: null; dhtAnswer?: null }|{ body?: "siblingStatus"; ready?: null; shutdown?: null; event?: null; clusterReadiness?: null; gatewayAddress?: null; exiting?: null; siblingHello?: null; siblingStatus: macula.ipc.SiblingStatus.$Shape; startError?: null; describeRequest?: null; describeReply?: null; ok?: null; error?: null; ping?: null; pong?: null; fault?: null; dhtRelay?: null; dhtQuery?: null; dhtAnswer?: null }|{ body?: "startError"; ready?: null; shutdown?: null; event?: null; clusterReadiness?: null; gatewayAddress?: null; exiting?: null; siblingHello?: null; siblingStatus?: null; startError: macula.common.Error.$Shape; describeRequest?: null; describeReply?: null; ok?: null; error?: null; ping?: null; pong?: null; fault?: null; dhtRelay?: null; dhtQuery?: null; dhtAnswer?: null }|{ body?: "describeRequest"; ready?: null; shutdown?: null; event?: null; clusterReadiness?: null; gatewayAddress?: null; exiting?: null; siblingHello?: null; siblingStatus?: null; startError?: null; describeRequest: macula.ipc.DescribeRequest.$Shape; describeReply?: null; ok?: null; error?: null; ping?: null; pong?: null; fault?: null; dhtRelay?: null; dhtQuery?: null; dhtAnswer?: null }|{ body?: "describeReply"; ready?: null; shutdown?: null; event?: null; clusterReadiness?: null; gatewayAddress?: null; exiting?: null; siblingHello?: null; siblingStatus?: null; startError?: null; describeRequest?: null; describeReply: macula.ipc.DescribeReply.$Shape; ok?: null; error?: null; ping?: null; pong?: null; fault?: null; dhtRelay?: null; dhtQuery?: null; dhtAnswer?: null }|{ body?: "ok"; ready?: null; shutdown?: null; event?: null; clusterReadiness?: null; gatewayAddress?: null; exiting?: null; siblingHello?: null; siblingStatus?: null; startError?: null; describeRequest?: null; describeReply?: null; ok: macula.ipc.Ok.$Shape; error?: null; ping?: null; pong?: null; fault?: null; dhtRelay?: null; dhtQuery?: null; dhtAnswer?: null }|{ body?: "error"; ready?: null; shutdown?: null; event?: null; clusterReadiness?: null; gatewayAddress?: null; exiting?: null; siblingHello?: null; siblingStatus?: null; startError?: null; describeRequest?: null; describeReply?: null; ok?: null; error: macula.common.Error.$Shape; ping?: null; pong?: null; fault?: null; dhtRelay?: null; dhtQuery?: null; dhtAnswer?: null }|{ body?: "ping"; ready?: null; shutdown?: null; event?: null; clusterReadiness?: null; gatewayAddress?: null; exiting?: null; siblingHello?: null; siblingStatus?: null; startError?: null; describeRequest?: null; describeReply?: null; ok?: null; error?: null; ping: macula.ipc.Ping.$Shape; pong?: null; fault?: null; dhtRelay?: null; dhtQuery?: null; dhtAnswer?: null }|{ body?: "pong"; ready?: null; shutdown?: null; event?: null; clusterReadiness?: null; gatewayAddress?: null; exiting?: null; siblingHello?: null; siblingStatus?: null; startError?: null; describeRequest?: null; describeReply?: null; ok?: null; error?: null; ping?: null; pong: macula.ipc.Pong.$Shape; fault?: null; dhtRelay?: null; dhtQuery?: null; dhtAnswer?: null }|{ body?: "fault"; ready?: null; shutdown?: null; event?: null; clusterReadiness?: null; gatewayAddress?: null; exiting?: null; siblingHello?: null; siblingStatus?: null; startError?: null; describeRequest?: null; describeReply?: null; ok?: null; error?: null; ping?: null; pong?: null; fault: macula.ipc.Fault.$Shape; dhtRelay?: null; dhtQuery?: null; dhtAnswer?: null }|{ body?: "dhtRelay"; ready?: null; shutdown?: null; event?: null; clusterReadiness?: null; gatewayAddress?: null; exiting?: null; siblingHello?: null; siblingStatus?: null; startError?: null; describeRequest?: null; describeReply?: null; ok?: null; error?: null; ping?: null; pong?: null; fault?: null; dhtRelay: macula.ipc.DhtRelay.$Shape; dhtQuery?: null; dhtAnswer?: null }|{ body?: "dhtQuery"; ready?: null; shutdown?: null; event?: null; clusterReadiness?: null; gatewayAddress?: null; exiting?: null; siblingHello?: null; siblingStatus?: null; startError?: null; describeRequest?: null; describeReply?: null; ok?: null; error?: null; ping?: null; pong?: null; fault?: null; dhtRelay?: null; dhtQuery: macula.ipc.DhtQuery.$Shape; dhtAnswer?: null }|{ body?: "dhtAnswer"; ready?: null; shutdown?: null; event?: null; clusterReadiness?: null; gatewayAddress?: null; exiting?: null; siblingHello?: null; siblingStatus?: null; startError?: null; describeRequest?: null; describeReply?: null; ok?: null; error?: null; ping?: null; pong?: null; fault?: null; dhtRelay?: null; dhtQuery?: null; dhtAnswer: macula.ipc.DhtAnswer.$Shape })
            );
        }

        interface IReady extends macula.ipc.Ready.$Properties {
        }

        class Ready {
            constructor(p?: macula.ipc.Ready.$Properties);
            $unknowns?: Uint8Array[];
            bound: { [k: string]: string };
            pid: number;
            stopBoundMs: number;
            static create(properties: macula.ipc.Ready.$Shape): macula.ipc.Ready & macula.ipc.Ready.$Shape;
            static create(properties?: macula.ipc.Ready.$Properties): macula.ipc.Ready;
            static encode(m: macula.ipc.Ready.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): macula.ipc.Ready & macula.ipc.Ready.$Shape;
            static fromObject(d: { [k: string]: any }): macula.ipc.Ready;
            static toObject(m: macula.ipc.Ready, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Ready {
            interface $Properties {
                bound?: ({ [k: string]: string }|null);
                pid?: (number|null);
                stopBoundMs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = macula.ipc.Ready.$Properties;
        }

        interface IShutdown extends macula.ipc.Shutdown.$Properties {
        }

        class Shutdown {
            constructor(p?: macula.ipc.Shutdown.$Properties);
            $unknowns?: Uint8Array[];
            reason: string;
            static create(properties: macula.ipc.Shutdown.$Shape): macula.ipc.Shutdown & macula.ipc.Shutdown.$Shape;
            static create(properties?: macula.ipc.Shutdown.$Properties): macula.ipc.Shutdown;
            static encode(m: macula.ipc.Shutdown.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): macula.ipc.Shutdown & macula.ipc.Shutdown.$Shape;
            static fromObject(d: { [k: string]: any }): macula.ipc.Shutdown;
            static toObject(m: macula.ipc.Shutdown, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Shutdown {
            interface $Properties {
                reason?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = macula.ipc.Shutdown.$Properties;
        }

        interface ISupervisorEvent extends macula.ipc.SupervisorEvent.$Properties {
        }

        class SupervisorEvent {
            constructor(p?: macula.ipc.SupervisorEvent.$Properties);
            $unknowns?: Uint8Array[];
            ts: number;
            kind: string;
            supervisor: string;
            child: string;
            pid: number;
            reason: string;
            restartsPlusOne: number;
            static create(properties: macula.ipc.SupervisorEvent.$Shape): macula.ipc.SupervisorEvent & macula.ipc.SupervisorEvent.$Shape;
            static create(properties?: macula.ipc.SupervisorEvent.$Properties): macula.ipc.SupervisorEvent;
            static encode(m: macula.ipc.SupervisorEvent.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): macula.ipc.SupervisorEvent & macula.ipc.SupervisorEvent.$Shape;
            static fromObject(d: { [k: string]: any }): macula.ipc.SupervisorEvent;
            static toObject(m: macula.ipc.SupervisorEvent, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace SupervisorEvent {
            interface $Properties {
                ts?: (number|null);
                kind?: (string|null);
                supervisor?: (string|null);
                child?: (string|null);
                pid?: (number|null);
                reason?: (string|null);
                restartsPlusOne?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = macula.ipc.SupervisorEvent.$Properties;
        }

        interface IClusterReadiness extends macula.ipc.ClusterReadiness.$Properties {
        }

        class ClusterReadiness {
            constructor(p?: macula.ipc.ClusterReadiness.$Properties);
            $unknowns?: Uint8Array[];
            ready: boolean;
            detail: string;
            static create(properties: macula.ipc.ClusterReadiness.$Shape): macula.ipc.ClusterReadiness & macula.ipc.ClusterReadiness.$Shape;
            static create(properties?: macula.ipc.ClusterReadiness.$Properties): macula.ipc.ClusterReadiness;
            static encode(m: macula.ipc.ClusterReadiness.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): macula.ipc.ClusterReadiness & macula.ipc.ClusterReadiness.$Shape;
            static fromObject(d: { [k: string]: any }): macula.ipc.ClusterReadiness;
            static toObject(m: macula.ipc.ClusterReadiness, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ClusterReadiness {
            interface $Properties {
                ready?: (boolean|null);
                detail?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = macula.ipc.ClusterReadiness.$Properties;
        }

        interface IGatewayAddress extends macula.ipc.GatewayAddress.$Properties {
        }

        class GatewayAddress {
            constructor(p?: macula.ipc.GatewayAddress.$Properties);
            $unknowns?: Uint8Array[];
            url: string;
            static create(properties: macula.ipc.GatewayAddress.$Shape): macula.ipc.GatewayAddress & macula.ipc.GatewayAddress.$Shape;
            static create(properties?: macula.ipc.GatewayAddress.$Properties): macula.ipc.GatewayAddress;
            static encode(m: macula.ipc.GatewayAddress.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): macula.ipc.GatewayAddress & macula.ipc.GatewayAddress.$Shape;
            static fromObject(d: { [k: string]: any }): macula.ipc.GatewayAddress;
            static toObject(m: macula.ipc.GatewayAddress, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace GatewayAddress {
            interface $Properties {
                url?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = macula.ipc.GatewayAddress.$Properties;
        }

        interface IExiting extends macula.ipc.Exiting.$Properties {
        }

        class Exiting {
            constructor(p?: macula.ipc.Exiting.$Properties);
            $unknowns?: Uint8Array[];
            reason: string;
            static create(properties: macula.ipc.Exiting.$Shape): macula.ipc.Exiting & macula.ipc.Exiting.$Shape;
            static create(properties?: macula.ipc.Exiting.$Properties): macula.ipc.Exiting;
            static encode(m: macula.ipc.Exiting.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): macula.ipc.Exiting & macula.ipc.Exiting.$Shape;
            static fromObject(d: { [k: string]: any }): macula.ipc.Exiting;
            static toObject(m: macula.ipc.Exiting, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Exiting {
            interface $Properties {
                reason?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = macula.ipc.Exiting.$Properties;
        }

        interface ISiblingHello extends macula.ipc.SiblingHello.$Properties {
        }

        class SiblingHello {
            constructor(p?: macula.ipc.SiblingHello.$Properties);
            $unknowns?: Uint8Array[];
            token: string;
            static create(properties: macula.ipc.SiblingHello.$Shape): macula.ipc.SiblingHello & macula.ipc.SiblingHello.$Shape;
            static create(properties?: macula.ipc.SiblingHello.$Properties): macula.ipc.SiblingHello;
            static encode(m: macula.ipc.SiblingHello.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): macula.ipc.SiblingHello & macula.ipc.SiblingHello.$Shape;
            static fromObject(d: { [k: string]: any }): macula.ipc.SiblingHello;
            static toObject(m: macula.ipc.SiblingHello, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace SiblingHello {
            interface $Properties {
                token?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = macula.ipc.SiblingHello.$Properties;
        }

        interface ISiblingStatus extends macula.ipc.SiblingStatus.$Properties {
        }

        class SiblingStatus {
            constructor(p?: macula.ipc.SiblingStatus.$Properties);
            $unknowns?: Uint8Array[];
            name: string;
            up: boolean;
            path: string;
            static create(properties: macula.ipc.SiblingStatus.$Shape): macula.ipc.SiblingStatus & macula.ipc.SiblingStatus.$Shape;
            static create(properties?: macula.ipc.SiblingStatus.$Properties): macula.ipc.SiblingStatus;
            static encode(m: macula.ipc.SiblingStatus.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): macula.ipc.SiblingStatus & macula.ipc.SiblingStatus.$Shape;
            static fromObject(d: { [k: string]: any }): macula.ipc.SiblingStatus;
            static toObject(m: macula.ipc.SiblingStatus, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace SiblingStatus {
            interface $Properties {
                name?: (string|null);
                up?: (boolean|null);
                path?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = macula.ipc.SiblingStatus.$Properties;
        }

        interface IDhtRelay extends macula.ipc.DhtRelay.$Properties {
        }

        class DhtRelay {
            constructor(p?: macula.ipc.DhtRelay.$Properties);
            $unknowns?: Uint8Array[];
            peer: string;
            endpoint: string;
            message?: (macula.dht.Message.$Properties|null);
            static create(properties: macula.ipc.DhtRelay.$Shape): macula.ipc.DhtRelay & macula.ipc.DhtRelay.$Shape;
            static create(properties?: macula.ipc.DhtRelay.$Properties): macula.ipc.DhtRelay;
            static encode(m: macula.ipc.DhtRelay.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): macula.ipc.DhtRelay & macula.ipc.DhtRelay.$Shape;
            static fromObject(d: { [k: string]: any }): macula.ipc.DhtRelay;
            static toObject(m: macula.ipc.DhtRelay, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace DhtRelay {
            interface $Properties {
                peer?: (string|null);
                endpoint?: (string|null);
                message?: (macula.dht.Message.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = macula.ipc.DhtRelay.$Properties;
        }

        interface IDhtQuery extends macula.ipc.DhtQuery.$Properties {
        }

        class DhtQuery {
            constructor(p?: macula.ipc.DhtQuery.$Properties);
            $unknowns?: Uint8Array[];
            op: string;
            key: string;
            n: number;
            exclude: string;
            record?: (macula.dht.Record.$Properties|null);
            contact?: (macula.dht.Contact.$Properties|null);
            nodeIds: string[];
            url: string;
            args: { [k: string]: string };
            static create(properties: macula.ipc.DhtQuery.$Shape): macula.ipc.DhtQuery & macula.ipc.DhtQuery.$Shape;
            static create(properties?: macula.ipc.DhtQuery.$Properties): macula.ipc.DhtQuery;
            static encode(m: macula.ipc.DhtQuery.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): macula.ipc.DhtQuery & macula.ipc.DhtQuery.$Shape;
            static fromObject(d: { [k: string]: any }): macula.ipc.DhtQuery;
            static toObject(m: macula.ipc.DhtQuery, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace DhtQuery {
            interface $Properties {
                op?: (string|null);
                key?: (string|null);
                n?: (number|null);
                exclude?: (string|null);
                record?: (macula.dht.Record.$Properties|null);
                contact?: (macula.dht.Contact.$Properties|null);
                nodeIds?: (string[]|null);
                url?: (string|null);
                args?: ({ [k: string]: string }|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = macula.ipc.DhtQuery.$Properties;
        }

        interface IDhtAnswer extends macula.ipc.DhtAnswer.$Properties {
        }

        class DhtAnswer {
            constructor(p?: macula.ipc.DhtAnswer.$Properties);
            $unknowns?: Uint8Array[];
            contacts: macula.dht.Contact.$Properties[];
            records: macula.dht.Record.$Properties[];
            outcome: string;
            nodeId: string;
            json: string;
            static create(properties: macula.ipc.DhtAnswer.$Shape): macula.ipc.DhtAnswer & macula.ipc.DhtAnswer.$Shape;
            static create(properties?: macula.ipc.DhtAnswer.$Properties): macula.ipc.DhtAnswer;
            static encode(m: macula.ipc.DhtAnswer.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): macula.ipc.DhtAnswer & macula.ipc.DhtAnswer.$Shape;
            static fromObject(d: { [k: string]: any }): macula.ipc.DhtAnswer;
            static toObject(m: macula.ipc.DhtAnswer, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace DhtAnswer {
            interface $Properties {
                contacts?: (macula.dht.Contact.$Properties[]|null);
                records?: (macula.dht.Record.$Properties[]|null);
                outcome?: (string|null);
                nodeId?: (string|null);
                json?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = macula.ipc.DhtAnswer.$Properties;
        }

        interface IDescribeRequest extends macula.ipc.DescribeRequest.$Properties {
        }

        class DescribeRequest {
            constructor(p?: macula.ipc.DescribeRequest.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: macula.ipc.DescribeRequest.$Shape): macula.ipc.DescribeRequest & macula.ipc.DescribeRequest.$Shape;
            static create(properties?: macula.ipc.DescribeRequest.$Properties): macula.ipc.DescribeRequest;
            static encode(m: macula.ipc.DescribeRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): macula.ipc.DescribeRequest & macula.ipc.DescribeRequest.$Shape;
            static fromObject(d: { [k: string]: any }): macula.ipc.DescribeRequest;
            static toObject(m: macula.ipc.DescribeRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace DescribeRequest {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = macula.ipc.DescribeRequest.$Properties;
        }

        interface IDescribeReply extends macula.ipc.DescribeReply.$Properties {
        }

        class DescribeReply {
            constructor(p?: macula.ipc.DescribeReply.$Properties);
            $unknowns?: Uint8Array[];
            supervisor?: (macula.common.TreeNode.$Properties|null);
            rss: number;
            pid: number;
            static create(properties: macula.ipc.DescribeReply.$Shape): macula.ipc.DescribeReply & macula.ipc.DescribeReply.$Shape;
            static create(properties?: macula.ipc.DescribeReply.$Properties): macula.ipc.DescribeReply;
            static encode(m: macula.ipc.DescribeReply.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): macula.ipc.DescribeReply & macula.ipc.DescribeReply.$Shape;
            static fromObject(d: { [k: string]: any }): macula.ipc.DescribeReply;
            static toObject(m: macula.ipc.DescribeReply, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace DescribeReply {
            interface $Properties {
                supervisor?: (macula.common.TreeNode.$Properties|null);
                rss?: (number|null);
                pid?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = macula.ipc.DescribeReply.$Properties;
        }

        interface IOk extends macula.ipc.Ok.$Properties {
        }

        class Ok {
            constructor(p?: macula.ipc.Ok.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: macula.ipc.Ok.$Shape): macula.ipc.Ok & macula.ipc.Ok.$Shape;
            static create(properties?: macula.ipc.Ok.$Properties): macula.ipc.Ok;
            static encode(m: macula.ipc.Ok.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): macula.ipc.Ok & macula.ipc.Ok.$Shape;
            static fromObject(d: { [k: string]: any }): macula.ipc.Ok;
            static toObject(m: macula.ipc.Ok, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Ok {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = macula.ipc.Ok.$Properties;
        }

        interface IPing extends macula.ipc.Ping.$Properties {
        }

        class Ping {
            constructor(p?: macula.ipc.Ping.$Properties);
            $unknowns?: Uint8Array[];
            payload: string;
            relayTo: string;
            static create(properties: macula.ipc.Ping.$Shape): macula.ipc.Ping & macula.ipc.Ping.$Shape;
            static create(properties?: macula.ipc.Ping.$Properties): macula.ipc.Ping;
            static encode(m: macula.ipc.Ping.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): macula.ipc.Ping & macula.ipc.Ping.$Shape;
            static fromObject(d: { [k: string]: any }): macula.ipc.Ping;
            static toObject(m: macula.ipc.Ping, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Ping {
            interface $Properties {
                payload?: (string|null);
                relayTo?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = macula.ipc.Ping.$Properties;
        }

        interface IPong extends macula.ipc.Pong.$Properties {
        }

        class Pong {
            constructor(p?: macula.ipc.Pong.$Properties);
            $unknowns?: Uint8Array[];
            payload: string;
            pid: number;
            startedAt: number;
            static create(properties: macula.ipc.Pong.$Shape): macula.ipc.Pong & macula.ipc.Pong.$Shape;
            static create(properties?: macula.ipc.Pong.$Properties): macula.ipc.Pong;
            static encode(m: macula.ipc.Pong.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): macula.ipc.Pong & macula.ipc.Pong.$Shape;
            static fromObject(d: { [k: string]: any }): macula.ipc.Pong;
            static toObject(m: macula.ipc.Pong, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Pong {
            interface $Properties {
                payload?: (string|null);
                pid?: (number|null);
                startedAt?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = macula.ipc.Pong.$Properties;
        }

        interface IFault extends macula.ipc.Fault.$Properties {
        }

        class Fault {
            constructor(p?: macula.ipc.Fault.$Properties);
            $unknowns?: Uint8Array[];
            path: string;
            how: string;
            static create(properties: macula.ipc.Fault.$Shape): macula.ipc.Fault & macula.ipc.Fault.$Shape;
            static create(properties?: macula.ipc.Fault.$Properties): macula.ipc.Fault;
            static encode(m: macula.ipc.Fault.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): macula.ipc.Fault & macula.ipc.Fault.$Shape;
            static fromObject(d: { [k: string]: any }): macula.ipc.Fault;
            static toObject(m: macula.ipc.Fault, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Fault {
            interface $Properties {
                path?: (string|null);
                how?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = macula.ipc.Fault.$Properties;
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
