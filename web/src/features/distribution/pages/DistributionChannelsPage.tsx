import {
  Alert,
  Button,
  Group,
  Paper,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import type { Channel } from '@shared/schemas/distribution.ts';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { ApiError, apiClient } from '../../../api/client.ts';
import { useApiMutation } from '../../../api/useApiMutation.ts';
import { ConfirmAction } from '../../../components/ConfirmDelete.tsx';
import { QueryState } from '../../../components/QueryState.tsx';
import { SettingsSection } from '../../settings/components/SettingsSection.tsx';
import { channelsKey, distributionKey, useChannels } from '../hooks/useDistribution.ts';

function useChannelMutations() {
  const invalidates = [channelsKey, distributionKey];
  return {
    create: useApiMutation({
      request: (body: { name: string; utmSource?: string; utmMedium?: string; position?: number }) =>
        apiClient.POST('/api/settings/distribution-channels', { body }),
      invalidates,
      success: (channel) => `Added “${channel.name}”`,
      quietFieldErrors: true,
    }),
    update: useApiMutation({
      request: ({ id, body }: { id: string; body: Partial<Omit<Channel, 'id'>> }) =>
        apiClient.PATCH('/api/settings/distribution-channels/{id}', { params: { path: { id } }, body }),
      invalidates,
      success: (channel) => `Saved “${channel.name}”`,
    }),
    remove: useApiMutation({
      request: (id: string) =>
        apiClient.DELETE('/api/settings/distribution-channels/{id}', { params: { path: { id } } }),
      invalidates,
      success: 'Deleted the channel',
    }),
  };
}

function ChannelRow({ channel }: { channel: Channel }) {
  const { update, remove } = useChannelMutations();
  const [values, setValues] = useState({
    name: channel.name,
    utmSource: channel.utmSource,
    utmMedium: channel.utmMedium,
  });
  const field = (key: keyof typeof values, label: string) => (
    <TextInput
      size="xs"
      aria-label={`${label} of ${channel.name}`}
      value={values[key]}
      onChange={(event) => setValues({ ...values, [key]: event.currentTarget.value })}
      onBlur={() =>
        values[key] !== channel[key] && update.mutate({ id: channel.id, body: { [key]: values[key] } })
      }
    />
  );
  return (
    <Table.Tr>
      <Table.Td>{field('name', 'Name')}</Table.Td>
      <Table.Td>{field('utmSource', 'UTM source')}</Table.Td>
      <Table.Td>{field('utmMedium', 'UTM medium')}</Table.Td>
      <Table.Td>
        <Switch
          size="xs"
          label="In use"
          checked={!channel.archived}
          onChange={(event) =>
            update.mutate({ id: channel.id, body: { archived: !event.currentTarget.checked } })
          }
        />
      </Table.Td>
      <Table.Td>
        <ConfirmAction
          action="Delete"
          label={channel.name}
          question={`Delete “${channel.name}”? A channel already used is kept: archive it instead.`}
          icon={<IconTrash size={16} />}
          loading={remove.isPending}
          onConfirm={(close) => remove.mutate(channel.id, { onSuccess: close, onError: close })}
        />
      </Table.Td>
    </Table.Tr>
  );
}

/** Settings → Distribution channels: where every published piece goes, with its usual UTM source and medium. */
export function DistributionChannelsPage() {
  const channels = useChannels();
  const { create } = useChannelMutations();
  const [name, setName] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  return (
    <SettingsSection
      title="Distribution channels"
      description="Every published asset gets a checklist row per channel in use. The source and medium fill in the UTM builder."
    >
      <QueryState query={channels}>
        {(list) => (
          <Paper withBorder radius="md" p="md">
            <Stack>
              {list.length === 0 ? (
                <Alert color="gray">No channels yet. Add the places your team posts new content.</Alert>
              ) : (
                <Table.ScrollContainer minWidth={640}>
                  <Table aria-label="Distribution channels" verticalSpacing={4}>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>Channel</Table.Th>
                        <Table.Th>UTM source</Table.Th>
                        <Table.Th>UTM medium</Table.Th>
                        <Table.Th>Status</Table.Th>
                        <Table.Th>
                          <VisuallyHidden>Actions</VisuallyHidden>
                        </Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {list.map((channel) => (
                        <ChannelRow
                          key={`${channel.id}:${channel.name}:${channel.utmSource}:${channel.utmMedium}`}
                          channel={channel}
                        />
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              )}
              <form
                onSubmit={(event) => {
                  event.preventDefault();
                  create.mutate(
                    { name, position: list.length },
                    {
                      onSuccess: () => {
                        setName('');
                        setErrors({});
                      },
                      onError: (error) => setErrors(error instanceof ApiError ? error.fields : {}),
                    },
                  );
                }}
              >
                <Group align="flex-end">
                  <TextInput
                    label="New channel"
                    placeholder="Hacker News"
                    value={name}
                    onChange={(event) => setName(event.currentTarget.value)}
                    error={errors.name}
                  />
                  <Button type="submit" leftSection={<IconPlus size={14} />} loading={create.isPending}>
                    Add
                  </Button>
                </Group>
              </form>
              <Text size="xs" c="dimmed">
                Archived channels stay on the checklists that have them and are left off new ones.
              </Text>
            </Stack>
          </Paper>
        )}
      </QueryState>
    </SettingsSection>
  );
}
