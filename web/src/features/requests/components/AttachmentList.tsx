import { Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import { IconPaperclip } from '@tabler/icons-react';
import { FileDropArea } from '../../../components/FileDropArea.tsx';
import { fileSizeText, MAX_UPLOAD_BYTES } from '../../../components/uploadRules.ts';
import { useAttachFiles, useAttachments } from '../hooks/useAttachments.ts';

/** Files on a request: drop or pick images, PDF, Office documents, zip or text; at most 10 MB each. */
export function AttachmentList({ requestId }: { requestId: string }) {
  const files = useAttachments(requestId);
  const attach = useAttachFiles(requestId);

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label="Attachments">
      <Text fw={600} size="sm" mb="xs">
        Attachments
      </Text>
      <Stack gap="xs">
        <FileDropArea
          label="Attach files"
          icon={<IconPaperclip size={24} />}
          maxBytes={MAX_UPLOAD_BYTES}
          verb="attached"
          upload={attach}
        />
        {files.data?.length === 0 && (
          <Text size="sm" c="dimmed">
            No files.
          </Text>
        )}
        {files.data?.map((file) => (
          <Group key={file.id} justify="space-between" wrap="nowrap">
            <Anchor
              href={`/api/requests/${requestId}/attachments/${file.id}`}
              size="sm"
              style={{ wordBreak: 'break-all' }}
            >
              {file.filename}
            </Anchor>
            <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
              {fileSizeText(file.size)}
            </Text>
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}
