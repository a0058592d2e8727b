/**
 * Why a single sign-on attempt was refused. The callback redirects to `/sign-in?sso_error=<code>`
 * and the sign-in page shows the sentence: codes in the address, never text an outsider could
 * write into someone's sign-in page, and never a stack trace.
 */
export const ssoErrorCodes = [
  'not_configured',
  'unavailable',
  'denied',
  'expired',
  'invalid',
  'email_unverified',
  'domain',
  'unknown_user',
  'no_role',
  'deactivated',
  'conflict',
  'last_admin',
  'failed',
] as const;
export type SsoErrorCode = (typeof ssoErrorCodes)[number];

export const ssoErrorMessages: Record<SsoErrorCode, string> = {
  not_configured: 'Single sign-on is not set up for this workspace.',
  unavailable: 'The sign-in provider could not be reached. Try again in a moment.',
  denied: 'The sign-in provider did not sign you in.',
  expired: 'The sign-in took too long or was started in another browser. Start again.',
  invalid: 'The answer from the sign-in provider could not be verified. Start again.',
  email_unverified:
    'Your sign-in provider has not verified your email address, so it cannot be matched to an account.',
  domain: 'Accounts with your email domain may not sign in to this workspace.',
  unknown_user: 'There is no Showcase account for you yet. Ask a Showcase admin to create one.',
  no_role: 'Your groups give you no role in Showcase. Ask an admin to add you to a Showcase group.',
  deactivated: 'Your Showcase account is deactivated.',
  conflict: 'An account with your email is already linked to another sign-in identity. Ask a Showcase admin.',
  last_admin:
    'Your groups no longer make you an admin, but the workspace needs at least one active admin. Ask another admin.',
  failed: 'Single sign-on failed. Start again; if it keeps failing, tell a Showcase admin.',
};

export function ssoErrorMessage(code: string | null): string | undefined {
  if (!code) return undefined;
  return (ssoErrorCodes as readonly string[]).includes(code)
    ? ssoErrorMessages[code as SsoErrorCode]
    : ssoErrorMessages.failed;
}

/**
 * The role a person's provider groups give: the most powerful of the roles their groups map to
 * (`roles` is ordered most powerful first), or undefined when none maps.
 */
export function roleFromGroups<R extends string>(
  groups: readonly string[],
  roleMap: Readonly<Record<string, R>>,
  order: readonly R[],
): R | undefined {
  const mapped = new Set(groups.flatMap((group) => (Object.hasOwn(roleMap, group) ? [roleMap[group]] : [])));
  return order.find((role) => mapped.has(role));
}
