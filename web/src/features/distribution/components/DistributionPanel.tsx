import {
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Button,
  Checkbox,
  Code,
  CopyButton,
  Divider,
  Group,
  Paper,
  SegmentedControl,
  Skeleton,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import {
  type DistributionStatus,
  distributionStatuses,
  distributionStatusLabels,
} from '@shared/schemas/distribution.ts';
import {
  IconCheck,
  IconCopy,
  IconLink,
  IconPlus,
  IconSend,
  IconSpeakerphone,
  IconTrash,
} from '@tabler/icons-react';
import { useState } from 'react';
import { ApiError } from '../../../api/client.ts';
import { ConfirmAction } from '../../../components/ConfirmDelete.tsx';
import { DateTime } from '../../../components/DateTime.tsx';
import {
  useAnnouncement,
  useAssetChecklist,
  useAssetDistribution,
  useChannels,
  useDeleteShortLink,
  usePostAnnouncement,
  useShortLinks,
  useTickChecklistItem,
  useUpdateDistribution,
} from '../hooks/useDistribution.ts';
import { UtmShortLinkForm } from './UtmShortLinkForm.tsx';

function CopyIcon({ value, label }: { value: string; label: string }) {
  return (
    <CopyButton value={value}>
      {({ copied, copy }) => (
        <Tooltip label={copied ? 'Copied' : label}>
          <ActionIcon variant="subtle" onClick={copy} aria-label={label}>
            {copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
          </ActionIcon>
        </Tooltip>
      )}
    </CopyButton>
  );
}

/** The format's publishing checklist: ticked before publishing, or published with a TMM's reason. */
function PublishingChecklist({ assetId }: { assetId: string }) {
  const checklist = useAssetChecklist(assetId);
  const tick = useTickChecklistItem(assetId);
  if (checklist.isPending) return <Skeleton h={80} />;
  if (checklist.isError)
    return (
      <Alert color="red" title="Cannot show the publishing checklist">
        {checklist.error.message}
      </Alert>
    );
  const { items, overrides, formatName } = checklist.data;
  return (
    <Stack gap="xs" component="section" aria-label="Publishing checklist">
      <Title order={3} size="h6">
        Publishing checklist{formatName ? ` · ${formatName}` : ''}
      </Title>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {formatName
            ? 'This format has no checklist (Settings → Publishing checklists).'
            : 'Pick a format to get its checklist.'}
        </Text>
      ) : (
        items.map((item) => (
          <Checkbox
            key={item.id}
            checked={item.done}
            disabled={tick.isPending}
            onChange={(event) => tick.mutate({ itemId: item.id, done: event.currentTarget.checked })}
            label={item.required ? item.label : `${item.label} (optional)`}
            description={item.doneBy ? `Ticked by ${item.doneBy.name}` : undefined}
          />
        ))
      )}
      {overrides.map((override) => (
        <Alert key={override.at} color="yellow" title="Published with items open" p="xs">
          <Text size="sm">
            {override.by?.name ?? 'Someone'}, <DateTime value={override.at} size="sm" />: “{override.reason}”
          </Text>
          <Text size="xs" c="dimmed">
            Open then: {override.openItems.join('; ')}
          </Text>
        </Alert>
      ))}
    </Stack>
  );
}

function DistributionRow({
  assetId,
  row,
}: {
  assetId: string;
  row: {
    channelId: string;
    channelName: string;
    status: DistributionStatus;
    url: string | null;
    doneOn: string | null;
    doneBy: { name: string } | null;
  };
}) {
  const update = useUpdateDistribution(assetId);
  const [url, setUrl] = useState(row.url ?? '');
  const [error, setError] = useState<string | undefined>();
  const save = (status: DistributionStatus, nextUrl = url) =>
    update.mutate(
      { channelId: row.channelId, body: { status, url: nextUrl.trim() || null } },
      {
        onSuccess: () => setError(undefined),
        onError: (failure) => setError(failure instanceof ApiError ? failure.fields.url : undefined),
      },
    );
  return (
    <Table.Tr>
      <Table.Td>
        <Text size="sm" fw={500}>
          {row.channelName}
        </Text>
        {row.doneBy && (
          <Text size="xs" c="dimmed">
            {row.doneBy.name}
            {row.doneOn ? `, ${row.doneOn}` : ''}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <SegmentedControl
          size="xs"
          aria-label={`Status on ${row.channelName}`}
          value={row.status}
          onChange={(value) => save(value as DistributionStatus)}
          data={distributionStatuses.map((status) => ({
            value: status,
            label: distributionStatusLabels[status],
          }))}
        />
      </Table.Td>
      <Table.Td>
        <TextInput
          size="xs"
          aria-label={`Where it was posted on ${row.channelName}`}
          placeholder="https://…"
          value={url}
          error={error}
          onChange={(event) => setUrl(event.currentTarget.value)}
          onBlur={() => url !== (row.url ?? '') && save(row.status === 'todo' && url ? 'done' : row.status)}
        />
      </Table.Td>
    </Table.Tr>
  );
}

function ShortLinks({ assetId, defaultUrl }: { assetId: string; defaultUrl: string }) {
  const links = useShortLinks(assetId);
  const channels = useChannels();
  const remove = useDeleteShortLink();
  const [making, setMaking] = useState(false);
  return (
    <Stack gap="xs" component="section" aria-label="Short links">
      <Group justify="space-between">
        <Title order={3} size="h6">
          Short links
        </Title>
        {!making && (
          <Button
            size="xs"
            variant="light"
            leftSection={<IconPlus size={14} />}
            onClick={() => setMaking(true)}
          >
            New short link
          </Button>
        )}
      </Group>
      {making && channels.data && (
        <Paper withBorder p="sm" radius="sm">
          <UtmShortLinkForm
            assetId={assetId}
            channels={channels.data}
            defaultUrl={defaultUrl}
            onDone={() => setMaking(false)}
          />
        </Paper>
      )}
      {links.isPending && <Skeleton h={40} />}
      {links.isError && <Alert color="red">{links.error.message}</Alert>}
      {links.data?.length === 0 && (
        <Text size="sm" c="dimmed">
          No short links yet. Make one per channel to see which brings people in.
        </Text>
      )}
      {links.data && links.data.length > 0 && (
        <Table.ScrollContainer minWidth={480}>
          <Table verticalSpacing={4} aria-label="Short links and their clicks">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Link</Table.Th>
                <Table.Th>Channel</Table.Th>
                <Table.Th>Clicks</Table.Th>
                <Table.Th>
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {links.data.map((link) => (
                <Table.Tr key={link.id}>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <Anchor href={link.url} target="_blank" rel="noopener noreferrer" size="sm">
                        /s/{link.code}
                      </Anchor>
                      <CopyIcon value={link.url} label={`Copy ${link.url}`} />
                    </Group>
                    <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
                      {link.targetUrl}
                    </Text>
                  </Table.Td>
                  <Table.Td>{link.channelName ?? '—'}</Table.Td>
                  <Table.Td>{link.clicks}</Table.Td>
                  <Table.Td>
                    <ConfirmAction
                      action="Delete"
                      label={`/s/${link.code}`}
                      question={`Delete /s/${link.code}? It stops redirecting; the clicks counted stay.`}
                      icon={<IconTrash size={16} />}
                      loading={remove.isPending}
                      onConfirm={(close) => remove.mutate(link.id, { onSuccess: close })}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

function Announcement({ assetId }: { assetId: string }) {
  const announcement = useAnnouncement(assetId, true);
  const post = usePostAnnouncement(assetId);
  return (
    <Stack gap="xs" component="section" aria-label="Announcement">
      <Group justify="space-between">
        <Title order={3} size="h6">
          Announcement
        </Title>
        {announcement.data && (
          <Group gap="xs">
            <CopyButton value={announcement.data.text}>
              {({ copied, copy }) => (
                <Button
                  size="xs"
                  variant="light"
                  leftSection={copied ? <IconCheck size={14} /> : <IconCopy size={14} />}
                  onClick={copy}
                >
                  {copied ? 'Copied' : 'Copy announcement'}
                </Button>
              )}
            </CopyButton>
            {announcement.data.webhooks > 0 && (
              <Button
                size="xs"
                variant="default"
                leftSection={<IconSend size={14} />}
                loading={post.isPending}
                onClick={() => post.mutate(undefined)}
              >
                Post to webhooks
              </Button>
            )}
          </Group>
        )}
      </Group>
      {announcement.isPending && <Skeleton h={60} />}
      {announcement.isError && <Alert color="red">{announcement.error.message}</Alert>}
      {announcement.data && (
        <Code block style={{ whiteSpace: 'pre-wrap' }}>
          {announcement.data.text}
        </Code>
      )}
    </Stack>
  );
}

/**
 * The asset page's Distribution panel (editors): the publishing checklist, and once the asset is
 * published its distribution checklist per channel, short links made with the UTM builder and
 * their clicks, and the announcement ready to copy.
 */
export function DistributionPanel({
  assetId,
  published,
  primaryUrl,
}: {
  assetId: string;
  published: boolean;
  primaryUrl: string | null;
}) {
  const distribution = useAssetDistribution(assetId);
  const done = distribution.data?.rows.filter((row) => row.status !== 'todo').length ?? 0;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label="Distribution">
      <Group justify="space-between" mb="sm">
        <Group gap={6}>
          <IconSpeakerphone size={18} />
          <Title order={2} size="h5">
            Distribution
          </Title>
        </Group>
        {distribution.data?.open && (
          <Badge variant="light" color={done === distribution.data.rows.length ? 'teal' : 'gray'}>
            {done} of {distribution.data.rows.length} channels
          </Badge>
        )}
      </Group>
      <Stack gap="md">
        <PublishingChecklist assetId={assetId} />
        <Divider />
        {!published ? (
          <Text size="sm" c="dimmed">
            <IconLink size={14} /> Publishing opens the distribution checklist, short links and the
            announcement.
          </Text>
        ) : (
          <>
            <Stack gap="xs" component="section" aria-label="Distribution checklist">
              <Title order={3} size="h6">
                Distribution checklist
              </Title>
              {distribution.isPending && <Skeleton h={120} />}
              {distribution.isError && <Alert color="red">{distribution.error.message}</Alert>}
              {distribution.data && distribution.data.rows.length === 0 && (
                <Text size="sm" c="dimmed">
                  No channels are set up (Settings → Distribution channels).
                </Text>
              )}
              {distribution.data && distribution.data.rows.length > 0 && (
                <Table.ScrollContainer minWidth={520}>
                  <Table verticalSpacing={4} aria-label="Channels">
                    <Table.Tbody>
                      {distribution.data.rows.map((row) => (
                        <DistributionRow
                          key={`${row.channelId}:${row.status}:${row.url}`}
                          assetId={assetId}
                          row={row}
                        />
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              )}
            </Stack>
            <Divider />
            <ShortLinks assetId={assetId} defaultUrl={primaryUrl ?? ''} />
            <Divider />
            <Announcement assetId={assetId} />
          </>
        )}
      </Stack>
    </Paper>
  );
}
