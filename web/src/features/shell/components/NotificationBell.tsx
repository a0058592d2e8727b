import { ActionIcon, Indicator, Menu, Text } from '@mantine/core';
import { IconBell } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { apiClient } from '../../../api/client.ts';
import { DateTime } from '../../../components/DateTime.tsx';

const key = ['notifications'] as const;

/** Unread count on a bell; opening the list marks everything read. */
export function NotificationBell() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const notes = useQuery({
    queryKey: key,
    queryFn: () => apiClient.GET('/api/notifications'),
    refetchInterval: 60_000,
  });
  const unread = notes.data?.unread ?? 0;
  return (
    <Menu
      position="bottom-end"
      width={340}
      onOpen={() => {
        if (unread > 0)
          apiClient
            .POST('/api/notifications/read')
            .then(() => queryClient.invalidateQueries({ queryKey: key }));
      }}
    >
      <Indicator disabled={unread === 0} label={unread} size={16} offset={4}>
        <Menu.Target>
          <ActionIcon
            variant="default"
            size="lg"
            aria-label={unread ? `Notifications, ${unread} unread` : 'Notifications'}
            title="Notifications"
          >
            <IconBell size={18} />
          </ActionIcon>
        </Menu.Target>
      </Indicator>
      <Menu.Dropdown aria-label="Notifications">
        <Menu.Label>Notifications</Menu.Label>
        {(notes.data?.notifications ?? []).length === 0 && (
          <Text size="sm" c="dimmed" p="sm">
            Nothing new.
          </Text>
        )}
        {(notes.data?.notifications ?? []).slice(0, 10).map((note) => (
          <Menu.Item key={note.id} onClick={() => note.link && navigate(note.link)}>
            {/* The title, a plain-text excerpt (the server strips Markdown) and when it happened. */}
            <Text size="sm" fw={note.read ? 400 : 600} lineClamp={2}>
              {note.title}
            </Text>
            {note.body && (
              <Text size="xs" c="dimmed" lineClamp={2}>
                {note.body}
              </Text>
            )}
            <DateTime value={note.createdAt} size="xs" c="dimmed" />
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
