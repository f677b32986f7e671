// Serves a folder over HTTP on a free local port, as a host would: the Storybook static build.
import { createServer } from 'node:http';
import sirv from 'sirv';

/** Starts the server; resolves with its origin and a `close()`. */
export async function serveStatic(folder) {
  const serve = sirv(folder, { maxAge: 600 });
  const server = createServer((request, response) => {
    // Browsers ask for one unprompted; a host answers it, so a missing icon is not a story's fault.
    if (request.url === '/favicon.ico') return void response.writeHead(204).end();
    serve(request, response, () => response.writeHead(404, { 'content-type': 'text/plain' }).end('not found'));
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(done)),
  };
}
