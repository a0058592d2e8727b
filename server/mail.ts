import { createTransport } from 'nodemailer';
import type { Env } from './env.ts';

/** Sends plain-text email. Exists only when SHOWCASE_SMTP_URL is set. */
export interface Mailer {
  send(message: { to: string; subject: string; text: string }): Promise<void>;
}

/** A mailer over the configured SMTP server, or undefined when none is configured. */
export function createMailer(env: Pick<Env, 'SHOWCASE_SMTP_URL' | 'SHOWCASE_MAIL_FROM'>): Mailer | undefined {
  if (!env.SHOWCASE_SMTP_URL || !env.SHOWCASE_MAIL_FROM) return undefined;
  const transport = createTransport(env.SHOWCASE_SMTP_URL);
  const from = env.SHOWCASE_MAIL_FROM;
  return {
    async send(message) {
      await transport.sendMail({ from, ...message });
    },
  };
}
