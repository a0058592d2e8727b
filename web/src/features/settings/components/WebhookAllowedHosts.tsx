import { Button, Group, Paper, Stack, TagsInput, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { ApiError } from '../../../api/client.ts';
import { QueryState } from '../../../components/QueryState.tsx';
import { useWebhookMutations } from '../hooks/useWebhookMutations.ts';
import { useWebhookAllowedHosts } from '../hooks/useWebhooks.ts';

/**
 * The hosts webhooks may reach although they resolve to an address inside the network (an
 * internal Slack proxy). Everything else on loopback, link-local or private addresses is refused.
 */
export function WebhookAllowedHosts() {
  const stored = useWebhookAllowedHosts();
  const { saveAllowedHosts } = useWebhookMutations();
  const [hosts, setHosts] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (stored.data) setHosts(stored.data);
  }, [stored.data]);
  const changed = JSON.stringify(hosts) !== JSON.stringify(stored.data ?? []);
  const save = () => {
    setError(null);
    saveAllowedHosts.mutate(hosts, {
      onError: (caught) => {
        if (!(caught instanceof ApiError)) return;
        const problems = Object.entries(caught.fields).map(([field, message]) => {
          const index = Number(field.split('.')[1]);
          return Number.isInteger(index) && hosts[index] ? `${hosts[index]} ${message}` : message;
        });
        setError(problems.join('; ') || caught.message);
      },
    });
  };
  return (
    <Paper withBorder radius="md" p="lg">
      <Stack gap="sm">
        <Title order={3} size="h4">
          Allowed internal hosts
        </Title>
        <Text size="sm" maw={640}>
          Webhooks never send to addresses only reachable from inside your network: loopback (127.0.0.1, ::1),
          link-local (169.254.x.x, fe80::) and private ones (10.x, 172.16–31.x, 192.168.x, fc00::/7), checked
          when a webhook is saved and again before every delivery. Redirects are not followed. To reach an
          internal receiver, such as a Slack proxy, list its host here.
        </Text>
        <QueryState query={stored} rows={1}>
          {() => (
            <Stack gap="sm">
              <TagsInput
                label="Hosts"
                description="Host names or IP addresses, without http:// or a port. Press Enter after each."
                placeholder={hosts.length === 0 ? 'None: every internal address is refused' : 'Add a host'}
                value={hosts}
                onChange={(next) => {
                  setHosts(next);
                  setError(null);
                }}
                error={error}
                splitChars={[',', ' ']}
                clearable
                maw={640}
              />
              <Group>
                <Button onClick={save} disabled={!changed} loading={saveAllowedHosts.isPending}>
                  Save allowed hosts
                </Button>
              </Group>
            </Stack>
          )}
        </QueryState>
      </Stack>
    </Paper>
  );
}
