/**
 * Health HTTP server: port of upstream macula_gateway_health (REFERENCE §2) — GET /live, /ready,
 * /health (plus the node's stated access default and its warnings), /metrics. Bounded (connections, header size, request and header timeouts) because it
 * listens on a public interface by default. start()/stop() are idempotent; stop() is one shared
 * promise that also closes keep-alive sockets so it never waits on an idle client.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MaculaError } from '../errors/index.js';
import {
  HEALTH_HEADERS_TIMEOUT_MS, HEALTH_KEEP_ALIVE_TIMEOUT_MS, HEALTH_REQUEST_TIMEOUT_MS, MAX_HEALTH_CONNECTIONS,
  MAX_HEALTH_HEADER_BYTES, MAX_METRICS_BYTES,
} from './constants.js';
import type { HealthAddress, HealthBody, HealthInfo, HealthServerOptions } from './types.js';

const JSON_TYPE = 'application/json; charset=utf-8';
const PROMETHEUS_TYPE = 'text/plain; version=0.0.4; charset=utf-8';

type Route = (res: ServerResponse) => void | Promise<void>;

export class HealthServer {
  private readonly options: HealthServerOptions;
  private readonly startedAt: number;
  private readonly routes: ReadonlyMap<string, Route>;
  private server?: Server;
  private starting?: Promise<HealthAddress>;
  private stopping?: Promise<void>;

  constructor(options: HealthServerOptions) {
    this.options = options;
    this.startedAt = options.startedAt ?? Date.now();
    this.routes = new Map<string, Route>([
      ['/live', (res) => send(res, 200, { status: 'alive' })],
      ['/ready', (res) => this.ready(res)],
      ['/health', (res) => this.health(res)],
      ['/metrics', (res) => this.metrics(res)],
    ]);
  }

  /** Listen; resolves the bound address (the actual port when `port` was 0). */
  start(): Promise<HealthAddress> {
    if (this.stopping !== undefined) return Promise.reject(new MaculaError('shutdown', 'health server was stopped; create a new one'));
    this.starting ??= this.listen();
    return this.starting;
  }

  /** Close the listener and every open connection. Idempotent; every call gets the same promise. */
  stop(): Promise<void> {
    this.stopping ??= this.close();
    return this.stopping;
  }

  /** The bound address while listening. */
  get address(): HealthAddress | undefined {
    const a = this.server?.address();
    return a !== null && typeof a === 'object' ? { host: (a as AddressInfo).address, port: (a as AddressInfo).port } : undefined;
  }

  private listen(): Promise<HealthAddress> {
    const o = this.options;
    const requestTimeout = o.requestTimeoutMs ?? HEALTH_REQUEST_TIMEOUT_MS;
    const headersTimeout = Math.min(o.headersTimeoutMs ?? HEALTH_HEADERS_TIMEOUT_MS, requestTimeout);
    const server = createServer({
      maxHeaderSize: o.maxHeaderBytes ?? MAX_HEALTH_HEADER_BYTES,
      requestTimeout,
      headersTimeout,
      keepAliveTimeout: o.keepAliveTimeoutMs ?? HEALTH_KEEP_ALIVE_TIMEOUT_MS,
      // How often Node checks the two timeouts above (its default, 30 s, would make them coarse).
      connectionsCheckingInterval: Math.max(10, Math.min(1000, Math.floor(headersTimeout / 2))),
    });
    server.maxConnections = o.maxConnections ?? MAX_HEALTH_CONNECTIONS;
    server.on('request', (req, res) => void this.handle(req, res));
    // No 'clientError' listener on purpose: Node's default answers 400/408/431 and destroys the
    // socket, which is exactly what a bounded server wants, and never throws.
    this.server = server;
    return new Promise<HealthAddress>((resolve, reject) => {
      const onError = (err: NodeJS.ErrnoException): void => {
        reject(new MaculaError('start_failed', `health server cannot listen on ${o.host}:${o.port}: ${err.message}`, { cause: err, details: { host: o.host, port: o.port } }));
      };
      server.once('error', onError);
      server.listen(o.port, o.host, () => {
        server.off('error', onError);
        resolve(this.address!);
      });
    });
  }

  private close(): Promise<void> {
    const server = this.server;
    if (server === undefined || !server.listening) return Promise.resolve();
    return new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '/').split('?', 1)[0]!;
    const route = this.routes.get(path);
    if (route === undefined) return send(res, 404, { error: 'not_found', message: `no such endpoint: ${path}` });
    if (req.method !== 'GET') {
      res.setHeader('Allow', 'GET');
      return send(res, 405, { error: 'method_not_allowed', message: `${req.method} ${path}: only GET is allowed` });
    }
    try {
      await route(res);
    } catch (err) {
      if (!res.headersSent) send(res, 500, { error: 'internal', message: (err as Error).message });
      else res.destroy();
    }
  }

  /** info(), with a throwing provider read as "not ready". */
  private readInfo(): { info?: HealthInfo; error?: string } {
    try {
      return { info: this.options.info() };
    } catch (err) {
      return { error: (err as Error).message };
    }
  }

  private ready(res: ServerResponse): void {
    const { info, error } = this.readInfo();
    if (info?.ready === true) send(res, 200, { status: 'ready' });
    else send(res, 503, { status: info?.starting === true ? 'starting' : 'not_ready', ...(error === undefined ? {} : { error }) });
  }

  private health(res: ServerResponse): void {
    const { info, error } = this.readInfo();
    const ready = info?.ready === true;
    const body: HealthBody = {
      ...(info?.details ?? {}),
      status: ready ? 'healthy' : info?.starting === true ? 'starting' : 'unhealthy',
      ready,
      uptime: Math.floor((Date.now() - this.startedAt) / 1000),
      node_id: info?.nodeId ?? '',
      realm: info?.realm ?? '',
      ...(info?.access === undefined ? {} : { access: info.access }),
      ...(info?.warnings === undefined || info.warnings.length === 0 ? {} : { warnings: info.warnings }),
      ...(error === undefined ? {} : { error }),
    };
    send(res, ready ? 200 : 503, body);
  }

  private async metrics(res: ServerResponse): Promise<void> {
    const provider = this.options.metrics;
    if (provider === undefined) return send(res, 404, { error: 'not_found', message: 'metrics are not enabled' });
    const text = await provider();
    if (Buffer.byteLength(text) > MAX_METRICS_BYTES) throw new Error(`metrics exceed ${MAX_METRICS_BYTES} bytes`);
    res.writeHead(200, { 'Content-Type': PROMETHEUS_TYPE, 'Cache-Control': 'no-store' });
    res.end(text);
  }
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': JSON_TYPE, 'Cache-Control': 'no-store' });
  res.end(`${JSON.stringify(body)}\n`);
}
