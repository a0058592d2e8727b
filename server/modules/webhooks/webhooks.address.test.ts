import { describe, expect, it } from 'vitest';
import { blockedAddressKind } from './webhooks.address.ts';

describe('addresses webhooks may not reach', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback'],
    ['::1', 'loopback'],
    ['[::1]', 'loopback'],
    ['0:0:0:0:0:0:0:1', 'loopback'],
    ['169.254.169.254', 'link-local'],
    ['fe80::1', 'link-local'],
    ['fe80::1%eth0', 'link-local'],
    ['febf:ffff::1', 'link-local'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['fc00::1', 'private (unique local)'],
    ['fd12:3456::1', 'private (unique local)'],
    ['0.0.0.0', 'unspecified'],
    ['::', 'unspecified'],
    ['100.64.0.1', 'shared (carrier-grade NAT)'],
    ['224.0.0.1', 'multicast'],
    ['ff02::1', 'multicast'],
    ['255.255.255.255', 'reserved'],
    ['::ffff:127.0.0.1', 'loopback (IPv4 in IPv6)'],
    ['::ffff:7f00:1', 'loopback (IPv4 in IPv6)'],
    ['0:0:0:0:0:ffff:7f00:0001', 'loopback (IPv4 in IPv6)'],
    ['::ffff:169.254.169.254', 'link-local (IPv4 in IPv6)'],
    ['::ffff:10.0.0.1', 'private (IPv4 in IPv6)'],
    ['::ffff:192.168.0.1', 'private (IPv4 in IPv6)'],
    ['::127.0.0.1', 'loopback (IPv4 in IPv6)'],
    ['64:ff9b::a00:1', 'private (IPv4 in IPv6)'],
    ['2002:7f00:1::1', 'loopback (IPv4 in IPv6)'],
    ['not an address', 'unreadable'],
  ])('refuses %s (%s)', (address, kind) => {
    expect(blockedAddressKind(address)).toBe(kind);
  });

  it.each([
    '8.8.8.8',
    '1.1.1.1',
    '172.15.255.255',
    '172.32.0.1',
    '192.169.0.1',
    '100.128.0.1',
    '169.255.0.1',
    '2606:4700:4700::1111',
    '2a00:1450:4001:82b::200e',
    '::ffff:8.8.8.8',
    '64:ff9b::808:808',
    '2002:808:808::1',
  ])('lets %s through', (address) => {
    expect(blockedAddressKind(address)).toBeNull();
  });
});
