import '@mantine/charts/styles.css';
import { AreaChart } from '@mantine/charts';
import {
  Badge,
  Button,
  Card,
  Group,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { can } from '@shared/roles.ts';
import { type Insights, type Measure, measureLabels, measures } from '@shared/schemas/insights.ts';
import { IconChartBar, IconFileImport } from '@tabler/icons-react';
import { type ReactNode, useMemo, useState } from 'react';
import { QueryState } from '../../../components/QueryState.tsx';
import { useSession } from '../../auth/hooks/useSession.ts';
import { useTerms } from '../../settings/hooks/useTerms.ts';
import { usePageTitle } from '../../shell/hooks/usePageTitle.ts';
import { ChartCard, Nothing } from '../components/ChartCard.tsx';
import { duration, everyDay, measureColor, measureLabel, measuresWithData } from '../components/chartData.ts';
import { ImportOutsideNumbersModal } from '../components/ImportOutsideNumbersModal.tsx';
import { InsightsTabs } from '../components/InsightsTabs.tsx';
import { Ranking } from '../components/Ranking.tsx';
import { useInsights } from '../hooks/useInsights.ts';
import { useRange } from '../hooks/useRange.ts';

const number = (value: number) => value.toLocaleString();

function Rankings({ data, measure }: { data: Insights; measure: Measure | undefined }) {
  const [by, setBy] = useState<'bySolution' | 'byFormat' | 'byPersona'>('bySolution');
  const groups = { bySolution: 'Solution', byFormat: 'Format', byPersona: 'Persona' } as const;
  const counted = measure ? measureLabels[measure].toLowerCase() : 'engagement';
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }}>
      <ChartCard
        title="Top assets"
        csvName={`top-assets-${data.from}-${data.to}`}
        csvRows={data.topAssets.map((row) => ({
          asset: row.name,
          format: row.formatName ?? '',
          [counted]: row.total,
        }))}
      >
        {data.topAssets.length === 0 ? (
          <Nothing>No asset has {counted} in this range.</Nothing>
        ) : (
          <Ranking
            label={`Assets by ${counted}`}
            color="indigo"
            rows={data.topAssets.map((row) => ({ ...row, detail: row.formatName }))}
          />
        )}
      </ChartCard>
      <ChartCard
        title={`By ${groups[by].toLowerCase()}`}
        csvName={`${by}-${data.from}-${data.to}`}
        csvRows={data[by].map((row) => ({ [groups[by].toLowerCase()]: row.name, [counted]: row.total }))}
      >
        <SegmentedControl
          size="xs"
          mb="sm"
          value={by}
          onChange={(value) => setBy(value as typeof by)}
          data={Object.entries(groups).map(([value, label]) => ({ value, label }))}
          aria-label="Group engagement by"
        />
        {data[by].length === 0 ? (
          <Nothing>
            Nothing tagged with a {groups[by].toLowerCase()} has {counted} in this range.
          </Nothing>
        ) : (
          <Ranking label={`${groups[by]}s by ${counted}`} color="teal" rows={data[by]} />
        )}
      </ChartCard>
    </SimpleGrid>
  );
}

interface Column<Row> {
  label: string;
  numeric?: boolean;
  cell: (row: Row) => ReactNode;
}

/** An activity table: a header of columns (numbers right-aligned) and a row per entry. */
function ActivityTable<Row>({
  label,
  rows,
  rowKey,
  columns,
}: {
  label: string;
  rows: Row[];
  rowKey: (row: Row) => string;
  columns: Column<Row>[];
}) {
  return (
    <Table.ScrollContainer minWidth={420}>
      <Table verticalSpacing={6} aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => (
              <Table.Th key={column.label} ta={column.numeric ? 'right' : undefined}>
                {column.label}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={rowKey(row)}>
              {columns.map((column) => (
                <Table.Td key={column.label} ta={column.numeric ? 'right' : undefined}>
                  {column.cell(row)}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

type Account = Insights['accounts'][number];
type Recipient = Insights['recipients'][number];

const accountColumns: Column<Account>[] = [
  {
    label: 'Company',
    cell: (row) => (
      <Group gap={6}>
        {row.name}
        {row.thisWeek > 0 && (
          <Badge size="xs" color="red" variant="light">
            Hot
          </Badge>
        )}
      </Group>
    ),
  },
  { label: 'Last 7 days', numeric: true, cell: (row) => number(row.thisWeek) },
  { label: 'Visits', numeric: true, cell: (row) => number(row.visits) },
  { label: 'Time', numeric: true, cell: (row) => duration(row.seconds) },
  { label: 'Last visit', cell: (row) => row.lastDay },
];

const recipientColumns: Column<Recipient>[] = [
  {
    label: 'Recipient',
    cell: (row) => (
      <>
        <Text size="sm">{row.name || row.email}</Text>
        <Text size="xs" c="dimmed">
          {row.email} · {row.account}
        </Text>
      </>
    ),
  },
  { label: 'Visits', numeric: true, cell: (row) => number(row.visits) },
  { label: 'Time', numeric: true, cell: (row) => duration(row.seconds) },
  { label: 'Last visit', cell: (row) => row.lastDay },
];

function ShareActivity({ data }: { data: Insights }) {
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }}>
      <ChartCard
        title="Companies"
        csvName={`companies-${data.from}-${data.to}`}
        csvRows={data.accounts.map((row) => ({
          company: row.name,
          visits_last_7_days: row.thisWeek,
          visits: row.visits,
          seconds_on_page: row.seconds,
          downloads: row.downloads,
          last_visit: row.lastDay,
        }))}
      >
        {data.accounts.length === 0 ? (
          <Nothing>No share link was opened in this range.</Nothing>
        ) : (
          <ActivityTable
            label="Share-link activity per company, hottest this week first"
            rows={data.accounts}
            rowKey={(row) => row.name}
            columns={accountColumns}
          />
        )}
      </ChartCard>
      <ChartCard
        title="Recipients"
        csvName={`recipients-${data.from}-${data.to}`}
        csvRows={data.recipients.map((row) => ({
          name: row.name,
          email: row.email,
          company: row.account,
          visits: row.visits,
          seconds_on_page: row.seconds,
          last_visit: row.lastDay,
        }))}
      >
        {data.recipients.length === 0 ? (
          <Nothing>No named recipient opened a link in this range.</Nothing>
        ) : (
          <ActivityTable
            label="Share-link activity per recipient"
            rows={data.recipients}
            rowKey={(row) => row.email}
            columns={recipientColumns}
          />
        )}
      </ChartCard>
    </SimpleGrid>
  );
}

function Overview({ data, measure }: { data: Insights; measure: Measure | undefined }) {
  const shown = measuresWithData(data.totals);
  const series = (measure ? [measure] : shown).map((name) => ({
    name,
    label: measureLabel(name),
    color: measureColor(name),
  }));
  const days = useMemo(() => everyDay(data.from, data.to, data.days), [data]);
  if (shown.length === 0 && data.timeOnPageSeconds === 0)
    return (
      <Card withBorder p="xl" radius="md" ta="center">
        <Stack align="center" gap="xs">
          <IconChartBar size={32} stroke={1.5} />
          <Text fw={600}>No engagement in this range yet</Text>
          <Text c="dimmed" size="sm" maw={520}>
            Views in Showcase, share-link visits and downloads are counted as they happen. Numbers from
            YouTube, the blog or a webinar tool can be entered on an asset or imported from a spreadsheet.
          </Text>
        </Stack>
      </Card>
    );
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }}>
        {shown.map((name) => (
          <Paper key={name} withBorder radius="md" p="sm">
            <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
              {measureLabels[name]}
            </Text>
            <Text fz={26} fw={700}>
              {number(data.totals[name])}
            </Text>
          </Paper>
        ))}
        {data.timeOnPageSeconds > 0 && (
          <Paper withBorder radius="md" p="sm">
            <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
              Time on share pages
            </Text>
            <Text fz={26} fw={700}>
              {duration(data.timeOnPageSeconds)}
            </Text>
          </Paper>
        )}
      </SimpleGrid>
      <ChartCard
        title="Engagement over time"
        csvName={`engagement-${data.from}-${data.to}`}
        csvRows={days.map((point) => ({
          day: point.day,
          ...Object.fromEntries(measures.map((name) => [measureLabels[name], point[name]])),
        }))}
      >
        <AreaChart
          h={260}
          data={days}
          dataKey="day"
          series={series}
          curveType="monotone"
          withLegend
          withDots={false}
          tickLine="none"
          gridAxis="y"
          valueFormatter={number}
          aria-label="Engagement per day"
        />
      </ChartCard>
      <Rankings data={data} measure={measure} />
      <ShareActivity data={data} />
    </Stack>
  );
}

/** The filters of the page: each narrows to the assets tagged with one term of its kind. */
const filters = [
  { kind: 'solution', label: 'Solution' },
  { kind: 'format', label: 'Format' },
  { kind: 'persona', label: 'Persona' },
] as const;

/** Engagement across the library: over time, top assets, by solution, format and persona, and share-link activity. */
export function InsightsPage() {
  usePageTitle('Insights');
  const session = useSession();
  const { from, to, preset, presets, choose, params, setParams } = useRange();
  const [importing, setImporting] = useState(false);
  const measure = (measures as readonly string[]).includes(params.get('measure') ?? '')
    ? (params.get('measure') as Measure)
    : undefined;
  const query = new URLSearchParams(params);
  query.set('from', from);
  query.set('to', to);
  const insights = useInsights(query.toString());
  const terms = useTerms();
  const options = (kind: string) =>
    (terms.data ?? [])
      .filter((term) => term.kind === kind && !term.archived)
      .map((term) => ({ value: term.id, label: term.name }));
  const update = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>Insights</Title>
          <Text c="dimmed" size="sm">
            Views, visits, downloads and numbers from outside, for every asset you can see.
          </Text>
        </div>
        {can(session.data?.user.role, 'library.import') && (
          <Button
            variant="light"
            leftSection={<IconFileImport size={16} />}
            onClick={() => setImporting(true)}
          >
            Import outside numbers
          </Button>
        )}
      </Group>
      <InsightsTabs />
      <Group gap="sm" align="flex-end">
        <SegmentedControl
          aria-label="Date range"
          value={preset ?? ''}
          onChange={choose}
          data={presets.map(({ value, label }) => ({ value, label }))}
        />
        <Select
          label="Count"
          size="xs"
          w={200}
          value={measure ?? null}
          placeholder="Everything"
          clearable
          onChange={(value) => update('measure', value)}
          data={measures.map((name) => ({ value: name, label: measureLabels[name] }))}
        />
        {filters.map(({ kind, label }) => (
          <Select
            key={kind}
            label={label}
            size="xs"
            w={180}
            clearable
            searchable
            placeholder="All"
            value={params.get(`${kind}Id`)}
            onChange={(value) => update(`${kind}Id`, value)}
            data={options(kind)}
          />
        ))}
      </Group>
      <QueryState query={insights} rows={6}>
        {(data) => <Overview data={data} measure={measure} />}
      </QueryState>
      <ImportOutsideNumbersModal opened={importing} onClose={() => setImporting(false)} />
    </Stack>
  );
}
