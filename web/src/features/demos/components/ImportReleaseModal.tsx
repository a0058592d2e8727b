import {
  Alert,
  Anchor,
  Badge,
  Button,
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
import type { StartImportInput } from '@shared/schemas/imports.ts';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { ApiError } from '../../../api/client.ts';
import { DateField } from '../../../components/DateField.tsx';
import { FileDrop } from '../../../components/FileDrop.tsx';
import { ImportProgress } from '../../imports/components/ImportProgress.tsx';
import { useBackgroundImport } from '../../imports/hooks/useBackgroundImport.ts';
import { catalogueKey, demosKey, releasesKey } from '../hooks/useDemos.ts';

const formats = [
  { value: 'gitlab', label: 'GitLab release post (a folder of YAML files)' },
  { value: 'json', label: 'JSON ({"changes": [...]})' },
  { value: 'csv', label: 'CSV (name, significance, stage, categories, …)' },
];

type ReleaseFile = { name: string; content: string };
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/**
 * Upload a release's files; it is imported in the background with progress. A version imported
 * before is checked first (a dry run) and replaced only once the person has seen what changes.
 * The answer is a per-file report, the flags the release raised and the demos they are on.
 */
export function ImportReleaseModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const [format, setFormat] = useState('gitlab');
  const [version, setVersion] = useState('');
  const [releasedOn, setReleasedOn] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [result, setResult] = useState<ReleaseImportResult | null>(null);
  const [pending, setPending] = useState<{ check: ReleaseImportResult; files: ReleaseFile[] } | null>(null);
  const [error, setError] = useState<{ message: string; fields: Record<string, string> } | null>(null);
  const { running, start } = useBackgroundImport();
  const queryClient = useQueryClient();
  const fields = error?.fields ?? {};
  const close = () => {
    setResult(null);
    setPending(null);
    setError(null);
    setFiles([]);
    setVersion('');
    onClose();
  };
  const run = async (contents: ReleaseFile[], options: { dryRun: boolean; replace: boolean }) => {
    try {
      const job = await start({
        kind: 'release',
        release: { format, version, ...(releasedOn ? { releasedOn } : {}), files: contents, ...options },
      } as StartImportInput);
      if (job.state === 'failed' || !job.result || !('flagged' in job.result)) {
        setError({
          message: job.error ?? 'The release could not be imported; nothing was stored.',
          fields: {},
        });
        return null;
      }
      return job.result;
    } catch (caught) {
      const fieldsOf = caught instanceof ApiError ? caught.fields : {};
      // The release's fields arrive as "release.version"; the form names them without the prefix.
      const named = Object.fromEntries(
        Object.entries(fieldsOf).map(([key, message]) => [key.replace(/^release\./, ''), message]),
      );
      setError({ message: caught instanceof Error ? caught.message : String(caught), fields: named });
      return null;
    }
  };
  const commit = async (contents: ReleaseFile[], replace: boolean) => {
    const done = await run(contents, { dryRun: false, replace });
    if (!done) return;
    setPending(null);
    setResult(done);
    await Promise.all(
      [releasesKey, demosKey, catalogueKey].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
    );
  };
  const submit = async () => {
    setError(null);
    const contents = await Promise.all(
      files.map(async (file) => ({ name: file.name, content: await file.text() })),
    );
    const check = await run(contents, { dryRun: true, replace: false });
    if (!check) return;
    if (check.replaces) setPending({ check, files: contents });
    else await commit(contents, false);
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
            {result.replaces && ` It replaced the ${result.replaces.changes} changes stored before.`}
          </Alert>
          {result.flagged.length > 0 && (
            <Stack gap={4} component="section" aria-label="Flagged demos">
              <Text fw={600} size="sm">
                Demos flagged
              </Text>
              {result.flagged.map((demo) => (
                <Group key={demo.demoId} gap="xs">
                  <Badge variant="light" color="orange">
                    {Math.round(demo.score * 100)}
                  </Badge>
                  <Anchor component={Link} to={`/demos/${demo.demoId}`} size="sm" onClick={close}>
                    {demo.title}
                  </Anchor>
                </Group>
              ))}
            </Stack>
          )}
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
      ) : pending ? (
        <Stack>
          <Alert color="orange" title={`Release ${pending.check.replaces?.version} is already imported`}>
            It has {plural(pending.check.replaces?.changes ?? 0, 'change')}. Importing these files replaces
            them with {plural(pending.check.changes, 'change')}; impact analysis would raise{' '}
            {plural(pending.check.flags.raised, 'flag')}. Decisions already taken on its flags stay.
          </Alert>
          {running && <ImportProgress run={running} />}
          {error && (
            <Alert color="red" title="Not imported">
              {error.message}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setPending(null)} disabled={Boolean(running)}>
              Back
            </Button>
            <Button onClick={() => commit(pending.files, true)} loading={Boolean(running)}>
              Replace release {pending.check.replaces?.version}
            </Button>
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
          <FileDrop
            label="Files"
            hint={format === 'gitlab' ? 'Every file of the release-post folder (.yml)' : 'One or more files'}
            multiple
            accept={
              format === 'gitlab'
                ? { 'application/yaml': ['.yml', '.yaml'], 'text/yaml': ['.yml', '.yaml'] }
                : format === 'json'
                  ? { 'application/json': ['.json'] }
                  : { 'text/csv': ['.csv'] }
            }
            files={files}
            onChange={setFiles}
            disabled={Boolean(running)}
            error={fields.files}
          />
          {running && <ImportProgress run={running} />}
          {error && Object.keys(fields).length === 0 && (
            <Alert color="red" title="Not imported">
              {error.message}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button onClick={submit} loading={Boolean(running)} disabled={!version || files.length === 0}>
              Import and analyse
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
