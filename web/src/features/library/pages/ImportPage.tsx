import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import type { ImportOutcome, ImportResult } from '@shared/schemas/library.ts';
import { IconDownload, IconUpload } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { ApiError } from '../../../api/client.ts';
import { FileDrop } from '../../../components/FileDrop.tsx';
import { ImportProgress } from '../../imports/components/ImportProgress.tsx';
import { useBackgroundImport } from '../../imports/hooks/useBackgroundImport.ts';
import { usePageTitle } from '../../shell/hooks/usePageTitle.ts';
import { libraryKey } from '../hooks/useLibrary.ts';

type Kind = 'csv' | 'resources' | 'webcasts';
const importKind = { csv: 'csv', resources: 'gitlab-resources', webcasts: 'gitlab-webcasts' } as const;
const actionColor = { create: 'teal', update: 'blue', unchanged: 'gray', reject: 'red' } as const;
const actionLabel = { create: 'new', update: 'updated', unchanged: 'unchanged', reject: 'rejected' } as const;
const byRow = (a: ImportOutcome, b: ImportOutcome) => a.row - b.row;

/** One table of outcomes; rejected rows say why, the others what was noted about them. */
function OutcomeTable({
  label,
  rowLabel,
  outcomes,
  withAction,
}: {
  label: string;
  rowLabel: string;
  outcomes: ImportOutcome[];
  withAction: boolean;
}) {
  return (
    <Table.ScrollContainer minWidth={700}>
      <Table striped verticalSpacing={6} aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={70}>{rowLabel}</Table.Th>
            {withAction && <Table.Th w={110}>Action</Table.Th>}
            <Table.Th>Title</Table.Th>
            <Table.Th>{withAction ? 'Notes' : 'Why it was rejected'}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {outcomes.map((outcome) => (
            <Table.Tr key={outcome.row}>
              <Table.Td>{outcome.row}</Table.Td>
              {withAction && (
                <Table.Td>
                  <Badge color={actionColor[outcome.action]} variant="light">
                    {actionLabel[outcome.action]}
                  </Badge>
                </Table.Td>
              )}
              <Table.Td>{outcome.title || <Text c="dimmed">(no title)</Text>}</Table.Td>
              <Table.Td>
                <Text size="xs">{outcome.problems.join('; ')}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The report of a finished run: rejected rows first, on their own with the reason, then the rest. */
function ImportReport({ result, kind, stale }: { result: ImportResult; kind: Kind; stale: boolean }) {
  const rejected = result.outcomes.filter((outcome) => outcome.action === 'reject').sort(byRow);
  const kept = result.outcomes.filter((outcome) => outcome.action !== 'reject').sort(byRow);
  const rowLabel = kind === 'csv' ? 'Line' : 'Entry';
  return (
    <Paper component="section" withBorder p="lg" radius="md" aria-label="Import report">
      <Stack>
        <Group>
          <Title order={2} size="h4">
            {result.dryRun ? 'Dry run: nothing was stored' : 'Imported'}
          </Title>
          {(Object.keys(result.counts) as (keyof typeof result.counts)[]).map((key) => (
            <Badge key={key} color={actionColor[key]} variant="light">
              {result.counts[key]} {actionLabel[key]}
            </Badge>
          ))}
        </Group>
        {stale && (
          <Text size="sm" c="dimmed">
            This is the report of the previous run; the last run stored nothing.
          </Text>
        )}
        {rejected.length > 0 && (
          <Stack gap="xs">
            <Title order={3} size="h5">
              {rejected.length === 1 ? '1 row rejected' : `${rejected.length} rows rejected`}
            </Title>
            <OutcomeTable label="Rejected rows" rowLabel={rowLabel} outcomes={rejected} withAction={false} />
          </Stack>
        )}
        {kept.length > 0 && (
          <Stack gap="xs">
            <Title order={3} size="h5">
              {result.dryRun ? 'Rows that would be stored' : 'Rows stored'}
            </Title>
            <OutcomeTable
              label={result.dryRun ? 'Rows that would be stored' : 'Rows stored'}
              rowLabel={rowLabel}
              outcomes={kept}
              withAction
            />
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}

/**
 * Import CSV or GitLab's resources.yml / webcasts.yml; dry run first. The file goes to the server
 * as a background import, and the page follows its progress until the report is ready.
 */
export function ImportPage() {
  usePageTitle('Import');
  const [kind, setKind] = useState<Kind>('csv');
  const [file, setFile] = useState<File | null>(null);
  const { running, start } = useBackgroundImport();
  // Set from the click until the run ends, so neither button can start a second run while the
  // file is still being read and sent, before the server has answered with the import.
  const [started, setStarted] = useState<{ dryRun: boolean } | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const queryClient = useQueryClient();

  const run = async (dryRun: boolean) => {
    if (!file || started) return;
    setStarted({ dryRun });
    setError(null);
    try {
      const job = await start({
        kind: importKind[kind],
        content: await file.text(),
        fileName: file.name,
        dryRun,
      });
      // A failed run stored nothing (the import is one transaction): the previous report stays.
      if (job.state === 'failed' || !job.result || !('outcomes' in job.result))
        setError(job.error ?? 'The import failed; nothing was stored.');
      else setResult(job.result);
      if (!dryRun) await queryClient.invalidateQueries({ queryKey: libraryKey });
    } catch (caught) {
      setError(
        caught instanceof ApiError
          ? `${caught.message}${Object.values(caught.fields).length ? `: ${Object.values(caught.fields).join('; ')}` : ''}`
          : String(caught),
      );
    } finally {
      setStarted(null);
    }
  };
  const busy = started !== null;

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
          <FileDrop
            label="File"
            hint={kind === 'csv' ? 'A .csv file with a header row' : 'A .yml file in GitLab’s format'}
            accept={
              kind === 'csv'
                ? { 'text/csv': ['.csv'] }
                : { 'application/yaml': ['.yml', '.yaml'], 'text/yaml': ['.yml', '.yaml'] }
            }
            files={file ? [file] : []}
            onChange={(files) => setFile(files[0] ?? null)}
            disabled={busy}
          />
          <Group>
            <Button
              variant="default"
              disabled={!file || busy}
              onClick={() => run(true)}
              loading={started?.dryRun === true}
            >
              Dry run
            </Button>
            <Button
              disabled={!file || busy}
              onClick={() => run(false)}
              loading={started?.dryRun === false}
              leftSection={<IconUpload size={16} />}
            >
              Import
            </Button>
          </Group>
          {running && <ImportProgress run={running} />}
          {error && (
            <Alert color="red" title="Import failed: nothing was stored">
              {error}
            </Alert>
          )}
        </Stack>
      </Paper>
      {result && <ImportReport result={result} kind={kind} stale={error !== null} />}
    </Stack>
  );
}
