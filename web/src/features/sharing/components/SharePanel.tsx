import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  CopyButton,
  Group,
  Paper,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import type { ShareLink } from '@shared/schemas/sharing.ts';
import { IconCheck, IconCopy, IconLinkOff, IconPlus, IconShare } from '@tabler/icons-react';
import { useState } from 'react';
import { ConfirmAction } from '../../../components/ConfirmDelete.tsx';
import { DateTime } from '../../../components/DateTime.tsx';
import { SecretReveal } from '../../../components/SecretReveal.tsx';
import { rememberedUrls, rememberUrl, useRevokeShareLink, useShareLinks } from '../hooks/useShareLinks.ts';
import { CreateShareLinkModal } from './CreateShareLinkModal.tsx';

/** "2 min 30 s", "45 s", "—". */
export function formatDuration(seconds: number): string {
  if (!seconds) return '—';
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  if (!minutes) return `${rest} s`;
  return rest ? `${minutes} min ${rest} s` : `${minutes} min`;
}

const statusColors = { active: 'teal', expired: 'gray', revoked: 'red' } as const;
const statusLabels = { active: 'Active', expired: 'Expired', revoked: 'Turned off' } as const;

function audienceOf(link: ShareLink): string {
  const named = link.recipients.filter((recipient) => !recipient.addedByVisit);
  if (link.audience === 'account') return link.accountName ?? 'A company';
  return named.map((recipient) => recipient.name || recipient.email).join(', ');
}

function RevokeButton({ link }: { link: ShareLink }) {
  const revoke = useRevokeShareLink();
  return (
    <ConfirmAction
      action="Turn off"
      label={link.name}
      question={`Turn off “${link.name}”? Anyone who has it can no longer open it.`}
      icon={<IconLinkOff size={16} />}
      loading={revoke.isPending}
      onConfirm={(close) => revoke.mutate(link.id, { onSuccess: close })}
    />
  );
}

/** The asset page's Share panel: make tracked links, see their visits and time on page, turn them off. */
export function SharePanel({ assetId }: { assetId: string }) {
  const links = useShareLinks(assetId);
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<{ url: string; name: string } | null>(null);
  const urls = rememberedUrls();

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label="Share">
      <Group justify="space-between" mb="sm">
        <Group gap={6}>
          <IconShare size={18} />
          <Title order={2} size="h5">
            Share
          </Title>
        </Group>
        {links.data?.shareable.ok && (
          <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => setCreating(true)}>
            New link
          </Button>
        )}
      </Group>
      {links.isPending && <Skeleton h={60} />}
      {links.isError && (
        <Alert color="red" title="Cannot show the links">
          {links.error.message}
        </Alert>
      )}
      {links.data && (
        <Stack gap="sm">
          <CreateShareLinkModal
            assetId={assetId}
            opened={creating}
            onClose={() => setCreating(false)}
            emailGateAvailable={links.data.emailGateAvailable}
            onCreated={({ linkId, url, name }) => {
              rememberUrl(linkId, url);
              setCreated({ url, name });
            }}
          />
          {!links.data.shareable.ok && (
            <Text size="sm" c="dimmed">
              {links.data.shareable.reason}
            </Text>
          )}
          {created && <SecretReveal title={`Send this address for “${created.name}”`} secret={created.url} />}
          {links.data.links.length === 0 ? (
            <Text size="sm" c="dimmed">
              No links yet. A tracked link shows who opened it and for how long.
            </Text>
          ) : (
            <Table.ScrollContainer minWidth={520}>
              <Table verticalSpacing={6} aria-label="Share links">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Link</Table.Th>
                    <Table.Th>Visits</Table.Th>
                    <Table.Th>Last visit</Table.Th>
                    <Table.Th>Time on page</Table.Th>
                    <Table.Th>
                      <VisuallyHidden>Actions</VisuallyHidden>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {links.data.links.map((link) => (
                    <Table.Tr key={link.id}>
                      <Table.Td>
                        <Text size="sm" fw={500}>
                          {link.name}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {audienceOf(link)}
                        </Text>
                        <Group gap={4} mt={2}>
                          <Badge size="xs" variant="light" color={statusColors[link.status]}>
                            {statusLabels[link.status]}
                          </Badge>
                          {link.hasPasscode && (
                            <Badge size="xs" variant="outline">
                              Passcode
                            </Badge>
                          )}
                          {link.emailGate && (
                            <Badge size="xs" variant="outline">
                              Email check
                            </Badge>
                          )}
                          {!link.downloads && (
                            <Badge size="xs" variant="outline">
                              No downloads
                            </Badge>
                          )}
                          {link.downloads && link.watermark && (
                            <Badge size="xs" variant="outline">
                              Watermark
                            </Badge>
                          )}
                        </Group>
                      </Table.Td>
                      <Table.Td>
                        {link.stats.visits}
                        {link.stats.plays > 0 && (
                          <Text size="xs" c="dimmed">
                            {link.stats.plays} {link.stats.plays === 1 ? 'play' : 'plays'},{' '}
                            {link.stats.completedPlays} to the end
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        {link.stats.lastVisitAt ? <DateTime value={link.stats.lastVisitAt} size="sm" /> : '—'}
                      </Table.Td>
                      <Table.Td>{formatDuration(link.stats.secondsOnPage)}</Table.Td>
                      <Table.Td>
                        <Group gap={2} justify="flex-end" wrap="nowrap">
                          {urls[link.id] && link.status === 'active' && (
                            <CopyButton value={urls[link.id] as string}>
                              {({ copied, copy }) => (
                                <Tooltip label={copied ? 'Copied' : 'Copy address'}>
                                  <ActionIcon
                                    variant="subtle"
                                    aria-label={`Copy address of ${link.name}`}
                                    onClick={copy}
                                  >
                                    {copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
                                  </ActionIcon>
                                </Tooltip>
                              )}
                            </CopyButton>
                          )}
                          {link.status !== 'revoked' && link.allowedActions.includes('cancel') && (
                            <RevokeButton link={link} />
                          )}
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Stack>
      )}
    </Paper>
  );
}
