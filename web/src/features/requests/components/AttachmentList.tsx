import { Anchor, Button, FileButton, Group, Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPaperclip } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError, api, csrfHeader } from '../../../api/client.ts';
import { requestsKey } from '../hooks/useRequests.ts';

type Attachment = { id: string; filename: string; contentType: string; size: number; createdAt: string };
const sizeText = (bytes: number) =>
  bytes > 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;

/** Files on a request: images, PDF, Office documents, text; at most 10 MB each. */
export function AttachmentList({ requestId }: { requestId: string }) {
  const key = [...requestsKey, 'attachments', requestId];
  const queryClient = useQueryClient();
  const [uploading, setUploading] = useState(false);
  const files = useQuery({
    queryKey: key,
    queryFn: async () =>
      (await api<{ attachments: Attachment[] }>('GET', `/api/requests/${requestId}/attachments`)).attachments,
  });
  const upload = async (file: File | null) => {
    if (!file) return;
    setUploading(true);
    try {
      const form = new FormData();
      form.append('file', file);
      const response = await fetch(`/api/requests/${requestId}/attachments`, {
        method: 'POST',
        body: form,
        headers: csrfHeader(),
        credentials: 'same-origin',
      });
      if (!response.ok) throw new ApiError(response.status, await response.json());
      await queryClient.invalidateQueries({ queryKey: key });
    } catch (error) {
      notifications.show({
        color: 'red',
        title: 'Not attached',
        message: error instanceof Error ? error.message : String(error),
      });
    } finally {
      setUploading(false);
    }
  };
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label="Attachments">
      <Group justify="space-between" mb="xs">
        <Text fw={600} size="sm">
          Attachments
        </Text>
        <FileButton onChange={upload} accept="image/*,application/pdf,.docx,.pptx,.xlsx,.zip,.txt,.md,.csv">
          {(props) => (
            <Button
              {...props}
              size="compact-sm"
              variant="light"
              leftSection={<IconPaperclip size={14} />}
              loading={uploading}
            >
              Attach a file
            </Button>
          )}
        </FileButton>
      </Group>
      <Stack gap={4}>
        {files.data?.length === 0 && (
          <Text size="sm" c="dimmed">
            No files.
          </Text>
        )}
        {files.data?.map((file) => (
          <Group key={file.id} justify="space-between">
            <Anchor href={`/api/requests/${requestId}/attachments/${file.id}`} size="sm">
              {file.filename}
            </Anchor>
            <Text size="xs" c="dimmed">
              {sizeText(file.size)}
            </Text>
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}
