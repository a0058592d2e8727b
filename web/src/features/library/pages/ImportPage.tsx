import {
  Alert,
  Anchor,
  Badge,
  Button,
  FileInput,
  Group,
  Paper,
  Progress,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import type { ImportOutcome, ImportResult } from '@shared/schemas/library.ts';
import { IconDownload, IconUpload } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import Papa from 'papaparse';
import { useState } from 'react';
import { Link } from 'react-router';
import { ApiError, api } from '../../../api/client.ts';
import { libraryKey } from '../hooks/useLibrary.ts';

type Kind = 'csv' | 'resources' | 'webcasts';
const BATCH = 200;
const actionColor = { create: 'teal', update: 'blue', unchanged: 'gray', reject: 'red' } as const;

/** Import CSV (sent in batches, with progress) or GitLab's resources.yml / webcasts.yml; dry run first. */
export function ImportPage() {
  const [kind, setKind] = useState<Kind>('csv');
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const queryClient = useQueryClient();

  const run = async (dryRun: boolean) => {
    if (!file) return;
    setError(null);
    setResult(null);
    setProgress(0);
    try {
      const text = await file.text();
      if (kind === 'csv') {
        const rows = Papa.parse<Record<string, string>>(text, {
          header: true,
          skipEmptyLines: 'greedy',
        }).data;
        const outcomes: ImportOutcome[] = [];
        const counts = { create: 0, update: 0, unchanged: 0, reject: 0 };
        for (let start = 0; start < rows.length; start += BATCH) {
          const batch = await api<ImportResult>('POST', '/api/assets/import', {
            rows: rows.slice(start, start + BATCH),
            dryRun,
            firstRowNumber: start + 2,
          });
          outcomes.push(...batch.outcomes);
          for (const key of Object.keys(counts) as (keyof typeof counts)[]) counts[key] += batch.counts[key];
          setProgress(Math.round(((start + BATCH) / rows.length) * 100));
        }
        setResult({ dryRun, counts, outcomes });
      } else {
        setResult(
          await api<ImportResult>('POST', '/api/assets/import/gitlab', { kind, content: text, dryRun }),
        );
      }
      setProgress(100);
      if (!dryRun) await queryClient.invalidateQueries({ queryKey: libraryKey });
    } catch (caught) {
      setError(
        caught instanceof ApiError
          ? `${caught.message}${Object.values(caught.fields).length ? `: ${Object.values(caught.fields).join('; ')}` : ''}`
          : String(caught),
      );
      setProgress(null);
    }
  };

  return (
    <Stack gap="lg" maw={1100}>
      <Anchor component={Link} to="/library" size="sm">
        ← Library
      </Anchor>
      <Title order={1}>Import</Title>
      <Paper withBorder p="lg" radius="md">
        <Stack>
          <SegmentedControl
            value={kind}
            onChange={(value) => {
              setKind(value as Kind);
              setResult(null);
            }}
            data={[
              { value: 'csv', label: 'CSV' },
              { value: 'resources', label: 'GitLab resources.yml' },
              { value: 'webcasts', label: 'GitLab webcasts.yml' },
            ]}
          />
          <Text size="sm" c="dimmed">
            {kind === 'csv' ? (
              <>
                Use the columns of an{' '}
                <Anchor href="/api/assets/export" size="sm">
                  export <IconDownload size={12} />
                </Anchor>
                . Rows match existing assets by id, external_key or primary_url, so importing the same file
                twice changes nothing.
              </>
            ) : (
              'Every entry lands as a published, external asset; values that match no taxonomy term are kept as tags and reported.'
            )}
          </Text>
          <FileInput
            label="File"
            placeholder="Choose a file"
            accept={kind === 'csv' ? '.csv,text/csv' : '.yml,.yaml'}
            value={file}
            onChange={setFile}
            clearable
          />
          <Group>
            <Button
              variant="default"
              disabled={!file}
              onClick={() => run(true)}
              loading={progress !== null && progress < 100 && !result}
            >
              Dry run
            </Button>
            <Button disabled={!file} onClick={() => run(false)} leftSection={<IconUpload size={16} />}>
              Import
            </Button>
          </Group>
          {progress !== null && (
            <Progress value={progress} animated={progress < 100} aria-label="Import progress" />
          )}
          {error && (
            <Alert color="red" title="Import failed">
              {error}
            </Alert>
          )}
        </Stack>
      </Paper>
      {result && (
        <Paper withBorder p="lg" radius="md" aria-label="Import report">
          <Stack>
            <Group>
              <Title order={2} size="h4">
                {result.dryRun ? 'Dry run: nothing was stored' : 'Imported'}
              </Title>
              {(Object.keys(result.counts) as (keyof typeof result.counts)[]).map((key) => (
                <Badge key={key} color={actionColor[key]} variant="light">
                  {result.counts[key]} {key}
                </Badge>
              ))}
            </Group>
            <Table.ScrollContainer minWidth={700}>
              <Table striped verticalSpacing={6}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w={70}>{kind === 'csv' ? 'Line' : 'Entry'}</Table.Th>
                    <Table.Th w={110}>Action</Table.Th>
                    <Table.Th>Title</Table.Th>
                    <Table.Th>Notes</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {result.outcomes.map((outcome) => (
                    <Table.Tr key={outcome.row}>
                      <Table.Td>{outcome.row}</Table.Td>
                      <Table.Td>
                        <Badge color={actionColor[outcome.action]} variant="light">
                          {outcome.action}
                        </Badge>
                      </Table.Td>
                      <Table.Td>{outcome.title}</Table.Td>
                      <Table.Td>
                        <Text size="xs">{outcome.problems.join('; ')}</Text>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
