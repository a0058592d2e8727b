import { Alert, Button, Code, FileButton, Group, Modal, Stack, Table, Text, Textarea } from '@mantine/core';
import { IconCheck, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useOutsideNumberMutations } from '../hooks/useInsights.ts';

type Result = Awaited<ReturnType<ReturnType<typeof useOutsideNumberMutations>['importCsv']['mutateAsync']>>;

const EXAMPLE = `asset,date,kind,value
https://example.com/blog/zero-trust-pipelines,2026-11-03,blog views,1250
5f0c…(an asset id),2026-11-03,video views,830
webinar-2026-11,2026-11-12,registrations,214`;

/**
 * Numbers from YouTube, the blog's analytics or a webinar tool, from a spreadsheet: checked first
 * (a dry run shows what would be created, updated and refused, row by row), then imported.
 */
export function ImportOutsideNumbersModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const [csv, setCsv] = useState('');
  const [checked, setChecked] = useState<Result | null>(null);
  const [done, setDone] = useState<Result | null>(null);
  const { importCsv } = useOutsideNumberMutations();
  const close = () => {
    setCsv('');
    setChecked(null);
    setDone(null);
    onClose();
  };
  const run = (dryRun: boolean) =>
    importCsv.mutate(
      { csv, dryRun },
      { onSuccess: (result) => (dryRun ? setChecked(result) : setDone(result)) },
    );
  const shown = done ?? checked;

  return (
    <Modal opened={opened} onClose={close} title="Import numbers from outside" size="lg">
      <Stack>
        <Text size="sm">
          One row per asset, day and kind: <Code>asset</Code> (its id, primary URL or external key),{' '}
          <Code>date</Code> (YYYY-MM-DD), <Code>kind</Code> (video views, blog views, registrations or
          attendance) and <Code>value</Code>. A number for a day that already has one replaces it.
        </Text>
        <Textarea
          label="CSV"
          description="Paste the rows, or choose a file"
          autosize
          minRows={5}
          maxRows={12}
          placeholder={EXAMPLE}
          value={csv}
          onChange={(event) => {
            setCsv(event.currentTarget.value);
            setChecked(null);
            setDone(null);
          }}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
        />
        <Group>
          <FileButton
            accept=".csv,text/csv"
            onChange={async (file) => {
              if (!file) return;
              setCsv(await file.text());
              setChecked(null);
              setDone(null);
            }}
          >
            {(props) => (
              <Button variant="default" leftSection={<IconUpload size={16} />} {...props}>
                Choose a file
              </Button>
            )}
          </FileButton>
        </Group>
        {shown && shown.problems.length > 0 && (
          <Alert
            color="red"
            title={`${shown.problems.length} problem${shown.problems.length === 1 ? '' : 's'}: nothing was imported`}
          >
            <Table fz="sm" verticalSpacing={4} aria-label="Problems">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Line</Table.Th>
                  <Table.Th>Column</Table.Th>
                  <Table.Th>Problem</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.problems.slice(0, 50).map((problem) => (
                  <Table.Tr key={`${problem.line}-${problem.column}-${problem.message}`}>
                    <Table.Td>{problem.line}</Table.Td>
                    <Table.Td>{problem.column || '—'}</Table.Td>
                    <Table.Td>{problem.message}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Alert>
        )}
        {shown && shown.problems.length === 0 && (
          <Alert
            color={done ? 'teal' : 'blue'}
            icon={<IconCheck size={18} />}
            title={done ? 'Imported' : 'Ready to import'}
          >
            {shown.rows} rows: {shown.created} new, {shown.updated} changed, {shown.unchanged} unchanged
            {shown.removed ? `, ${shown.removed} removed (value 0)` : ''}.
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {done ? 'Close' : 'Cancel'}
          </Button>
          {!done && (
            <Button
              variant="light"
              disabled={!csv.trim()}
              loading={importCsv.isPending && !checked}
              onClick={() => run(true)}
            >
              Check
            </Button>
          )}
          {!done && (
            <Button
              disabled={!checked || checked.problems.length > 0}
              loading={importCsv.isPending && Boolean(checked)}
              onClick={() => run(false)}
            >
              Import
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
