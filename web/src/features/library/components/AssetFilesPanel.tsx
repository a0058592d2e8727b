import { Anchor, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconDownload, IconFiles } from '@tabler/icons-react';
import { ConfirmDelete } from '../../../components/ConfirmDelete.tsx';
import { DateTime } from '../../../components/DateTime.tsx';
import { FileDropArea } from '../../../components/FileDropArea.tsx';
import { fileSizeText, MAX_UPLOAD_BYTES } from '../../../components/uploadRules.ts';
import { useAssetFiles, useDeleteAssetFile, useUploadAssetFiles } from '../hooks/useAssetFiles.ts';

/**
 * The asset's files: everyone who sees the asset downloads them; editors drop new ones in and
 * delete them. Share links that allow downloads offer them too (watermarked when the link says so).
 */
export function AssetFilesPanel({ assetId, editor }: { assetId: string; editor: boolean }) {
  const files = useAssetFiles(assetId);
  const upload = useUploadAssetFiles(assetId);
  const remove = useDeleteAssetFile(assetId);
  const maxBytes = files.data?.maxBytes ?? MAX_UPLOAD_BYTES;

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
          <FileDropArea
            label="Add files"
            icon={<IconFiles size={24} />}
            maxBytes={maxBytes}
            verb="added"
            upload={upload}
          />
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
