import * as $protobuf from "protobufjs";
import type Long from "long";

export namespace macula {

    namespace control {

        interface IRequest extends macula.control.Request.$Properties {
        }

        class Request {
            constructor(p?: macula.control.Request.$Properties);
            $unknowns?: Uint8Array[];
            seq: number;
            status?: (macula.control.StatusRequest.$Properties|null);
            down?: (macula.control.DownRequest.$Properties|null);
            scale?: (macula.control.ScaleRequest.$Properties|null);
            fault?: (macula.control.FaultRequest.$Properties|null);
            ping?: (macula.control.PingRequest.$Properties|null);
            mesh?: (macula.control.MeshRequest.$Properties|null);
            dhtTest?: (macula.control.DhtTestRequest.$Properties|null);
            body?: ("status"|"down"|"scale"|"fault"|"ping"|"mesh"|"dhtTest");
            static create(properties: macula.control.Request.$Shape): macula.control.Request & macula.control.Request.$Shape;
            static create(properties?: macula.control.Request.$Properties): macula.control.Request;
            static encode(m: macula.control.Request.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): macula.control.Request & macula.control.Request.$Shape;
            static fromObject(d: { [k: string]: any }): macula.control.Request;
            static toObject(m: macula.control.Request, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Request {
            interface $Properties {
                seq?: (number|null);
                status?: (macula.control.StatusRequest.$Properties|null);
                down?: (macula.control.DownRequest.$Properties|null);
                scale?: (macula.control.ScaleRequest.$Properties|null);
                fault?: (macula.control.FaultRequest.$Properties|null);
                ping?: (macula.control.PingRequest.$Properties|null);
                mesh?: (macula.control.MeshRequest.$Properties|null);
                dhtTest?: (macula.control.DhtTestRequest.$Properties|null);
                body?: ("status"|"down"|"scale"|"fault"|"ping"|"mesh"|"dhtTest");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              seq?: number|null;
              status?: macula.control.StatusRequest.$Shape|null;
              down?: macula.control.DownRequest.$Shape|null;
              scale?: macula.control.ScaleRequest.$Shape|null;
              fault?: macula.control.FaultRequest.$Shape|null;
              ping?: macula.control.PingRequest.$Shape|null;
              mesh?: macula.control.MeshRequest.$Shape|null;
              dhtTest?: macula.control.DhtTestRequest.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; status?: null; down?: null; scale?: null; fault?: null; ping?: null; mesh?: null; dhtTest?: null }|{ body?: "status"; status: macula.control.StatusRequest.$Shape; down?: null; scale?: null; fault?: null; ping?: null; mesh?: null; dhtTest?: null }|{ body?: "down"; status?: null; down: macula.control.DownRequest.$Shape; scale?: null; fault?: null; ping?: null; mesh?: null; dhtTest?: null }|{ body?: "scale"; status?: null; down?: null; scale: macula.control.ScaleRequest.$Shape; fault?: null; ping?: null; mesh?: null; dhtTest?: null }|{ body?: "fault"; status?: null; down?: null; scale?: null; fault: macula.control.FaultRequest.$Shape; ping?: null; mesh?: null; dhtTest?: null }|{ body?: "ping"; status?: null; down?: null; scale?: null; fault?: null; ping: macula.control.PingRequest.$Shape; mesh?: null; dhtTest?: null }|{ body?: "mesh"; status?: null; down?: null; scale?: null; fault?: null; ping?: null; mesh: macula.control.MeshRequest.$Shape; dhtTest?: null }|{ body?: "dhtTest"; status?: null; down?: null; scale?: null; fault?: null; ping?: null; mesh?: null; dhtTest: macula.control.DhtTestRequest.$Shape })
            );
        }

        interface IResponse extends macula.control.Response.$Properties {
        }

        class Response {
            constructor(p?: macula.control.Response.$Properties);
            $unknowns?: Uint8Array[];
            seq: number;
            status?: (macula.control.StatusReply.$Properties|null);
            ok?: (macula.control.Ok.$Properties|null);
            error?: (macula.common.Error.$Properties|null);
            ping?: (macula.control.PingReply.$Properties|null);
            scale?: (macula.control.ScaleReply.$Properties|null);
            mesh?: (macula.control.MeshReply.$Properties|null);
            body?: ("status"|"ok"|"error"|"ping"|"scale"|"mesh");
            static create(properties: macula.control.Response.$Shape): macula.control.Response & macula.control.Response.$Shape;
            static create(properties?: macula.control.Response.$Properties): macula.control.Response;
            static encode(m: macula.control.Response.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): macula.control.Response & macula.control.Response.$Shape;
            static fromObject(d: { [k: string]: any }): macula.control.Response;
            static toObject(m: macula.control.Response, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Response {
            interface $Properties {
                seq?: (number|null);
                status?: (macula.control.StatusReply.$Properties|null);
                ok?: (macula.control.Ok.$Properties|null);
                error?: (macula.common.Error.$Properties|null);
                ping?: (macula.control.PingReply.$Properties|null);
                scale?: (macula.control.ScaleReply.$Properties|null);
                mesh?: (macula.control.MeshReply.$Properties|null);
                body?: ("status"|"ok"|"error"|"ping"|"scale"|"mesh");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              seq?: number|null;
              status?: macula.control.StatusReply.$Shape|null;
              ok?: macula.control.Ok.$Shape|null;
              error?: macula.common.Error.$Shape|null;
              ping?: macula.control.PingReply.$Shape|null;
              scale?: macula.control.ScaleReply.$Shape|null;
              mesh?: macula.control.MeshReply.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; status?: null; ok?: null; error?: null; ping?: null; scale?: null; mesh?: null }|{ body?: "status"; status: macula.control.StatusReply.$Shape; ok?: null; error?: null; ping?: null; scale?: null; mesh?: null }|{ body?: "ok"; status?: null; ok: macula.control.Ok.$Shape; error?: null; ping?: null; scale?: null; mesh?: null }|{ body?: "error"; status?: null; ok?: null; error: macula.common.Error.$Shape; ping?: null; scale?: null; mesh?: null }|{ body?: "ping"; status?: null; ok?: null; error?: null; ping: macula.control.PingReply.$Shape; scale?: null; mesh?: null }|{ body?: "scale"; status?: null; ok?: null; error?: null; ping?: null; scale: macula.control.ScaleReply.$Shape; mesh?: null }|{ body?: "mesh"; status?: null; ok?: null; error?: null; ping?: null; scale?: null; mesh: macula.control.MeshReply.$Shape })
            );
        }

        interface IMeshRequest extends macula.control.MeshRequest.$Properties {
        }

        class MeshRequest {
            constructor(p?: macula.control.MeshRequest.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: macula.control.MeshRequest.$Shape): macula.control.MeshRequest & macula.control.MeshRequest.$Shape;
            static create(properties?: macula.control.MeshRequest.$Properties): macula.control.MeshRequest;
            static encode(m: macula.control.MeshRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): macula.control.MeshRequest & macula.control.MeshRequest.$Shape;
            static fromObject(d: { [k: string]: any }): macula.control.MeshRequest;
            static toObject(m: macula.control.MeshRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace MeshRequest {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = macula.control.MeshRequest.$Properties;
        }

        interface IDhtTestRequest extends macula.control.DhtTestRequest.$Properties {
        }

        class DhtTestRequest {
            constructor(p?: macula.control.DhtTestRequest.$Properties);
            $unknowns?: Uint8Array[];
            op: string;
            key: string;
            args: { [k: string]: string };
            static create(properties: macula.control.DhtTestRequest.$Shape): macula.control.DhtTestRequest & macula.control.DhtTestRequest.$Shape;
            static create(properties?: macula.control.DhtTestRequest.$Properties): macula.control.DhtTestRequest;
            static encode(m: macula.control.DhtTestRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): macula.control.DhtTestRequest & macula.control.DhtTestRequest.$Shape;
            static fromObject(d: { [k: string]: any }): macula.control.DhtTestRequest;
            static toObject(m: macula.control.DhtTestRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace DhtTestRequest {
            interface $Properties {
                op?: (string|null);
                key?: (string|null);
                args?: ({ [k: string]: string }|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = macula.control.DhtTestRequest.$Properties;
        }

        interface IMeshReply extends macula.control.MeshReply.$Properties {
        }

        class MeshReply {
            constructor(p?: macula.control.MeshReply.$Properties);
            $unknowns?: Uint8Array[];
            json: string;
            static create(properties: macula.control.MeshReply.$Shape): macula.control.MeshReply & macula.control.MeshReply.$Shape;
            static create(properties?: macula.control.MeshReply.$Properties): macula.control.MeshReply;
            static encode(m: macula.control.MeshReply.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): macula.control.MeshReply & macula.control.MeshReply.$Shape;
            static fromObject(d: { [k: string]: any }): macula.control.MeshReply;
            static toObject(m: macula.control.MeshReply, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace MeshReply {
            interface $Properties {
                json?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = macula.control.MeshReply.$Properties;
        }

        interface IStatusRequest extends macula.control.StatusRequest.$Properties {
        }

        class StatusRequest {
            constructor(p?: macula.control.StatusRequest.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: macula.control.StatusRequest.$Shape): macula.control.StatusRequest & macula.control.StatusRequest.$Shape;
            static create(properties?: macula.control.StatusRequest.$Properties): macula.control.StatusRequest;
            static encode(m: macula.control.StatusRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): macula.control.StatusRequest & macula.control.StatusRequest.$Shape;
            static fromObject(d: { [k: string]: any }): macula.control.StatusRequest;
            static toObject(m: macula.control.StatusRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace StatusRequest {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = macula.control.StatusRequest.$Properties;
        }

        interface IDownRequest extends macula.control.DownRequest.$Properties {
        }

        class DownRequest {
            constructor(p?: macula.control.DownRequest.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: macula.control.DownRequest.$Shape): macula.control.DownRequest & macula.control.DownRequest.$Shape;
            static create(properties?: macula.control.DownRequest.$Properties): macula.control.DownRequest;
            static encode(m: macula.control.DownRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): macula.control.DownRequest & macula.control.DownRequest.$Shape;
            static fromObject(d: { [k: string]: any }): macula.control.DownRequest;
            static toObject(m: macula.control.DownRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace DownRequest {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = macula.control.DownRequest.$Properties;
        }

        interface IScaleRequest extends macula.control.ScaleRequest.$Properties {
        }

        class ScaleRequest {
            constructor(p?: macula.control.ScaleRequest.$Properties);
            $unknowns?: Uint8Array[];
            what: string;
            count: number;
            static create(properties: macula.control.ScaleRequest.$Shape): macula.control.ScaleRequest & macula.control.ScaleRequest.$Shape;
            static create(properties?: macula.control.ScaleRequest.$Properties): macula.control.ScaleRequest;
            static encode(m: macula.control.ScaleRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): macula.control.ScaleRequest & macula.control.ScaleRequest.$Shape;
            static fromObject(d: { [k: string]: any }): macula.control.ScaleRequest;
            static toObject(m: macula.control.ScaleRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ScaleRequest {
            interface $Properties {
                what?: (string|null);
                count?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = macula.control.ScaleRequest.$Properties;
        }

        interface IScaleReply extends macula.control.ScaleReply.$Properties {
        }

        class ScaleReply {
            constructor(p?: macula.control.ScaleReply.$Properties);
            $unknowns?: Uint8Array[];
            started: string[];
            stopped: string[];
            static create(properties: macula.control.ScaleReply.$Shape): macula.control.ScaleReply & macula.control.ScaleReply.$Shape;
            static create(properties?: macula.control.ScaleReply.$Properties): macula.control.ScaleReply;
            static encode(m: macula.control.ScaleReply.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): macula.control.ScaleReply & macula.control.ScaleReply.$Shape;
            static fromObject(d: { [k: string]: any }): macula.control.ScaleReply;
            static toObject(m: macula.control.ScaleReply, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ScaleReply {
            interface $Properties {
                started?: (string[]|null);
                stopped?: (string[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = macula.control.ScaleReply.$Properties;
        }

        interface IFaultRequest extends macula.control.FaultRequest.$Properties {
        }

        class FaultRequest {
            constructor(p?: macula.control.FaultRequest.$Properties);
            $unknowns?: Uint8Array[];
            target: string;
            how: string;
            static create(properties: macula.control.FaultRequest.$Shape): macula.control.FaultRequest & macula.control.FaultRequest.$Shape;
            static create(properties?: macula.control.FaultRequest.$Properties): macula.control.FaultRequest;
            static encode(m: macula.control.FaultRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): macula.control.FaultRequest & macula.control.FaultRequest.$Shape;
            static fromObject(d: { [k: string]: any }): macula.control.FaultRequest;
            static toObject(m: macula.control.FaultRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace FaultRequest {
            interface $Properties {
                target?: (string|null);
                how?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = macula.control.FaultRequest.$Properties;
        }

        interface IPingRequest extends macula.control.PingRequest.$Properties {
        }

        class PingRequest {
            constructor(p?: macula.control.PingRequest.$Properties);
            $unknowns?: Uint8Array[];
            target: string;
            garbageFirst: boolean;
            via: string;
            static create(properties: macula.control.PingRequest.$Shape): macula.control.PingRequest & macula.control.PingRequest.$Shape;
            static create(properties?: macula.control.PingRequest.$Properties): macula.control.PingRequest;
            static encode(m: macula.control.PingRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): macula.control.PingRequest & macula.control.PingRequest.$Shape;
            static fromObject(d: { [k: string]: any }): macula.control.PingRequest;
            static toObject(m: macula.control.PingRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace PingRequest {
            interface $Properties {
                target?: (string|null);
                garbageFirst?: (boolean|null);
                via?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = macula.control.PingRequest.$Properties;
        }

        interface IPingReply extends macula.control.PingReply.$Properties {
        }

        class PingReply {
            constructor(p?: macula.control.PingReply.$Properties);
            $unknowns?: Uint8Array[];
            pid: number;
            startedAt: number;
            rttMs: number;
            static create(properties: macula.control.PingReply.$Shape): macula.control.PingReply & macula.control.PingReply.$Shape;
            static create(properties?: macula.control.PingReply.$Properties): macula.control.PingReply;
            static encode(m: macula.control.PingReply.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): macula.control.PingReply & macula.control.PingReply.$Shape;
            static fromObject(d: { [k: string]: any }): macula.control.PingReply;
            static toObject(m: macula.control.PingReply, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace PingReply {
            interface $Properties {
                pid?: (number|null);
                startedAt?: (number|null);
                rttMs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = macula.control.PingReply.$Properties;
        }

        interface IStatusReply extends macula.control.StatusReply.$Properties {
        }

        class StatusReply {
            constructor(p?: macula.control.StatusReply.$Properties);
            $unknowns?: Uint8Array[];
            nodeId: string;
            realm: string;
            pid: number;
            startedAt: number;
            ready: boolean;
            tree?: (macula.common.TreeNode.$Properties|null);
            bound: { [k: string]: string };
            services: { [k: string]: string };
            bootstrapUrl: string;
            meshJson: string;
            static create(properties: macula.control.StatusReply.$Shape): macula.control.StatusReply & macula.control.StatusReply.$Shape;
            static create(properties?: macula.control.StatusReply.$Properties): macula.control.StatusReply;
            static encode(m: macula.control.StatusReply.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): macula.control.StatusReply & macula.control.StatusReply.$Shape;
            static fromObject(d: { [k: string]: any }): macula.control.StatusReply;
            static toObject(m: macula.control.StatusReply, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace StatusReply {
            interface $Properties {
                nodeId?: (string|null);
                realm?: (string|null);
                pid?: (number|null);
                startedAt?: (number|null);
                ready?: (boolean|null);
                tree?: (macula.common.TreeNode.$Properties|null);
                bound?: ({ [k: string]: string }|null);
                services?: ({ [k: string]: string }|null);
                bootstrapUrl?: (string|null);
                meshJson?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = macula.control.StatusReply.$Properties;
        }

        interface IOk extends macula.control.Ok.$Properties {
        }

        class Ok {
            constructor(p?: macula.control.Ok.$Properties);
            $unknowns?: Uint8Array[];
            message: string;
            static create(properties: macula.control.Ok.$Shape): macula.control.Ok & macula.control.Ok.$Shape;
            static create(properties?: macula.control.Ok.$Properties): macula.control.Ok;
            static encode(m: macula.control.Ok.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): macula.control.Ok & macula.control.Ok.$Shape;
            static fromObject(d: { [k: string]: any }): macula.control.Ok;
            static toObject(m: macula.control.Ok, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Ok {
            interface $Properties {
                message?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = macula.control.Ok.$Properties;
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
