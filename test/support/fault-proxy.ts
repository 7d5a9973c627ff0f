/**
 * A fault-injecting HTTP proxy for the live fault suite: it sits on loopback in front of the moto
 * server and, for the requests a plan picks, answers as a failing AWS would (each service's own
 * error codes and wire format), drops the connection, never answers, or answers with a body that
 * is not an AWS response. Everything else is forwarded unchanged.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, request, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type FaultKind = 'access-denied' | 'throttle' | 'server-error' | 'reset' | 'hang' | 'malformed';
export const FAULT_KINDS: readonly FaultKind[] = [
  'access-denied',
  'throttle',
  'server-error',
  'reset',
  'hang',
  'malformed',
];

/** What the proxy knows of a request: the signing service and region, and a stable key. */
interface RequestInfo {
  service: string;
  region: string;
  /** Method, path, query and body: the same on every retry of the same call. */
  key: string;
  /** How many times this key was seen before (0 on the first attempt). */
  occurrence: number;
}

export type FaultPlan = (request: RequestInfo) => FaultKind | undefined;

export interface FaultProxy {
  endpoint: string;
  setPlan(plan: FaultPlan | undefined): void;
  /** Requests answered with a fault, by kind and service. */
  injected: Map<string, number>;
  stop(): Promise<void>;
}

type Protocol = 'rest-xml' | 'query' | 'ec2' | 'json';
const PROTOCOL: Record<string, Protocol> = {
  s3: 'rest-xml',
  ec2: 'ec2',
  iam: 'query',
  rds: 'query',
  redshift: 'query',
  elasticloadbalancing: 'query',
  sts: 'query',
  kms: 'json',
  dynamodb: 'json',
  cloudtrail: 'json',
  ssm: 'json',
};

/** Each service's real codes: [HTTP status, code] per fault. */
function errorCode(service: string, fault: 'access-denied' | 'throttle' | 'server-error'): [number, string] {
  const protocol = PROTOCOL[service] ?? 'query';
  if (fault === 'throttle') {
    if (service === 's3') return [503, 'SlowDown'];
    if (service === 'ec2') return [503, 'RequestLimitExceeded'];
    return protocol === 'json' ? [400, 'ThrottlingException'] : [400, 'Throttling'];
  }
  if (fault === 'access-denied') {
    if (service === 'ec2') return [403, 'UnauthorizedOperation'];
    return protocol === 'json' ? [400, 'AccessDeniedException'] : [403, 'AccessDenied'];
  }
  if (service === 'ec2' || service === 's3') return [500, 'InternalError'];
  return protocol === 'json' ? [500, 'InternalFailure'] : [500, 'InternalFailure'];
}

/** The error body in the service's wire format. */
function errorBody(service: string, code: string, message: string): { type: string; body: string } {
  const id = 'fault-0000-0000';
  switch (PROTOCOL[service] ?? 'query') {
    case 'json':
      return { type: 'application/x-amz-json-1.1', body: JSON.stringify({ __type: code, message }) };
    case 'rest-xml':
      return {
        type: 'application/xml',
        body: `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message><RequestId>${id}</RequestId></Error>`,
      };
    case 'ec2':
      return {
        type: 'text/xml',
        body: `<?xml version="1.0" encoding="UTF-8"?>\n<Response><Errors><Error><Code>${code}</Code><Message>${message}</Message></Error></Errors><RequestID>${id}</RequestID></Response>`,
      };
    default:
      return {
        type: 'text/xml',
        body: `<ErrorResponse><Error><Type>${code === 'InternalFailure' ? 'Receiver' : 'Sender'}</Type><Code>${code}</Code><Message>${message}</Message></Error><RequestId>${id}</RequestId></ErrorResponse>`,
      };
  }
}

/** Service and region from the SigV4 credential scope: Credential=AKID/date/region/service/aws4_request. */
function scopeOf(req: IncomingMessage): { service: string; region: string } {
  const auth = String(req.headers.authorization ?? '');
  const match = /Credential=[^/]+\/\d+\/([^/]+)\/([^/]+)\//.exec(auth);
  return { region: match?.[1] ?? 'unknown', service: match?.[2] ?? 'unknown' };
}

/**
 * A seeded, order-independent choice: the same call (key and occurrence) gets the same answer
 * whatever order concurrent requests arrive in, so a run is repeatable.
 */
export function seededPick(seed: string, info: RequestInfo, fraction: number): boolean {
  const digest = createHash('sha256').update(`${seed}\n${info.key}\n${info.occurrence}`).digest();
  return digest.readUInt32BE(0) / 0x1_0000_0000 < fraction;
}

export async function startFaultProxy(target: string): Promise<FaultProxy> {
  const upstream = new URL(target);
  const seen = new Map<string, number>();
  const injected = new Map<string, number>();
  const sockets = new Set<Socket>();
  let plan: FaultPlan | undefined;

  const forward = (req: IncomingMessage, body: Buffer, res: ServerResponse) => {
    const out = request(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: req.method,
        path: req.url,
        headers: req.headers,
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    out.on('error', () => res.destroy());
    out.end(body);
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const { service, region } = scopeOf(req);
      const key = `${req.method} ${req.url} ${body.toString('utf8')}`;
      const occurrence = seen.get(key) ?? 0;
      seen.set(key, occurrence + 1);
      // The caller's identity is never faulted: without it there is no scan to observe.
      const fault = service === 'sts' ? undefined : plan?.({ service, region, key, occurrence });
      if (!fault) return forward(req, body, res);
      const tally = `${fault} ${service}`;
      injected.set(tally, (injected.get(tally) ?? 0) + 1);
      switch (fault) {
        case 'reset':
          req.socket.resetAndDestroy();
          return;
        case 'hang':
          return; // accept, read, never answer
        case 'malformed':
          // What a captive portal or a misconfigured proxy sends: an HTML page with status 200.
          res.writeHead(200, { 'content-type': 'text/html' });
          res.end('<html><body><h1>Service temporarily unavailable</h1></body></html>');
          return;
        default: {
          const [status, code] = errorCode(service, fault);
          const { type, body: text } = errorBody(service, code, `injected ${fault}`);
          res.writeHead(status, { 'content-type': type, 'x-amzn-requestid': 'fault-0000-0000' });
          res.end(text);
        }
      }
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    injected,
    setPlan(next) {
      plan = next;
      seen.clear();
      injected.clear();
    },
    async stop() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
