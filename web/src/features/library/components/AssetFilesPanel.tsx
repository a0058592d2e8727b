import '@mantine/dropzone/styles.css';
import { Alert, Anchor, Group, Paper, Progress, Skeleton, Stack, Text, Title } from '@mantine/core';
import { Dropzone, type FileRejection } from '@mantine/dropzone';
import { IconAlertCircle, IconDownload, IconFiles } from '@tabler/icons-react';
import { useState } from 'react';
import { ConfirmDelete } from '../../../components/ConfirmDelete.tsx';
import { DateTime } from '../../../components/DateTime.tsx';
import { DropzoneBody } from '../../../components/DropzoneBody.tsx';
import {
  fileSizeText,
  MAX_UPLOAD_BYTES,
  uploadAccept,
  uploadErrorText,
  uploadRejectionText,
} from '../../../components/uploadRules.ts';
import { useAssetFiles, useDeleteAssetFile, useUploadAssetFiles } from '../hooks/useAssetFiles.ts';

/**
 * The asset's files: everyone who sees the asset downloads them; editors drop new ones in and
 * delete them. Share links that allow downloads offer them too (watermarked when the link says so).
 */
export function AssetFilesPanel({ assetId, editor }: { assetId: string; editor: boolean }) {
  const files = useAssetFiles(assetId);
  const upload = useUploadAssetFiles(assetId);
  const remove = useDeleteAssetFile(assetId);
  const [problems, setProblems] = useState<string[]>([]);
  const maxBytes = files.data?.maxBytes ?? MAX_UPLOAD_BYTES;

  const onDrop = (dropped: File[]) => {
    setProblems([]);
    upload.mutate(dropped, { onError: (error) => setProblems([uploadErrorText(error)]) });
  };
  const onReject = (rejections: FileRejection[]) => setProblems(rejections.map(uploadRejectionText));

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label="Files">
      <Group gap={6} mb="sm">
        <IconFiles size={18} />
        <Title order={2} size="h5">
          Files
        </Title>
      </Group>
      <Stack gap="xs">
        {editor && (
          <Dropzone
            onDrop={onDrop}
            onReject={onReject}
            maxSize={maxBytes}
            accept={uploadAccept}
            loading={upload.isPending}
            aria-label="Add files: drop them here or press to choose"
            p="md"
          >
            <DropzoneBody
              idleIcon={<IconFiles size={24} />}
              title="Drop files here or click to choose"
              hint={`Images, PDF, Office documents, zip, text, Markdown or CSV; at most ${fileSizeText(maxBytes)} each`}
            />
          </Dropzone>
        )}
        {upload.progress && (
          <Stack gap={2}>
            <Text size="xs">
              Uploading {upload.progress.name}… {Math.round(upload.progress.fraction * 100)}%
            </Text>
            <Progress
              value={upload.progress.fraction * 100}
              size="sm"
              aria-label={`Upload of ${upload.progress.name}`}
              animated
            />
          </Stack>
        )}
        {problems.length > 0 && (
          <Alert
            color="red"
            icon={<IconAlertCircle size={16} />}
            title={problems.length === 1 ? 'Not added' : `${problems.length} files not added`}
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
        {files.isPending && (
          <Stack gap={6} aria-label="Loading files">
            <Skeleton h={18} />
            <Skeleton h={18} w="70%" />
          </Stack>
        )}
        {files.isError && (
          <Text size="sm" c="red">
            The files could not be loaded: {files.error.message}
          </Text>
        )}
        {files.data?.files.length === 0 && (
          <Text size="sm" c="dimmed">
            {editor ? 'No files yet. Drop the deck, PDF or images here.' : 'No files.'}
          </Text>
        )}
        {files.data?.files.map((file) => (
          <Group key={file.id} justify="space-between" wrap="nowrap" gap="xs">
            <Stack gap={0} style={{ minWidth: 0 }}>
              <Anchor
                href={`/api/assets/${assetId}/files/${file.id}`}
                size="sm"
                style={{ wordBreak: 'break-all' }}
                download
              >
                <IconDownload size={14} style={{ verticalAlign: 'middle', marginRight: 4 }} />
                {file.filename}
              </Anchor>
              <Text size="xs" c="dimmed">
                {fileSizeText(file.size)} · <DateTime value={file.createdAt} size="xs" />
                {file.uploadedBy ? ` · ${file.uploadedBy.name}` : ''}
              </Text>
            </Stack>
            {editor && (
              <ConfirmDelete
                label={file.filename}
                loading={remove.isPending && remove.variables?.id === file.id}
                onConfirm={() => remove.mutate({ id: file.id, filename: file.filename })}
              />
            )}
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}
