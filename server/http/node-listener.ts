// The Node request listener in front of yoga. yoga's adapter builds the request URL from the
// Host header and the path; when that is no URL (`Host: a:b`, a path of `*`) it answers 500
// with the exception's stack and our install paths in the body. Such a request is malformed:
// answer 400 here, before the adapter sees it.
import type http from 'node:http';

export function requestListener(
  app: (req: http.IncomingMessage, res: http.ServerResponse) => unknown,
): http.RequestListener {
  return (req, res) => {
    if (!URL.canParse(`http://${req.headers.host ?? 'localhost'}${req.url ?? '/'}`)) {
      res.writeHead(400, {
        'content-type': 'text/plain; charset=utf-8',
        'x-content-type-options': 'nosniff',
      });
      res.end('Bad request: the Host header and path do not form a URL.');
      return;
    }
    void app(req, res);
  };
}
