import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';

/**
 * Where a webhook may send (server-side request forgery guard). A webhook URL is typed by an
 * admin, but the server posts to it from inside the network, so an address that only the server
 * can reach — loopback, link-local (cloud metadata at 169.254.169.254), private networks — is
 * refused unless an admin put the host on the allowed hosts list. Refused too: unspecified,
 * shared (carrier-grade NAT), multicast and reserved addresses, and every IPv6 form that embeds
 * one of those IPv4 addresses (IPv4-mapped `::ffff:a.b.c.d`, IPv4-compatible `::a.b.c.d`, NAT64
 * `64:ff9b::/96`, 6to4 `2002::/16`).
 */

type Range = { prefix: bigint; bits: number; kind: string };

const v4Ranges: [string, number, string][] = [
  ['0.0.0.0', 8, 'unspecified'],
  ['10.0.0.0', 8, 'private'],
  ['100.64.0.0', 10, 'shared (carrier-grade NAT)'],
  ['127.0.0.0', 8, 'loopback'],
  ['169.254.0.0', 16, 'link-local'],
  ['172.16.0.0', 12, 'private'],
  ['192.168.0.0', 16, 'private'],
  ['224.0.0.0', 4, 'multicast'],
  ['240.0.0.0', 4, 'reserved'],
];
const v6Ranges: [string, number, string][] = [
  ['::', 128, 'unspecified'],
  ['::1', 128, 'loopback'],
  ['fe80::', 10, 'link-local'],
  ['fec0::', 10, 'private (site-local)'],
  ['fc00::', 7, 'private (unique local)'],
  ['ff00::', 8, 'multicast'],
];

function parseIpv4(address: string): bigint | null {
  const parts = address.split('.');
  if (parts.length !== 4 || !parts.every((part) => /^\d{1,3}$/.test(part) && Number(part) <= 255))
    return null;
  return parts.reduce((value, part) => (value << 8n) | BigInt(part), 0n);
}

/** An IPv6 address (with `::`, an embedded dotted quad or a zone) as a 128-bit number. */
function parseIpv6(input: string): bigint | null {
  let address = input.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const quad = /(\d{1,3}(?:\.\d{1,3}){3})$/.exec(address);
  if (quad?.[1]) {
    const v4 = parseIpv4(quad[1]);
    if (v4 === null) return null;
    address = `${address.slice(0, -quad[1].length)}${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`;
  }
  const halves = address.split('::');
  if (halves.length > 2) return null;
  const head = halves[0] ? halves[0].split(':') : [];
  const tail = halves.length === 2 && halves[1] ? halves[1].split(':') : [];
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null;
  const groups = [...head, ...Array(halves.length === 2 ? missing : 0).fill('0'), ...tail];
  if (!groups.every((group) => /^[0-9a-f]{1,4}$/i.test(group))) return null;
  return groups.reduce((value, group) => (value << 16n) | BigInt(`0x${group}`), 0n);
}

const toRanges = (list: [string, number, string][], parse: (a: string) => bigint | null): Range[] =>
  list.map(([base, bits, kind]) => ({ prefix: parse(base) ?? 0n, bits, kind }));
const blockedV4 = toRanges(v4Ranges, parseIpv4);
const blockedV6 = toRanges(v6Ranges, parseIpv6);

function inRange(value: bigint, width: number, range: Range) {
  const shift = BigInt(width - range.bits);
  return value >> shift === range.prefix >> shift;
}

/**
 * What kind of address this is, when webhooks may not reach it ("loopback", "private", …), or
 * null for an address on the public internet. Anything that is not an IP address is refused.
 */
export function blockedAddressKind(address: string): string | null {
  const bare = address.replace(/^\[|\]$/g, '');
  const family = isIP(bare.replace(/%.*$/, ''));
  if (family === 4) {
    const value = parseIpv4(bare);
    if (value === null) return 'unreadable';
    return blockedV4.find((range) => inRange(value, 32, range))?.kind ?? null;
  }
  if (family !== 6) return 'unreadable';
  const value = parseIpv6(bare);
  if (value === null) return 'unreadable';
  const direct = blockedV6.find((range) => inRange(value, 128, range));
  if (direct) return direct.kind;
  const embedded = embeddedIpv4(value);
  if (embedded === null) return null;
  const kind = blockedV4.find((range) => inRange(embedded, 32, range))?.kind;
  return kind ? `${kind} (IPv4 in IPv6)` : null;
}

/** The IPv4 address an IPv6 address stands for: mapped, compatible, NAT64 or 6to4; else null. */
function embeddedIpv4(value: bigint): bigint | null {
  const low32 = value & 0xffffffffn;
  const high96 = value >> 32n;
  if (high96 === 0xffffn || high96 === 0n) return low32; // ::ffff:a.b.c.d, ::a.b.c.d
  if (high96 === 0x0064ff9b_00000000_00000000n) return low32; // 64:ff9b::a.b.c.d
  if (value >> 112n === 0x2002n) return (value >> 80n) & 0xffffffffn; // 2002:aabb:ccdd::
  return null;
}

export type ResolvedAddress = { address: string; family: 4 | 6 };

export class RefusedAddressError extends Error {}

/** The URL's host as the allowed hosts list writes it (lowercase; IPv6 in brackets). */
export const hostOf = (url: URL) => url.hostname;

/**
 * The addresses to connect to for a URL, each checked: an IP address as it is, a name through
 * DNS. Throws RefusedAddressError when any address is one webhooks may not reach and the host
 * is not allowed (a name that resolves to a public and a private address is refused: it can
 * switch between them). DNS errors are thrown as they are.
 */
export async function resolveWebhookTarget(
  url: URL,
  allowedHosts: readonly string[],
  timeoutMs = 5_000,
): Promise<ResolvedAddress[]> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const family = isIP(host);
  const addresses: ResolvedAddress[] = family
    ? [{ address: host, family: family as 4 | 6 }]
    : await withTimeout(lookup(host, { all: true, verbatim: true }), timeoutMs, `looking up ${host}`).then(
        (found) => found.map((entry) => ({ address: entry.address, family: entry.family as 4 | 6 })),
      );
  if (addresses.length === 0) throw new Error(`no address for ${host}`);
  if (allowedHosts.includes(hostOf(url))) return addresses;
  for (const { address } of addresses) {
    const kind = blockedAddressKind(address);
    if (kind)
      throw new RefusedAddressError(
        family ? `${address} is a ${kind} address` : `${host} resolves to ${address}, a ${kind} address`,
      );
  }
  return addresses;
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out ${what}`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}
