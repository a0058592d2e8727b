import {
  Alert,
  Badge,
  Button,
  FileButton,
  Group,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { type PlanImportResult, planImportFields } from '@shared/schemas/plan.ts';
import { IconFileUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { usePageTitle } from '../../shell/hooks/usePageTitle.ts';
import { PlanTabs } from '../components/PlanTabs.tsx';
import { usePlanMutations } from '../hooks/usePlan.ts';

const fieldLabels: Record<string, string> = {
  title: 'Title',
  format: 'Format',
  owner: 'Owner (name or email)',
  solution: 'Solution',
  quarter: 'Quarter',
  startDate: 'Start date',
  dueDate: 'Due (publish) date',
  status: 'Status',
  notes: 'Notes',
  ignore: 'Ignore this column',
};
const actionColors = { create: 'teal', update: 'indigo', refuse: 'red' } as const;

/**
 * Imports a content-plan spreadsheet exported as CSV: the file is dry-run first, each column
 * mapped to a plan field (your last mapping, else guessed from the headings), and only a file
 * without refused rows is imported, all of it or nothing.
 */
export function PlanImportPage() {
  usePageTitle('Import a plan');
  const { importPlan } = usePlanMutations();
  const [content, setContent] = useState('');
  const [mapping, setMapping] = useState<Record<string, string> | undefined>();
  const [result, setResult] = useState<PlanImportResult | null>(null);

  const run = (dryRun: boolean, nextMapping = mapping) =>
    importPlan.mutate(
      {
        content,
        dryRun,
        mapping: nextMapping as Record<string, (typeof planImportFields)[number] | 'ignore'>,
      },
      {
        onSuccess: (answer) => {
          setResult(answer);
          setMapping(answer.mapping);
        },
      },
    );

  return (
    <Stack gap="md">
      <Title order={1}>Plan</Title>
      <PlanTabs />
      <Text size="sm" c="dimmed">
        Export the spreadsheet as CSV with a heading row. A row whose title is already planned in its quarter
        updates that entry; nothing is stored while any row is refused.
      </Text>
      <Group>
        <FileButton
          accept=".csv,text/csv"
          onChange={async (file) => {
            if (!file) return;
            setContent(await file.text());
            setMapping(undefined);
            setResult(null);
          }}
        >
          {(props) => (
            <Button variant="light" leftSection={<IconFileUpload size={16} />} {...props}>
              Choose a CSV file
            </Button>
          )}
        </FileButton>
      </Group>
      <Textarea
        label="Or paste the CSV"
        autosize
        minRows={4}
        maxRows={12}
        value={content}
        onChange={(event) => {
          setContent(event.currentTarget.value);
          setResult(null);
        }}
        error={
          importPlan.error && 'fields' in importPlan.error ? (importPlan.error as Error).message : undefined
        }
      />
      <Group>
        <Button onClick={() => run(true)} disabled={!content} loading={importPlan.isPending}>
          Check (dry run)
        </Button>
      </Group>
      {result && (
        <Stack gap="md">
          <Title order={2} size="h4">
            Columns
          </Title>
          <Table aria-label="Column mapping" withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Column in the file</Table.Th>
                <Table.Th>Plan field</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {result.columns.map((column) => (
                <Table.Tr key={column}>
                  <Table.Td>{column}</Table.Td>
                  <Table.Td>
                    <Select
                      aria-label={`Field for ${column}`}
                      size="xs"
                      allowDeselect={false}
                      data={[...planImportFields, 'ignore'].map((field) => ({
                        value: field,
                        label: fieldLabels[field] ?? field,
                      }))}
                      value={mapping?.[column] ?? 'ignore'}
                      onChange={(value) => {
                        const next = { ...mapping, [column]: value ?? 'ignore' };
                        setMapping(next);
                        run(true, next);
                      }}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Alert
            color={result.applied ? 'teal' : result.refused ? 'red' : 'indigo'}
            title={
              result.applied
                ? 'Imported'
                : result.dryRun
                  ? 'Dry run: nothing stored'
                  : 'Not imported: fix the refused rows'
            }
          >
            {result.created} to create, {result.updated} to update, {result.refused} refused.
          </Alert>
          {!result.applied && result.refused === 0 && (
            <Group>
              <Button color="teal" onClick={() => run(false)} loading={importPlan.isPending}>
                Import {result.created + result.updated} rows
              </Button>
            </Group>
          )}
          <Table aria-label="Rows" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Line</Table.Th>
                <Table.Th>Title</Table.Th>
                <Table.Th>Outcome</Table.Th>
                <Table.Th>Problems</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {result.rows.map((row) => (
                <Table.Tr key={row.row}>
                  <Table.Td>{row.row}</Table.Td>
                  <Table.Td>{row.title}</Table.Td>
                  <Table.Td>
                    <Badge color={actionColors[row.action]} variant="light">
                      {row.action === 'refuse' ? 'Refused' : row.action === 'create' ? 'Create' : 'Update'}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    {Object.entries(row.errors).map(([column, message]) => (
                      <Text key={column} size="xs" c="red">
                        {column}: {message}
                      </Text>
                    ))}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      )}
    </Stack>
  );
}
