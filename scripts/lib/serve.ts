/**
 * A static server on 127.0.0.1 for test pages, the demo and the benchmark.
 * Pages are served as UTF-8 whatever their <meta> says (some corpus pages lie).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ServedPage {
  body: string | Buffer;
  contentType?: string;
  headers?: Record<string, string>;
}

export type PageSource = (path: string) => ServedPage | string | undefined;

export interface PageServer {
  /** e.g. http://127.0.0.1:41234 */
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
  /** Every path requested so far, for asserting what a page (or the extension) fetched. */
  requests: string[];
}

export async function servePages(source: PageSource | Record<string, ServedPage | string>, host = '127.0.0.1'): Promise<PageServer> {
  const lookup: PageSource = typeof source === 'function' ? source : (path) => source[path];
  const requests: string[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    requests.push(path);
    const found = lookup(path);
    if (found === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    const page = typeof found === 'string' ? { body: found } : found;
    res.writeHead(200, {
      'content-type': page.contentType ?? 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      ...page.headers,
    });
    res.end(page.body);
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://${host}:${port}`;
  return {
    origin,
    url: (path) => `${origin}${path.startsWith('/') ? path : `/${path}`}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
