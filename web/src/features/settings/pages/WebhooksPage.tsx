import {
  Badge,
  Button,
  Checkbox,
  Code,
  Group,
  Modal,
  Paper,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import {
  type CreateWebhookInput,
  createWebhookSchema,
  type Webhook,
  type WebhookWithSecret,
  webhookEventLabels,
  webhookEvents,
  webhookSigningHelp,
} from '@shared/schemas/webhooks.ts';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { validateWith } from '../../../api/validateWith.ts';
import { ConfirmDelete } from '../../../components/ConfirmDelete.tsx';
import { DateTime } from '../../../components/DateTime.tsx';
import { FormModal } from '../../../components/FormModal.tsx';
import { QueryState } from '../../../components/QueryState.tsx';
import { SettingsSection } from '../components/SettingsSection.tsx';
import { WebhookAllowedHosts } from '../components/WebhookAllowedHosts.tsx';
import { WebhookSecretModal } from '../components/WebhookSecretModal.tsx';
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
                    <Table.Td>
                      {webhookEventLabels[row.event as keyof typeof webhookEventLabels] ?? row.event}
                    </Table.Td>
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

/** Asks before a new signing secret replaces the one the receiver checks. */
function RotateSecret({
  webhook,
  onClose,
  onRotated,
}: {
  webhook: Webhook | null;
  onClose: () => void;
  onRotated: (hook: WebhookWithSecret) => void;
}) {
  const { rotate } = useWebhookMutations();
  return (
    <Modal opened={webhook !== null} onClose={onClose} title={`Rotate the secret of ${webhook?.name ?? ''}?`}>
      <Stack>
        <Text size="sm">
          Deliveries are signed with the new secret from now on and the current one stops working at once, so
          update the receiver straight after.
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button
            loading={rotate.isPending}
            onClick={() =>
              webhook &&
              rotate.mutate(webhook, {
                onSuccess: (hook) => {
                  onClose();
                  onRotated(hook);
                },
              })
            }
          >
            Rotate secret
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** How receivers check that a delivery came from this workspace. */
function SigningHelp() {
  return (
    <Paper withBorder radius="md" p="lg">
      <Stack gap="xs">
        <Title order={3} size="h4">
          Checking signatures
        </Title>
        <Text size="sm" maw={640}>
          {webhookSigningHelp}
        </Text>
        <Code block fz="sm">
          {'expected = "v1=" + hex(hmac_sha256(secret, timestamp + "." + body))'}
        </Code>
      </Stack>
    </Paper>
  );
}

/** Outgoing webhooks: where request events go (Slack incoming webhooks work as they are). */
export function WebhooksPage() {
  const hooks = useWebhooks();
  const [adding, setAdding] = useState(false);
  const [viewing, setViewing] = useState<Webhook | null>(null);
  const [rotating, setRotating] = useState<Webhook | null>(null);
  const [revealed, setRevealed] = useState<WebhookWithSecret | null>(null);
  const form = useForm<CreateWebhookInput>({
    initialValues: { name: '', url: '', events: [...webhookEvents] },
    validate: validateWith(createWebhookSchema),
  });
  const { create, update, remove } = useWebhookMutations();
  return (
    <SettingsSection
      title="Webhooks"
      description="Request events are posted as JSON with a Slack-compatible text field, signed with each webhook's own secret; failures are retried with backoff (30 s doubling, six attempts) and logged."
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
                            <Badge key={event} size="xs" variant="light" title={event}>
                              {webhookEventLabels[event]}
                            </Badge>
                          ))}
                        </Group>
                      </Table.Td>
                      <Table.Td>
                        <Switch
                          aria-label={`${hook.name} active`}
                          checked={hook.active}
                          onChange={(e) =>
                            update.mutate({
                              id: hook.id,
                              version: hook.version,
                              active: e.currentTarget.checked,
                            })
                          }
                        />
                      </Table.Td>
                      <Table.Td>
                        <Group gap={4} justify="flex-end" wrap="nowrap">
                          <Button size="compact-xs" variant="subtle" onClick={() => setViewing(hook)}>
                            Deliveries
                          </Button>
                          <Button
                            size="compact-xs"
                            variant="subtle"
                            aria-label={`Rotate secret of ${hook.name}`}
                            onClick={() => setRotating(hook)}
                          >
                            Rotate secret
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
        onSaved={setRevealed}
        submitLabel="Add"
      >
        <TextInput label="Name" required data-autofocus {...form.getInputProps('name')} />
        <TextInput
          label="URL"
          placeholder="https://hooks.slack.com/services/…"
          description="Internal addresses are refused unless their host is allowed below."
          required
          {...form.getInputProps('url')}
        />
        <Checkbox.Group label="Events" {...form.getInputProps('events')}>
          <Stack gap={4} mt={4}>
            {webhookEvents.map((event) => (
              <Checkbox key={event} value={event} label={webhookEventLabels[event]} />
            ))}
          </Stack>
        </Checkbox.Group>
      </FormModal>
      <SigningHelp />
      <WebhookAllowedHosts />
      <DeliveryLog webhook={viewing} onClose={() => setViewing(null)} />
      <RotateSecret webhook={rotating} onClose={() => setRotating(null)} onRotated={setRevealed} />
      <WebhookSecretModal webhook={revealed} onClose={() => setRevealed(null)} />
    </SettingsSection>
  );
}
