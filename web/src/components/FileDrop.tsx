import '@mantine/dropzone/styles.css';
import { Stack, Text } from '@mantine/core';
import { Dropzone } from '@mantine/dropzone';
import { IconFile } from '@tabler/icons-react';
import { useState } from 'react';
import { DropzoneBody } from './DropzoneBody.tsx';

/**
 * A drop area for choosing files by drag-and-drop, click or keyboard (Enter/Space), showing the
 * files chosen. The file types are a hint for the picker; the server decides what it accepts.
 */
export function FileDrop({
  label,
  hint,
  accept,
  multiple = false,
  files,
  onChange,
  disabled,
  error,
}: {
  label: string;
  hint: string;
  /** Extensions or MIME types for the picker, e.g. { 'text/csv': ['.csv'] }. */
  accept?: Record<string, string[]>;
  multiple?: boolean;
  files: File[];
  onChange: (files: File[]) => void;
  disabled?: boolean;
  error?: string;
}) {
  const [refused, setRefused] = useState<string | null>(null);
  const types = accept ? [...new Set(Object.values(accept).flat())].join(', ') : '';
  return (
    <Stack gap={4}>
      <Dropzone
        onDrop={(dropped) => {
          setRefused(null);
          onChange(dropped);
        }}
        onReject={(rejections) =>
          setRefused(
            `${rejections.map((rejection) => rejection.file.name).join(', ')}: not ${types ? `a ${types} file` : 'accepted'}`,
          )
        }
        accept={accept}
        multiple={multiple}
        disabled={disabled}
        aria-label={`${label}: drop ${multiple ? 'files' : 'a file'} here or press to choose`}
        p="md"
      >
        <DropzoneBody
          idleIcon={<IconFile size={24} />}
          title={
            files.length === 0
              ? `${label}: drop ${multiple ? 'files' : 'a file'} here or click to choose`
              : files.length === 1
                ? files[0]?.name
                : `${files.length} files: ${files
                    .slice(0, 3)
                    .map((file) => file.name)
                    .join(', ')}${files.length > 3 ? ', …' : ''}`
          }
          hint={hint}
        />
      </Dropzone>
      {(refused ?? error) && (
        <Text size="sm" c="red" role="alert">
          {refused ?? error}
        </Text>
      )}
    </Stack>
  );
}
