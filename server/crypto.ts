import { createHmac, randomBytes, hash as sha } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

/** A random secret, URL-safe. */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/** Secrets are stored only as this digest; a stolen database yields no usable token. */
export function digest(secret: string): string {
  return sha('sha256', secret, 'hex');
}

/**
 * The signature of a webhook delivery: hex HMAC-SHA256, keyed with the webhook's secret, of
 * `<timestamp>.<body>` (Unix seconds, a dot, the exact bytes sent). Receivers recompute it.
 */
export function signWebhookPayload(secret: string, timestamp: number, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
}

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A readable generated password for new accounts and first start. */
export function generatePassword(): string {
  return randomBytes(15).toString('base64url');
}
