import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { resolveWebhookTarget } from './webhooks.address.ts';

/**
 * Posts one webhook delivery. The host is resolved and checked here, at send time
 * (resolveWebhookTarget), and the connection goes to exactly the addresses that were checked:
 * the request's `lookup` answers with them instead of asking DNS again, so a name that changes
 * its answer between the check and the connection (DNS rebinding) cannot lead anywhere else.
 * Redirects are never followed: a 3xx is an answer like any other that is not a 2xx.
 */
export async function postWebhook(options: {
  url: string;
  body: string;
  headers: Record<string, string>;
  allowedHosts: readonly string[];
  timeoutMs: number;
}): Promise<{ status: number }> {
  const deadline = Date.now() + options.timeoutMs;
  const url = new URL(options.url);
  const addresses = await resolveWebhookTarget(url, options.allowedHosts, options.timeoutMs);
  const pinned: LookupFunction = (_hostname, lookupOptions, callback) => {
    const wanted = lookupOptions.family === 4 || lookupOptions.family === 6 ? lookupOptions.family : 0;
    const usable = addresses.filter((entry) => !wanted || entry.family === wanted);
    if (usable.length === 0) {
      const error = Object.assign(new Error('no checked address of that family'), { code: 'ENOTFOUND' });
      callback(error, '', 0);
    } else if (lookupOptions.all) callback(null, usable);
    else callback(null, usable[0]?.address ?? '', usable[0]?.family ?? 4);
  };
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const request = send(
      url,
      {
        method: 'POST',
        headers: { ...options.headers, 'content-length': String(Buffer.byteLength(options.body)) },
        lookup: pinned,
        // A connection of its own every time: a pooled socket would skip the check above.
        agent: false,
      },
      (response) => {
        clearTimeout(timer);
        // The answer's body is not read: drop it and the connection.
        response.destroy();
        resolve({ status: response.statusCode ?? 0 });
      },
    );
    const timer = setTimeout(
      () => request.destroy(new Error(`no answer within ${Math.round(options.timeoutMs / 1000)} s`)),
      Math.max(0, deadline - Date.now()),
    );
    request.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    request.end(options.body);
  });
}
