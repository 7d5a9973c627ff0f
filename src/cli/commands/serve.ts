import type { AddressInfo } from 'node:net';
import { InputError } from '../../errors.js';
import { createDashboard } from '../../server/server.js';
import { openStore } from '../../store/store.js';
import { parseFlags } from '../args.js';
import { type Command, EXIT, type Io } from '../io.js';
import { historyLocation, STORE_CONFIG_FLAGS, STORE_CONFIG_USAGE } from '../store.js';

const LOOPBACK = ['127.0.0.1', 'localhost', '::1'];

function parsePort(text: string | undefined): number {
  if (text === undefined) return 8645;
  if (!/^[0-9]{1,5}$/.test(text) || Number(text) > 65535)
    throw new InputError(`--port: expected 0 to 65535, got '${text}'`);
  return Number(text);
}

/**
 * Serves the dashboard until SIGINT or SIGTERM. `signal` (tests) stops it too; `onListening`
 * (tests) learns the address.
 */
const SERVE_FLAGS = { port: { type: 'string' }, host: { type: 'string' }, ...STORE_CONFIG_FLAGS } as const;

export async function serve(
  args: string[],
  io: Io,
  control: { signal?: AbortSignal; onListening?: (url: string) => void } = {},
): Promise<number> {
  const { values } = parseFlags({
    args,
    options: SERVE_FLAGS,
  });
  const port = parsePort(values.port);
  const host = values.host ?? '127.0.0.1';
  const loopbackOnly = LOOPBACK.includes(host);
  if (!loopbackOnly) {
    io.stderr(
      `demarc: warning: serving on ${host}, not loopback: anyone who can reach this address reads your scans (findings, resource names, exceptions); there is no login\n`,
    );
  }
  const store = await openStore(historyLocation(values, io));
  const server = createDashboard(store, {
    loopbackOnly,
    onError: (error) => io.stderr(`demarc: a request failed: ${(error as Error).message}\n`),
  });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', (error: NodeJS.ErrnoException) =>
        reject(new InputError(`cannot listen on ${host}:${port}: ${error.code ?? error.message}`)),
      );
      server.listen(port, host, resolve);
    });
    const address = server.address() as AddressInfo;
    const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    const url = `http://${shownHost}:${address.port}/`;
    io.stderr(`demarc: dashboard on ${url} over ${store.location} (read-only; Ctrl-C stops it)\n`);
    control.onListening?.(url);
    await new Promise<void>((resolve) => {
      const stop = () => {
        // Only the first stop counts; the others' listeners go, so a later Ctrl-C acts as usual.
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        control.signal?.removeEventListener('abort', stop);
        resolve();
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
      control.signal?.addEventListener('abort', stop);
      // A signal aborted before this point (during onListening) fires no event.
      if (control.signal?.aborted) stop();
    });
  } finally {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
    await store.close();
  }
  return EXIT.ok;
}

export const serveCommand: Command = {
  usage: `usage:
  demarc serve [--port N] [--host ADDRESS]   the dashboard over the scan history, read-only

  History with a trend chart, the latest matrix per estate with drill-down to findings, the
  findings table with filters, a diff between any two scans (drift for a template scan against a
  live one), exception expiry. Server-rendered,
  no script, works offline.

options:
${STORE_CONFIG_USAGE}
  --port N               port (default 8645; 0 picks a free one)
  --host ADDRESS         address to listen on (default 127.0.0.1; another one is reachable by
                         others, with no login: demarc warns)`,
  flags: SERVE_FLAGS,
  values: { store: 'files', config: 'files' },
  examples: [
    'demarc serve                               # http://127.0.0.1:8645/ over the default history',
    'demarc serve --port 9000 --store scans.db',
  ],
  run: (args, io) => serve(args, io),
};
