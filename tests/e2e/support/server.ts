/** A static file server for the fixture pages, on loopback, on a random port. */
import { createReadStream, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES_DIR = fileURLToPath(new URL('../fixtures/', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.pdf': 'application/pdf',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

export interface FixtureServer {
  /** http://127.0.0.1:PORT */
  origin: string;
  /** http://localhost:PORT: the same files from another origin (and another site), for cross-origin frames. */
  crossOrigin: string;
  /** Absolute URL of a fixture path on `origin`, e.g. url('invoice/') */
  url(path: string): string;
  /** Stops listening and destroys open keep-alive connections, so the process can exit. */
  close(): Promise<void>;
}

/** Maps a request path to a file under root, or undefined when it escapes root or does not exist. */
function fileFor(root: string, pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const candidate = normalize(join(root, decoded));
  if (candidate !== root && !candidate.startsWith(root + sep)) return undefined;
  try {
    const stat = statSync(candidate);
    if (stat.isFile()) return candidate;
    if (stat.isDirectory()) {
      const index = join(candidate, 'index.html');
      return statSync(index).isFile() ? index : undefined;
    }
  } catch {
    return undefined;
  }
  return undefined;
}

function listen(server: Server, host: string, port: number): Promise<number> {
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      server.off('error', fail);
      done((server.address() as AddressInfo).port);
    });
  });
}

export async function startServer(root: string = FIXTURES_DIR): Promise<FixtureServer> {
  const base = resolve(root);
  const sockets = new Set<Socket>();
  const onRequest = (req: IncomingMessage, res: ServerResponse): void => {
    const { pathname } = new URL(req.url ?? '/', 'http://fixture');
    const file = fileFor(base, pathname);
    if (!file || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    // A directory without a trailing slash would resolve its relative links against the parent.
    if (!pathname.endsWith('/') && file.endsWith(`${sep}index.html`) && !pathname.endsWith('index.html')) {
      res.writeHead(301, { location: `${pathname}/` }).end();
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    if (req.method === 'HEAD') res.end();
    else
      createReadStream(file)
        .on('error', () => res.destroy())
        .pipe(res);
  };
  const track = (server: Server): void => {
    server.on('connection', (socket) => {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    });
  };

  // Two listeners on one port: 127.0.0.1 for the main origin, and ::1 so that "localhost" works
  // whichever loopback address Chromium tries first. Loopback only: fixtures never leave the machine.
  const v4 = createServer(onRequest);
  const v6 = createServer(onRequest);
  track(v4);
  track(v6);
  const servers = [v4];
  const port = await listen(v4, '127.0.0.1', 0);
  try {
    await listen(v6, '::1', port);
    servers.push(v6);
  } catch {
    // No IPv6 loopback here: Chromium falls back to 127.0.0.1 for localhost.
  }

  return {
    origin: `http://127.0.0.1:${port}`,
    crossOrigin: `http://localhost:${port}`,
    url: (path) => new URL(path.replace(/^\//, ''), `http://127.0.0.1:${port}/`).href,
    close: async () => {
      const stopped = servers.map(
        (s) => new Promise<void>((done) => (s.listening ? s.close(() => done()) : done())),
      );
      // close() only stops accepting; idle keep-alive sockets from Chromium would hold it open.
      for (const socket of sockets) socket.destroy();
      await Promise.all(stopped);
    },
  };
}
