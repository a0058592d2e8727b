import {
  Alert,
  Badge,
  Button,
  FileInput,
  Group,
  Modal,
  ScrollArea,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import type { ReleaseImportResult } from '@shared/schemas/demos.ts';
import { IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { ApiError } from '../../../api/client.ts';
import { DateField } from '../../../components/DateField.tsx';
import { useImportRelease } from '../hooks/useDemoMutations.ts';

const formats = [
  { value: 'gitlab', label: 'GitLab release post (a folder of YAML files)' },
  { value: 'json', label: 'JSON ({"changes": [...]})' },
  { value: 'csv', label: 'CSV (name, significance, stage, categories, …)' },
];

/** Upload a release's files; the answer is a per-file report and the flags the release raised. */
export function ImportReleaseModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const [format, setFormat] = useState('gitlab');
  const [version, setVersion] = useState('');
  const [releasedOn, setReleasedOn] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [result, setResult] = useState<ReleaseImportResult | null>(null);
  const importRelease = useImportRelease();
  const fields = importRelease.error instanceof ApiError ? importRelease.error.fields : {};
  const close = () => {
    setResult(null);
    setFiles([]);
    setVersion('');
    importRelease.reset();
    onClose();
  };
  const submit = async () => {
    const contents = await Promise.all(
      files.map(async (file) => ({ name: file.name, content: await file.text() })),
    );
    const answer = await importRelease.mutateAsync({
      format,
      version,
      ...(releasedOn ? { releasedOn } : {}),
      files: contents,
    });
    setResult(answer);
  };
  return (
    <Modal opened={opened} onClose={close} title="Import a release" size="xl">
      {result ? (
        <Stack>
          <Alert
            color={result.flags.raised > 0 ? 'orange' : 'teal'}
            title={`Release ${result.release?.version} imported`}
          >
            {result.changes} changes from {result.files.length} files. Impact analysis raised{' '}
            {result.flags.raised} flag
            {result.flags.raised === 1 ? '' : 's'}; {result.flags.quiet} more match
            {result.flags.quiet === 1 ? 'es' : ''} below the threshold.
          </Alert>
          <ScrollArea h={360}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>File</Table.Th>
                  <Table.Th>Imported</Table.Th>
                  <Table.Th>Skipped and why</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {result.files.map((file) => (
                  <Table.Tr key={file.file}>
                    <Table.Td>
                      <Text size="sm" ff="monospace">
                        {file.file}
                      </Text>
                    </Table.Td>
                    <Table.Td>{file.error ? <Badge color="red">error</Badge> : file.imported}</Table.Td>
                    <Table.Td>
                      {file.error && (
                        <Text size="sm" c="red">
                          {file.error}
                        </Text>
                      )}
                      {file.skipped.map((skip) => (
                        <Text size="sm" key={`${skip.what}${skip.reason}`}>
                          <b>{skip.what}</b>: {skip.reason}
                        </Text>
                      ))}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea>
          <Group justify="flex-end">
            <Button onClick={close}>Done</Button>
          </Group>
        </Stack>
      ) : (
        <Stack>
          <Select
            label="Format"
            data={formats}
            value={format}
            onChange={(v) => setFormat(v ?? 'gitlab')}
            allowDeselect={false}
          />
          <Group grow>
            <TextInput
              label="Version"
              placeholder="15.4"
              required
              value={version}
              onChange={(e) => setVersion(e.currentTarget.value)}
              error={fields.version}
            />
            <DateField
              label="Release date"
              value={releasedOn || null}
              onChange={(value) => setReleasedOn(value ?? '')}
              error={fields.releasedOn}
            />
          </Group>
          <FileInput
            label="Files"
            description={
              format === 'gitlab' ? 'Select every file of the release-post folder' : 'One or more files'
            }
            placeholder="Choose files"
            multiple
            accept={format === 'gitlab' ? '.yml,.yaml' : format === 'json' ? '.json' : '.csv'}
            value={files}
            onChange={setFiles}
            leftSection={<IconUpload size={16} />}
            error={fields.files}
            clearable
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button
              onClick={submit}
              loading={importRelease.isPending}
              disabled={!version || files.length === 0}
            >
              Import and analyse
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
