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
            body?: ("ready"|"shutdown"|"event"|"clusterReadiness"|"gatewayAddress"|"exiting"|"siblingHello"|"siblingStatus"|"startError"|"describeRequest"|"describeReply"|"ok"|"error"|"ping"|"pong"|"fault");
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
                body?: ("ready"|"shutdown"|"event"|"clusterReadiness"|"gatewayAddress"|"exiting"|"siblingHello"|"siblingStatus"|"startError"|"describeRequest"|"describeReply"|"ok"|"error"|"ping"|"pong"|"fault");
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
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; ready?: null; shutdown?: null; event?: null; clusterReadiness?: null; gatewayAddress?: null; exiting?: null; siblingHello?: null; siblingStatus?: null; startError?: null; describeRequest?: null; describeReply?: null; ok?: null; error?: null; ping?: null; pong?: null; fault?: null }|{ body?: "ready"; ready: macula.ipc.Ready.$Shape; shutdown?: null; event?: null; clusterReadiness?: null; gatewayAddress?: null; exiting?: null; siblingHello?: null; siblingStatus?: null; startError?: null; describeRequest?: null; describeReply?: null; ok?: null; error?: null; ping?: null; pong?: null; fault?: null }|{ body?: "shutdown"; ready?: null; shutdown: macula.ipc.Shutdown.$Shape; event?: null; clusterReadiness?: null; gatewayAddress?: null; exiting?: null; siblingHello?: null; siblingStatus?: null; startError?: null; describeRequest?: null; describeReply?: null; ok?: null; error?: null; ping?: null; pong?: null; fault?: null }|{ body?: "event"; ready?: null; shutdown?: null; event: macula.ipc.SupervisorEvent.$Shape; clusterReadiness?: null; gatewayAddress?: null; exiting?: null; siblingHello?: null; siblingStatus?: null; startError?: null; describeRequest?: null; describeReply?: null; ok?: null; error?: null; ping?: null; pong?: null; fault?: null }|{ body?: "clusterReadiness"; ready?: null; shutdown?: null; event?: null; clusterReadiness: macula.ipc.ClusterReadiness.$Shape; gatewayAddress?: null; exiting?: null; siblingHello?: null; siblingStatus?: null; startError?: null; describeRequest?: null; describeReply?: null; ok?: null; error?: null; ping?: null; pong?: null; fault?: null }|{ body?: "gatewayAddress"; ready?: null; shutdown?: null; event?: null; clusterReadiness?: null; gatewayAddress: macula.ipc.GatewayAddress.$Shape; exiting?: null; siblingHello?: null; siblingStatus?: null; startError?: null; describeRequest?: null; describeReply?: null; ok?: null; error?: null; ping?: null; pong?: null; fault?: null }|{ body?: "exiting"; ready?: null; shutdown?: null; event?: null; clusterReadiness?: null; gatewayAddress?: null; exiting: macula.ipc.Exiting.$Shape; siblingHello?: null; siblingStatus?: null; startError?: null; describeRequest?: null; describeReply?: null; ok?: null; error?: null; ping?: null; pong?: null; fault?: null }|{ body?: "siblingHello"; ready?: null; shutdown?: null; event?: null; clusterReadiness?: null; gatewayAddress?: null; exiting?: null; siblingHello: macula.ipc.SiblingHello.$Shape; siblingStatus?: null; startError?: null; describeRequest?: null; describeReply?: null; ok?: null; error?: null; ping?: null; pong?: null; fault?: null }|{ body?: "siblingStatus"; ready?: null; shutdown?: null; event?: null; clusterReadiness?: null; gatewayAddress?: null; exiting?: null; siblingHello?: null; siblingStatus: macula.ipc.SiblingStatus.$Shape; startError?: null; describeRequest?: null; describeReply?: null; ok?: null; error?: null; ping?: null; pong?: null; fault?: null }|{ body?: "startError"; ready?: null; shutdown?: null; event?: null; clusterReadiness?: null; gatewayAddress?: null; exiting?: null; siblingHello?: null; siblingStatus?: null; startError: macula.common.Error.$Shape; describeRequest?: null; describeReply?: null; ok?: null; error?: null; ping?: null; pong?: null; fault?: null }|{ body?: "describeRequest"; ready?: null; shutdown?: null; event?: null; clusterReadiness?: null; gatewayAddress?: null; exiting?: null; siblingHello?: null; siblingStatus?: null; startError?: null; describeRequest: macula.ipc.DescribeRequest.$Shape; describeReply?: null; ok?: null; error?: null; ping?: null; pong?: null; fault?: null }|{ body?: "describeReply"; ready?: null; shutdown?: null; event?: null; clusterReadiness?: null; gatewayAddress?: null; exiting?: null; siblingHello?: null; siblingStatus?: null; startError?: null; describeRequest?: null; describeReply: macula.ipc.DescribeReply.$Shape; ok?: null; error?: null; ping?: null; pong?: null; fault?: null }|{ body?: "ok"; ready?: null; shutdown?: null; event?: null; clusterReadiness?: null; gatewayAddress?: null; exiting?: null; siblingHello?: null; siblingStatus?: null; startError?: null; describeRequest?: null; describeReply?: null; ok: macula.ipc.Ok.$Shape; error?: null; ping?: null; pong?: null; fault?: null }|{ body?: "error"; ready?: null; shutdown?: null; event?: null; clusterReadiness?: null; gatewayAddress?: null; exiting?: null; siblingHello?: null; siblingStatus?: null; startError?: null; describeRequest?: null; describeReply?: null; ok?: null; error: macula.common.Error.$Shape; ping?: null; pong?: null; fault?: null }|{ body?: "ping"; ready?: null; shutdown?: null; event?: null; clusterReadiness?: null; gatewayAddress?: null; exiting?: null; siblingHello?: null; siblingStatus?: null; startError?: null; describeRequest?: null; describeReply?: null; ok?: null; error?: null; ping: macula.ipc.Ping.$Shape; pong?: null; fault?: null }|{ body?: "pong"; ready?: null; shutdown?: null; event?: null; clusterReadiness?: null; gatewayAddress?: null; exiting?: null; siblingHello?: null; siblingStatus?: null; startError?: null; describeRequest?: null; describeReply?: null; ok?: null; error?: null; ping?: null; pong: macula.ipc.Pong.$Shape; fault?: null }|{ body?: "fault"; ready?: null; shutdown?: null; event?: null; clusterReadiness?: null; gatewayAddress?: null; exiting?: null; siblingHello?: null; siblingStatus?: null; startError?: null; describeRequest?: null; describeReply?: null; ok?: null; error?: null; ping?: null; pong?: null; fault: macula.ipc.Fault.$Shape })
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
}
