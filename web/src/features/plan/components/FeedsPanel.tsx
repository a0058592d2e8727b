import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPlugConnectedX } from '@tabler/icons-react';
import { useState } from 'react';
import { ConfirmAction } from '../../../components/ConfirmDelete.tsx';
import { DateTime } from '../../../components/DateTime.tsx';
import { SecretReveal } from '../../../components/SecretReveal.tsx';
import { useCalendarFeeds, usePlanMutations } from '../hooks/usePlan.ts';

const scopes = [
  { scope: 'mine', label: 'My plan', description: 'What you own: your plan entries and events.' },
  { scope: 'team', label: 'The team', description: 'Everyone’s plan entries and every event.' },
] as const;

/**
 * The iCal feeds of the signed-in person: a secret address per feed, shown once when issued;
 * issuing again replaces it, revoking ends it.
 */
export function FeedsPanel() {
  const feeds = useCalendarFeeds();
  const { issueFeed, revokeFeed } = usePlanMutations();
  const [shown, setShown] = useState<{ scope: string; url: string } | null>(null);
  const existing = new Map((feeds.data?.feeds ?? []).map((feed) => [feed.scope, feed]));
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          Subscribe in your calendar
        </Title>
        {scopes.map(({ scope, label, description }) => {
          const feed = existing.get(scope);
          return (
            <Stack key={scope} gap={4}>
              <Group justify="space-between">
                <div>
                  <Text fw={600} size="sm">
                    {label}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {description}{' '}
                    {feed ? (
                      <>
                        Issued <DateTime value={feed.createdAt} />
                        {feed.lastReadAt ? (
                          <>
                            , last read <DateTime value={feed.lastReadAt} />
                          </>
                        ) : null}
                        .
                      </>
                    ) : (
                      'No address yet.'
                    )}
                  </Text>
                </div>
                <Group gap="xs">
                  <Button
                    size="xs"
                    variant="light"
                    loading={issueFeed.isPending}
                    onClick={() =>
                      issueFeed.mutate(scope, { onSuccess: (issued) => setShown({ scope, url: issued.url }) })
                    }
                  >
                    {feed ? 'Issue a new address' : 'Get the address'}
                  </Button>
                  {feed && (
                    <ConfirmAction
                      action="Revoke"
                      label={`Revoke the ${label} feed`}
                      question="Calendars subscribed to this address stop updating."
                      icon={<IconPlugConnectedX size={16} />}
                      loading={revokeFeed.isPending}
                      onConfirm={(close) => revokeFeed.mutate(scope, { onSuccess: close })}
                    />
                  )}
                </Group>
              </Group>
              {shown?.scope === scope && (
                <SecretReveal
                  title="Your feed address: copy it now, it is shown only once. Anyone with it can read the feed."
                  secret={shown.url}
                />
              )}
            </Stack>
          );
        })}
      </Stack>
    </Paper>
  );
}
