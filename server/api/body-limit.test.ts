import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen, type RunningServer } from '../http-server';
import { MAX_BODY_BYTES } from './http';
import { OWNER, setupApi } from './test-support';

const api = setupApi();
let server: RunningServer;
beforeAll(async () => {
  // As `npm run api` serves it: the embedded API's own fetch handler on a real socket.
  server = await listen((req) => api.api.fetch(req), 0, '127.0.0.1');
});
afterAll(async () => {
  await server.close();
  api.close();
});

const CHUNK = Buffer.alloc(64 * 1024, 0x20);
const TOTAL = 32 * 1024 * 1024;

/**
 * Sends a chunked body of up to TOTAL bytes, one chunk at a time, and stops as soon as an answer arrives.
 * Reports the status and how much had been sent by then.
 */
function sendChunked(path: string): Promise<{ status: number; sentBeforeAnswer: number; finishedSending: boolean }> {
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    let finished = false;
    const req = request(`${server.url}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${OWNER}`, 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
    });
    req.setTimeout(20_000, () => req.destroy(new Error('no answer within 20 s')));
    req.on('response', (response) => {
      answered = true;
      response.resume();
      resolve({ status: response.statusCode ?? 0, sentBeforeAnswer: sent, finishedSending: finished });
      req.destroy();
    });
    // Once answered, the server may drop the connection while the client still writes.
    req.on('error', (error) => {
      if (!answered) reject(error);
    });
    const pump = () => {
      while (!answered && sent < TOTAL) {
        sent += CHUNK.length;
        if (!req.write(CHUNK)) return void req.once('drain', pump);
      }
      if (!answered) {
        finished = true;
        req.end();
      }
    };
    req.write('{"credentials":"');
    pump();
  });
}

describe('request body limit of the embedded API on its own (npm run api)', () => {
  it('answers 413 to a chunked body over the limit before the client has finished sending it', async () => {
    const result = await sendChunked('/credentials?workspaceId=201');
    expect(result.status).toBe(413);
    expect(result.finishedSending).toBe(false);
    // Sent by the time the answer arrived: the limit plus what socket buffers hold, far from all of it.
    expect(result.sentBeforeAnswer).toBeLessThan(TOTAL / 2);
    expect(result.sentBeforeAnswer).toBeGreaterThan(MAX_BODY_BYTES);
  });

  it('still accepts a chunked body under the limit', async () => {
    const response = await fetch(`${server.url}/credentials?workspaceId=201`, {
      method: 'POST',
      headers: { authorization: `Bearer ${OWNER}`, 'content-type': 'application/json' },
      body: new Blob([JSON.stringify({ credentials: { name: 'chunked-ok', provider: 'ssh', keys: { discriminator: 'ssh', privateKey: 'k' } } })]).stream(),
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(200);
  });
});
