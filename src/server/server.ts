import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { diffScans } from '../engine/diff.js';
import { driftBetween, scanSide } from '../engine/drift.js';
import type { ScanStore, StoredScan } from '../store/store.js';
import { STYLE } from './html.js';
import { diffPage, type FindingFilters, indexPage, notFoundPage, scanPage } from './pages.js';

/**
 * The dashboard: node:http over the store, pages rendered on the server, no script at all.
 * node:http rather than a framework: five GET routes need no router, and it adds no dependency.
 * Read-only: only GET and HEAD are answered; nothing here writes to the store.
 */

/** No script, no foreign origin, no framing, forms only back to us. */
export const CSP =
  "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

function send(res: ServerResponse, status: number, type: string, body: string, head: boolean): void {
  res.writeHead(status, {
    'content-type': type,
    'content-security-policy': CSP,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-store',
  });
  res.end(head ? undefined : body);
}

const HTML = 'text/html; charset=utf-8';

const param = (url: URL, name: string) => url.searchParams.get(name) ?? undefined;

function idOf(text: string | undefined): number | undefined {
  return text && /^[1-9][0-9]{0,8}$/.test(text) ? Number(text) : undefined;
}

async function route(store: ScanStore, url: URL, now: () => Date): Promise<[number, string, string]> {
  const path = url.pathname;
  if (path === '/style.css') return [200, 'text/css; charset=utf-8', STYLE];
  if (path === '/') {
    const scans = await store.list();
    const last = scans.at(-1);
    const latest = last ? await store.load(last.id) : undefined;
    const due = latest && last ? diffScans(latest, latest, { now: now() }) : undefined;
    return [
      200,
      HTML,
      indexPage(
        scans,
        last && due ? { scan: last, exceptions: due.exceptions, windowDays: due.windowDays } : undefined,
      ),
    ];
  }
  const scanMatch = /^\/scans\/([^/]+)$/.exec(path);
  if (scanMatch) {
    const id = idOf(scanMatch[1]);
    const stored = id === undefined ? undefined : (await store.list()).find((s) => s.id === id);
    const result = stored ? await store.load(stored.id) : undefined;
    if (!stored || !result) return [404, HTML, notFoundPage(`No scan ${scanMatch[1]} in the store.`)];
    const filters: FindingFilters = {};
    for (const key of ['status', 'severity', 'service', 'domain', 'q'] as const) {
      const value = param(url, key);
      if (value) filters[key] = value;
    }
    return [200, HTML, scanPage(stored, result, filters)];
  }
  if (path === '/diff') {
    const scans = await store.list();
    const byId = (id: number | undefined) => scans.find((s) => s.id === id);
    let a = byId(idOf(param(url, 'a')));
    let b = byId(idOf(param(url, 'b')));
    if (!url.searchParams.has('a') && !url.searchParams.has('b')) {
      b = scans.at(-1);
      a = b && [...scans].reverse().find((s: StoredScan) => s.scope === b?.scope && s.id < b.id);
    }
    if (!a || !b) return [200, HTML, diffPage(scans, undefined, 'Choose two stored scans to compare.')];
    const [ra, rb] = await Promise.all([store.load(a.id), store.load(b.id)]);
    if (!ra || !rb) return [404, HTML, notFoundPage('A scan vanished from the store.')];
    if (scanSide(a.source.kind) !== scanSide(b.source.kind)) {
      // A template against the running estate: resources are paired, not finding keys (drift.ts).
      const [template, live, rt, rl] =
        scanSide(a.source.kind) === 'template' ? [a, b, ra, rb] : [b, a, rb, ra];
      return [200, HTML, diffPage(scans, { a, b, template, live, drift: driftBetween(rt, rl) })];
    }
    return [200, HTML, diffPage(scans, { a, b, diff: diffScans(ra, rb, { now: now() }) })];
  }
  return [404, HTML, notFoundPage(`Nothing at ${path}.`)];
}

interface DashboardOptions {
  /** Whether the server listens on loopback only: then requests must name a loopback host (DNS rebinding). */
  loopbackOnly: boolean;
  now?: () => Date;
  /** Where a failed request is reported (the CLI's stderr). */
  onError?: (error: unknown) => void;
}

export function createDashboard(store: ScanStore, options: DashboardOptions): Server {
  const now = options.now ?? (() => new Date());
  return createServer((req: IncomingMessage, res: ServerResponse) => {
    const head = req.method === 'HEAD';
    if (req.method !== 'GET' && !head) {
      res.setHeader('allow', 'GET, HEAD');
      send(res, 405, 'text/plain; charset=utf-8', 'read-only: GET and HEAD only\n', false);
      return;
    }
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    if (options.loopbackOnly && !LOOPBACK.has(host)) {
      send(res, 421, 'text/plain; charset=utf-8', 'this dashboard answers to localhost only\n', head);
      return;
    }
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://localhost');
    } catch {
      send(res, 400, 'text/plain; charset=utf-8', 'bad request\n', head);
      return;
    }
    route(store, url, now).then(
      ([status, type, body]) => send(res, status, type, body, head),
      (error: unknown) => {
        options.onError?.(error);
        send(
          res,
          500,
          'text/plain; charset=utf-8',
          'the store could not be read; see the server log\n',
          head,
        );
      },
    );
  });
}
