import '@mantine/dropzone/styles.css';
import { Alert, Progress, Stack, Text } from '@mantine/core';
import { Dropzone, type FileRejection } from '@mantine/dropzone';
import { IconAlertCircle } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { DropzoneBody } from './DropzoneBody.tsx';
import { fileSizeText, uploadAccept, uploadErrorText, uploadRejectionText } from './uploadRules.ts';

/**
 * Where files are dropped or picked for upload: the accepted kinds and size, the current file's
 * progress, and what was refused (by the browser's check or by the server) until dismissed.
 * `upload` is a useUploadFiles() result; `verb` says what happened to a file ("attached", "added").
 */
export function FileDropArea({
  label,
  icon,
  maxBytes,
  verb,
  upload,
  accept = uploadAccept,
  hint,
}: {
  label: string;
  icon: ReactNode;
  maxBytes: number;
  verb: string;
  upload: {
    isPending: boolean;
    progress?: { name: string; fraction: number };
    mutate: (files: File[], options: { onError: (error: Error) => void }) => void;
  };
  /** MIME type → extensions the picker offers (the server still decides by content). */
  accept?: Record<string, string[]>;
  /** What may be dropped, in words (the accepted kinds and the size by default). */
  hint?: string;
}) {
  const [problems, setProblems] = useState<string[]>([]);
  const onDrop = (dropped: File[]) => {
    setProblems([]);
    upload.mutate(dropped, { onError: (error) => setProblems([uploadErrorText(error)]) });
  };
  const onReject = (rejections: FileRejection[]) =>
    setProblems(rejections.map((rejection) => uploadRejectionText(rejection, maxBytes, accept)));
  return (
    <>
      <Dropzone
        onDrop={onDrop}
        onReject={onReject}
        maxSize={maxBytes}
        accept={accept}
        loading={upload.isPending}
        aria-label={`${label}: drop them here or press to choose`}
        p="md"
      >
        <DropzoneBody
          idleIcon={icon}
          title="Drop files here or click to choose"
          hint={
            hint
              ? `${hint}; at most ${fileSizeText(maxBytes)} each`
              : `Images, PDF, Office documents, zip, text, Markdown or CSV; at most ${fileSizeText(maxBytes)} each`
          }
        />
      </Dropzone>
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
          title={problems.length === 1 ? `Not ${verb}` : `${problems.length} files not ${verb}`}
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
    </>
  );
}
