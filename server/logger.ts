import pino, { type Logger } from 'pino';

/** Structured JSON logs; every request line carries its request id. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'showcase' },
    redact: ['req.headers.cookie', 'req.headers.authorization'],
  });
}
