import '@mantine/dropzone/styles.css';
import { Alert, Anchor, Group, Paper, Progress, Stack, Text } from '@mantine/core';
import { Dropzone, type FileRejection } from '@mantine/dropzone';
import { IconAlertCircle, IconPaperclip } from '@tabler/icons-react';
import { useState } from 'react';
import { ApiError } from '../../../api/client.ts';
import { DropzoneBody } from '../../../components/DropzoneBody.tsx';
import { useAttachFiles, useAttachments } from '../hooks/useAttachments.ts';

const MAX_BYTES = 10 * 1024 * 1024;
/** What the server accepts (it checks the content; this only spares a round trip). */
const accept = {
  'image/png': ['.png'],
  'image/jpeg': ['.jpg', '.jpeg'],
  'image/gif': ['.gif'],
  'image/webp': ['.webp'],
  'application/pdf': ['.pdf'],
  'application/zip': ['.zip'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['.docx'],
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': ['.pptx'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['.xlsx'],
  'text/plain': ['.txt'],
  'text/markdown': ['.md'],
  'text/csv': ['.csv'],
};

const sizeText = (bytes: number) =>
  bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : bytes >= 1024
      ? `${Math.round(bytes / 1024)} KB`
      : `${bytes} bytes`;

function rejectionText(rejection: FileRejection): string {
  const name = rejection.file.name;
  const codes = rejection.errors.map((error) => error.code);
  if (codes.includes('file-too-large'))
    return `${name} is larger than 10 MB; files may be at most 10 MB each.`;
  if (codes.includes('file-invalid-type'))
    return `${name} is not a type Showcase accepts: images, PDF, Office documents, zip, text, Markdown and CSV.`;
  return `${name}: ${rejection.errors.map((error) => error.message).join('; ')}`;
}

function uploadErrorText(error: Error): string {
  if (error instanceof ApiError && error.fields.file) return `${error.message.replace(/\.$/, '')}.`;
  return error.message;
}

/** Files on a request: drop or pick images, PDF, Office documents, zip or text; at most 10 MB each. */
export function AttachmentList({ requestId }: { requestId: string }) {
  const files = useAttachments(requestId);
  const attach = useAttachFiles(requestId);
  const [problems, setProblems] = useState<string[]>([]);

  const onDrop = (dropped: File[]) => {
    setProblems([]);
    attach.mutate(dropped, { onError: (error) => setProblems([uploadErrorText(error)]) });
  };
  const onReject = (rejections: FileRejection[]) => setProblems(rejections.map(rejectionText));

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label="Attachments">
      <Text fw={600} size="sm" mb="xs">
        Attachments
      </Text>
      <Stack gap="xs">
        <Dropzone
          onDrop={onDrop}
          onReject={onReject}
          maxSize={MAX_BYTES}
          accept={accept}
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
              {sizeText(file.size)}
            </Text>
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}
