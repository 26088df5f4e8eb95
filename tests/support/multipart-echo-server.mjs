// A multipart/form-data reader Keyway did not write: busboy (npm), the parser behind multer and
// fastify-multipart. Answers every POST/PUT with what it received, as JSON:
//   {contentType, contentLength, received, sha256, parts: [{name, filename, mimeType, size, sha256, value}]}
// (parts only for multipart bodies; `value` only for text fields). GET /redirect/<code> answers
// <code> with Location /echo, so a 307 or 308 re-sends the body.
// Prints "listening http://127.0.0.1:<port>" when ready.
// Usage: node multipart-echo-server.mjs   (NODE_PATH must hold busboy@1)
import http from 'node:http';
import crypto from 'node:crypto';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const busboy = require(require.resolve('busboy', {
    paths: (process.env.NODE_PATH || '').split(':').filter(Boolean),
}));

const sha256 = () => crypto.createHash('sha256');

const server = http.createServer((request, response) => {
    const redirect = request.url.match(/^\/redirect\/(\d+)$/);
    if (redirect) {
        response.writeHead(Number(redirect[1]), { Location: '/echo' });
        return response.end();
    }
    const answer = {
        method: request.method,
        contentType: request.headers['content-type'] || '',
        contentLength: Number(request.headers['content-length'] || -1),
        received: 0,
        parts: [],
    };
    const whole = sha256();
    request.on('data', (chunk) => { answer.received += chunk.length; whole.update(chunk); });
    const finish = () => {
        answer.sha256 = whole.digest('hex');
        response.writeHead(200, { 'Content-Type': 'application/json' });
        response.end(JSON.stringify(answer));
    };
    if (!answer.contentType.startsWith('multipart/form-data')) {
        request.on('end', finish);
        return;
    }
    const parser = busboy({ headers: request.headers, limits: { fileSize: 1 << 30 } });
    parser.on('field', (name, value, info) => {
        answer.parts.push({ name, value, mimeType: info.mimeType, size: Buffer.byteLength(value) });
    });
    parser.on('file', (name, stream, info) => {
        const part = { name, filename: info.filename, mimeType: info.mimeType, size: 0 };
        const hash = sha256();
        answer.parts.push(part);
        stream.on('data', (chunk) => { part.size += chunk.length; hash.update(chunk); });
        stream.on('end', () => { part.sha256 = hash.digest('hex'); });
    });
    parser.on('close', finish);
    parser.on('error', (error) => {
        response.writeHead(400, { 'Content-Type': 'application/json' });
        response.end(JSON.stringify({ error: String(error) }));
    });
    request.pipe(parser);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
console.log(`listening http://127.0.0.1:${server.address().port}`);
