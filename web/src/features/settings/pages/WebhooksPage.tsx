import {
  Badge,
  Button,
  Checkbox,
  Group,
  Modal,
  Paper,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import {
  type CreateWebhookInput,
  createWebhookSchema,
  type Webhook,
  webhookEvents,
} from '@shared/schemas/webhooks.ts';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { validateWith } from '../../../api/validateWith.ts';
import { ConfirmDelete } from '../../../components/ConfirmDelete.tsx';
import { DateTime } from '../../../components/DateTime.tsx';
import { FormModal } from '../../../components/FormModal.tsx';
import { QueryState } from '../../../components/QueryState.tsx';
import { SettingsSection } from '../components/SettingsSection.tsx';
import { useWebhookMutations } from '../hooks/useWebhookMutations.ts';
import { useWebhookDeliveries, useWebhooks } from '../hooks/useWebhooks.ts';

const statusColor: Record<string, string> = { delivered: 'teal', pending: 'yellow', failed: 'red' };

function DeliveryLog({ webhook, onClose }: { webhook: Webhook | null; onClose: () => void }) {
  const log = useWebhookDeliveries(webhook);
  return (
    <Modal
      opened={webhook !== null}
      onClose={onClose}
      title={`Deliveries of ${webhook?.name ?? ''}`}
      size="xl"
    >
      <QueryState query={log}>
        {(rows) =>
          rows.length === 0 ? (
            <Text c="dimmed" size="sm">
              Nothing sent yet.
            </Text>
          ) : (
            <Table verticalSpacing={6} aria-label="Deliveries">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>When</Table.Th>
                  <Table.Th>Event</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th>Attempts</Table.Th>
                  <Table.Th>Last answer</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row) => (
                  <Table.Tr key={row.id}>
                    <Table.Td>
                      <DateTime value={row.createdAt} />
                    </Table.Td>
                    <Table.Td>{row.event}</Table.Td>
                    <Table.Td>
                      <Badge color={statusColor[row.status]} variant="light">
                        {row.status}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{row.attempts}</Table.Td>
                    <Table.Td>{row.lastError ?? row.lastStatusCode ?? '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )
        }
      </QueryState>
    </Modal>
  );
}

/** Outgoing webhooks: where request events go (Slack incoming webhooks work as they are). */
export function WebhooksPage() {
  const hooks = useWebhooks();
  const [adding, setAdding] = useState(false);
  const [viewing, setViewing] = useState<Webhook | null>(null);
  const form = useForm<CreateWebhookInput>({
    initialValues: { name: '', url: '', events: [...webhookEvents] },
    validate: validateWith(createWebhookSchema),
  });
  const { create, update, remove } = useWebhookMutations();
  return (
    <SettingsSection
      title="Webhooks"
      description="Request events are posted as JSON with a Slack-compatible text field; failures are retried with backoff (30 s doubling, six attempts) and logged."
      action={
        <Button leftSection={<IconPlus size={16} />} onClick={() => setAdding(true)}>
          Add webhook
        </Button>
      }
    >
      <QueryState query={hooks}>
        {(rows) =>
          rows.length === 0 ? (
            <Paper withBorder p="xl" ta="center" c="dimmed">
              No webhooks yet. Add a Slack incoming-webhook URL to announce new and moved requests.
            </Paper>
          ) : (
            <Paper withBorder radius="md">
              <Table verticalSpacing="sm" aria-label="Webhooks">
                <Table.Tbody>
                  {rows.map((hook) => (
                    <Table.Tr key={hook.id}>
                      <Table.Td>
                        <Text fw={500}>{hook.name}</Text>
                        <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
                          {hook.url}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Group gap={4}>
                          {hook.events.map((event) => (
                            <Badge key={event} size="xs" variant="light">
                              {event}
                            </Badge>
                          ))}
                        </Group>
                      </Table.Td>
                      <Table.Td>
                        <Switch
                          aria-label={`${hook.name} active`}
                          checked={hook.active}
                          onChange={(e) => update.mutate({ id: hook.id, active: e.currentTarget.checked })}
                        />
                      </Table.Td>
                      <Table.Td>
                        <Group gap={4} justify="flex-end" wrap="nowrap">
                          <Button size="compact-xs" variant="subtle" onClick={() => setViewing(hook)}>
                            Deliveries
                          </Button>
                          <ConfirmDelete label={hook.name} onConfirm={() => remove.mutate(hook)} />
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Paper>
          )
        }
      </QueryState>
      <FormModal
        opened={adding}
        onClose={() => setAdding(false)}
        title="Add webhook"
        form={form}
        mutation={create}
        submitLabel="Add"
      >
        <TextInput label="Name" required data-autofocus {...form.getInputProps('name')} />
        <TextInput
          label="URL"
          placeholder="https://hooks.slack.com/services/…"
          required
          {...form.getInputProps('url')}
        />
        <Checkbox.Group label="Events" {...form.getInputProps('events')}>
          <Stack gap={4} mt={4}>
            {webhookEvents.map((event) => (
              <Checkbox key={event} value={event} label={event} />
            ))}
          </Stack>
        </Checkbox.Group>
      </FormModal>
      <DeliveryLog webhook={viewing} onClose={() => setViewing(null)} />
    </SettingsSection>
  );
}
