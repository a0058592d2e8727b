import '@mantine/charts/styles.css';
import { BarChart, DonutChart, LineChart } from '@mantine/charts';
import { Group, Progress, SegmentedControl, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { Work } from '@shared/schemas/insights.ts';
import { QueryState } from '../../../components/QueryState.tsx';
import { usePageTitle } from '../../shell/hooks/usePageTitle.ts';
import { ChartCard, Nothing } from '../components/ChartCard.tsx';
import { InsightsTabs } from '../components/InsightsTabs.tsx';
import { useWork } from '../hooks/useInsights.ts';
import { useRange } from '../hooks/useRange.ts';

const number = (value: number) => value.toLocaleString();
const percent = (value: number | null) => (value === null ? '—' : `${Math.round(value)} %`);

/** Requests each team filed in the range: reviewed within the two-day SLA, late, still within it. */
function RequestsByTeam({ data }: { data: Work }) {
  const rows = data.requests;
  const received = rows.reduce((sum, row) => sum + row.received, 0);
  const inSla = rows.reduce((sum, row) => sum + row.reviewedInSla, 0);
  const due = rows.reduce((sum, row) => sum + row.reviewedInSla + row.late, 0);
  return (
    <ChartCard
      title="Requests by team"
      description={
        received === 0
          ? undefined
          : `${number(received)} received · ${due === 0 ? 'none due for review yet' : `${Math.round((inSla / due) * 100)} % of those due reviewed within the two-day SLA`}`
      }
      csvName={`requests-by-team-${data.from}-${data.to}`}
      csvRows={rows.map((row) => ({
        team: row.team,
        received: row.received,
        reviewed_within_sla: row.reviewedInSla,
        reviewed_late_or_overdue: row.late,
        awaiting_review: row.awaitingReview,
        answered_with_existing_content: row.answeredWithExisting,
        delivered: row.delivered,
      }))}
    >
      {rows.length === 0 ? (
        <Nothing>No request was filed in this range.</Nothing>
      ) : (
        <Stack gap="md">
          <BarChart
            h={Math.max(160, rows.length * 44)}
            data={rows}
            dataKey="team"
            orientation="vertical"
            type="stacked"
            yAxisProps={{ width: 140 }}
            series={[
              { name: 'reviewedInSla', label: 'Reviewed within SLA', color: 'teal.6' },
              { name: 'late', label: 'Late', color: 'red.6' },
              { name: 'awaitingReview', label: 'Awaiting review', color: 'gray.5' },
            ]}
            withLegend
            gridAxis="x"
            valueFormatter={number}
            role="img"
            aria-label="Requests per team by review within the SLA"
          />
          <Table.ScrollContainer minWidth={420}>
            <Table verticalSpacing={6} aria-label="Requests served per team">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Team</Table.Th>
                  <Table.Th ta="right">Received</Table.Th>
                  <Table.Th ta="right">Within SLA</Table.Th>
                  <Table.Th ta="right">Answered with existing content</Table.Th>
                  <Table.Th ta="right">Delivered</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row) => {
                  const rowDue = row.reviewedInSla + row.late;
                  return (
                    <Table.Tr key={row.teamId ?? 'none'}>
                      <Table.Td>{row.team}</Table.Td>
                      <Table.Td ta="right">{number(row.received)}</Table.Td>
                      <Table.Td ta="right">
                        {rowDue === 0 ? '—' : percent((row.reviewedInSla / rowDue) * 100)}
                      </Table.Td>
                      <Table.Td ta="right">{number(row.answeredWithExisting)}</Table.Td>
                      <Table.Td ta="right">{number(row.delivered)}</Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Stack>
      )}
    </ChartCard>
  );
}

/** Each team's budget for the quarter and what its requests have used of it. */
function BudgetUse({ data }: { data: Work }) {
  const used = data.budget.filter((row) => row.spent > 0 || row.requests > 0);
  const unused = data.budget.filter((row) => !(row.spent > 0 || row.requests > 0));
  return (
    <ChartCard
      title={`Budget use, ${data.quarter.replace('-', ' ')}`}
      description="Points the teams’ requests this quarter have committed of their budgets"
      csvName={`budget-use-${data.quarter}`}
      csvRows={data.budget.map((row) => ({
        team: row.team,
        budget_points: row.budget,
        spent_points: row.spent,
        requests: row.requests,
      }))}
    >
      {data.budget.length === 0 ? (
        <Nothing>No team has a budget for this quarter. Budgets are set per team in the settings.</Nothing>
      ) : (
        <Stack gap="sm">
          {used.map((row) => {
            const share = row.budget > 0 ? row.spent / row.budget : 0;
            return (
              <div key={row.teamId}>
                <Group justify="space-between" gap="xs">
                  <Text size="sm" fw={500}>
                    {row.team}
                  </Text>
                  <Text size="sm" c={share > 1 ? 'red.8' : 'dimmed'}>
                    {number(row.spent)} of {number(row.budget)} points · {row.requests}{' '}
                    {row.requests === 1 ? 'request' : 'requests'}
                  </Text>
                </Group>
                <Progress
                  value={Math.min(100, share * 100)}
                  color={share > 1 ? 'red' : share > 0.85 ? 'orange' : 'indigo'}
                  aria-label={`${row.team}: ${Math.round(share * 100)} % of the budget used`}
                />
              </div>
            );
          })}
          {unused.length > 0 && (
            <Text size="xs" c="dimmed">
              {used.length === 0
                ? 'No team has'
                : `${unused.length} more ${unused.length === 1 ? 'team has' : 'teams have'}`}{' '}
              used nothing of {used.length === 0 ? 'its budget' : 'their budgets'} yet:{' '}
              {unused.map((row) => row.team).join(', ')}.
            </Text>
          )}
        </Stack>
      )}
    </ChartCard>
  );
}

const freshnessStates = [
  { key: 'fresh', label: 'Fresh', color: 'teal.6' },
  { key: 'flagged', label: 'Flagged by a release', color: 'red.6' },
  { key: 'update_requested', label: 'Update requested', color: 'orange.6' },
  { key: 'being_updated', label: 'Being updated', color: 'indigo.5' },
] as const;

/** The demo catalogue now by freshness state, and the share fresh at the end of each week. */
function DemoFreshness({ data }: { data: Work }) {
  const slices = freshnessStates.map((state) => ({
    name: state.label,
    value: data.demos[state.key],
    color: state.color,
  }));
  const total = slices.reduce((sum, slice) => sum + slice.value, 0);
  const weeks = data.freshByWeek.filter((point) => point.value !== null);
  return (
    <ChartCard
      title="Demo freshness"
      description="Demos by state now; the line is the share of published demos fresh at each week’s end"
      csvName={`demo-freshness-${data.from}-${data.to}`}
      csvRows={[
        ...slices.map((slice) => ({ when: 'now', measure: slice.name, value: slice.value })),
        ...weeks.map((point) => ({
          when: point.day,
          measure: 'Share fresh (%)',
          value: Math.round(point.value ?? 0),
        })),
      ]}
    >
      {total === 0 ? (
        <Nothing>No demo in the catalogue yet.</Nothing>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Stack align="center" gap="xs">
            <DonutChart
              data={slices.filter((slice) => slice.value > 0)}
              withLabelsLine={false}
              chartLabel={`${data.demos.fresh} of ${total} fresh`}
              size={150}
              thickness={22}
              role="img"
              aria-label="Demos by freshness state"
            />
            <Stack gap={2}>
              {slices.map((slice) => (
                <Text key={slice.name} size="xs">
                  <Text span c={slice.color} fw={700} aria-hidden>
                    ●
                  </Text>{' '}
                  {slice.name}: {number(slice.value)}
                </Text>
              ))}
            </Stack>
          </Stack>
          {weeks.length < 2 ? (
            <Nothing>The weekly trend shows once the range spans two weeks.</Nothing>
          ) : (
            <LineChart
              h={200}
              data={weeks}
              dataKey="day"
              series={[{ name: 'value', label: 'Fresh', color: 'teal.6' }]}
              yAxisProps={{ domain: [0, 100] }}
              valueFormatter={(value) => `${Math.round(value)} %`}
              curveType="monotone"
              gridAxis="y"
              role="img"
              aria-label="Share of published demos fresh at the end of each week"
            />
          )}
        </SimpleGrid>
      )}
    </ChartCard>
  );
}

/** The team's work: requests served per team against the review SLA, budget use, demo freshness. */
export function WorkPage() {
  usePageTitle('Team work');
  const { from, to, preset, presets, choose } = useRange();
  const work = useWork(from, to);
  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>Insights</Title>
        <Text c="dimmed" size="sm">
          How the team served requests, what the budgets went to, and how fresh the demos are.
        </Text>
      </div>
      <InsightsTabs />
      <SegmentedControl
        aria-label="Date range"
        value={preset ?? ''}
        onChange={choose}
        data={presets.map(({ value, label }) => ({ value, label }))}
        style={{ alignSelf: 'flex-start' }}
      />
      <QueryState query={work} rows={6}>
        {(data) => (
          <Stack gap="md">
            <RequestsByTeam data={data} />
            <SimpleGrid cols={{ base: 1, lg: 2 }}>
              <BudgetUse data={data} />
              <DemoFreshness data={data} />
            </SimpleGrid>
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
