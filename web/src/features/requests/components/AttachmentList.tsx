import '@mantine/dropzone/styles.css';
import { Alert, Anchor, Group, Paper, Progress, Stack, Text } from '@mantine/core';
import { Dropzone, type FileRejection } from '@mantine/dropzone';
import { IconAlertCircle, IconPaperclip } from '@tabler/icons-react';
import { useState } from 'react';
import { DropzoneBody } from '../../../components/DropzoneBody.tsx';
import {
  fileSizeText,
  MAX_UPLOAD_BYTES,
  uploadAccept,
  uploadErrorText,
  uploadRejectionText,
} from '../../../components/uploadRules.ts';
import { useAttachFiles, useAttachments } from '../hooks/useAttachments.ts';

/** Files on a request: drop or pick images, PDF, Office documents, zip or text; at most 10 MB each. */
export function AttachmentList({ requestId }: { requestId: string }) {
  const files = useAttachments(requestId);
  const attach = useAttachFiles(requestId);
  const [problems, setProblems] = useState<string[]>([]);

  const onDrop = (dropped: File[]) => {
    setProblems([]);
    attach.mutate(dropped, { onError: (error) => setProblems([uploadErrorText(error)]) });
  };
  const onReject = (rejections: FileRejection[]) => setProblems(rejections.map(uploadRejectionText));

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label="Attachments">
      <Text fw={600} size="sm" mb="xs">
        Attachments
      </Text>
      <Stack gap="xs">
        <Dropzone
          onDrop={onDrop}
          onReject={onReject}
          maxSize={MAX_UPLOAD_BYTES}
          accept={uploadAccept}
          loading={attach.isPending}
          aria-label="Attach files: drop them here or press to choose"
          p="md"
        >
          <DropzoneBody
            idleIcon={<IconPaperclip size={24} />}
            title="Drop files here or click to choose"
            hint="Images, PDF, Office documents, zip, text, Markdown or CSV; at most 10 MB each"
          />
        </Dropzone>
        {attach.progress && (
          <Stack gap={2}>
            <Text size="xs">
              Uploading {attach.progress.name}… {Math.round(attach.progress.fraction * 100)}%
            </Text>
            <Progress
              value={attach.progress.fraction * 100}
              size="sm"
              aria-label={`Upload of ${attach.progress.name}`}
              animated
            />
          </Stack>
        )}
        {problems.length > 0 && (
          <Alert
            color="red"
            icon={<IconAlertCircle size={16} />}
            title={problems.length === 1 ? 'Not attached' : `${problems.length} files not attached`}
            withCloseButton
            onClose={() => setProblems([])}
            closeButtonLabel="Dismiss"
          >
            <Stack gap={2}>
              {problems.map((problem) => (
                <Text key={problem} size="sm">
                  {problem}
                </Text>
              ))}
            </Stack>
          </Alert>
        )}
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
