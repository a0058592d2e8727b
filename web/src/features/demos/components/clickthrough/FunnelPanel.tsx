import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Group, Select, SimpleGrid, Skeleton, Stack, Table, Text } from '@mantine/core';
import { fillTokens } from '@shared/clickthrough.ts';
import type { Funnel } from '@shared/schemas/clickthrough-events.ts';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { apiClient } from '../../../../api/client.ts';
import { DateField } from '../../../../components/DateField.tsx';
import { ChartCard, Nothing } from '../../../insights/components/ChartCard.tsx';
import { clickThroughKey } from '../../hooks/useClickThrough.ts';

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
const seconds = (ms: number | null) =>
  ms === null ? '—' : ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 1000)} s`;
const percent = (value: number) => `${Math.round(value * 100)} %`;

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="xl">
        {value}
      </Text>
    </Stack>
  );
}

/**
 * How viewers went through a published version: how many reached each step and where they
 * stopped, completion, time per step and call-to-action clicks, over a date range.
 */
export function FunnelPanel({
  assetId,
  versions,
}: {
  assetId: string;
  versions: { id: string; number: number }[];
}) {
  const [versionId, setVersionId] = useState<string | null>(versions[0]?.id ?? null);
  const [from, setFrom] = useState<string | null>(daysAgo(90));
  const [to, setTo] = useState<string | null>(daysAgo(0));
  const funnel = useQuery({
    queryKey: [...clickThroughKey(assetId), 'funnel', versionId, from, to],
    queryFn: () =>
      apiClient.GET('/api/demos/{id}/click-through/funnel', {
        params: {
          path: { id: assetId },
          query: { versionId: versionId ?? undefined, from: from ?? undefined, to: to ?? undefined },
        },
      }),
    enabled: Boolean(versionId),
  });
  // JSON unless format=csv is asked for (the document lists both answers).
  const data = funnel.data as Funnel | undefined;
  // A title as a viewer without personalisation reads it ({{first_name|there}} → there).
  const titleOf = (step: Funnel['steps'][number]) =>
    `${step.position}. ${fillTokens(step.title, {}, {}) || 'Untitled'}`;
  const rows = (data?.steps ?? []).map((step) => ({
    step: titleOf(step),
    reached: step.reached,
    dropped: step.dropped,
    medianSeconds: step.medianMs === null ? '' : Math.round(step.medianMs / 100) / 10,
    ctaClicks: step.ctaClicks,
  }));
  return (
    <ChartCard
      title="How viewers went through it"
      description="Sessions of the chosen version that started in the date range. No cookies: a session is one visit of the player."
      csvName={`click-through-funnel-v${data?.version ?? ''}`}
      csvRows={rows}
    >
      <Group gap="sm" mb="md" align="flex-end">
        <Select
          label="Version"
          data={versions.map((version) => ({ value: version.id, label: `Version ${version.number}` }))}
          value={versionId}
          onChange={setVersionId}
          allowDeselect={false}
          w={150}
        />
        <DateField label="From" value={from} onChange={setFrom} w={170} />
        <DateField label="To" value={to} onChange={setTo} w={170} />
      </Group>
      {!versionId ? (
        <Nothing>Publish a version to see how viewers go through it.</Nothing>
      ) : funnel.isPending ? (
        <Skeleton h={260} aria-label="Loading the funnel" />
      ) : funnel.isError ? (
        <Nothing>{funnel.error.message}</Nothing>
      ) : !data || data.sessions === 0 ? (
        <Nothing>Nobody has played this version in these dates yet.</Nothing>
      ) : (
        <Stack gap="md">
          <SimpleGrid cols={{ base: 2, sm: 4 }}>
            <Figure label="Sessions" value={data.sessions.toLocaleString()} />
            <Figure
              label="Completed"
              value={`${data.completed.toLocaleString()} (${percent(data.completionRate)})`}
            />
            <Figure label="Call-to-action clicks" value={data.ctaClicks.toLocaleString()} />
            <Figure
              label="Dropped off most at"
              value={[...data.steps].sort((a, b) => b.dropped - a.dropped)[0]?.position.toString() ?? '—'}
            />
          </SimpleGrid>
          <BarChart
            h={Math.max(200, rows.length * 34)}
            data={rows}
            dataKey="step"
            orientation="vertical"
            yAxisProps={{ width: 200 }}
            series={[
              { name: 'reached', label: 'Reached the step', color: 'blue.6' },
              { name: 'dropped', label: 'Stopped there', color: 'red.6' },
            ]}
            withLegend
            gridAxis="x"
          />
          <Table.ScrollContainer minWidth={520}>
            <Table verticalSpacing={4} aria-label="The funnel step by step">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Step</Table.Th>
                  <Table.Th ta="right">Reached</Table.Th>
                  <Table.Th ta="right">Stopped there</Table.Th>
                  <Table.Th ta="right">Median time</Table.Th>
                  <Table.Th ta="right">CTA clicks</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.steps.map((step) => (
                  <Table.Tr key={step.stepId}>
                    <Table.Td>{titleOf(step)}</Table.Td>
                    <Table.Td ta="right">{step.reached.toLocaleString()}</Table.Td>
                    <Table.Td ta="right">{step.dropped.toLocaleString()}</Table.Td>
                    <Table.Td ta="right">{seconds(step.medianMs)}</Table.Td>
                    <Table.Td ta="right">{step.ctaClicks.toLocaleString()}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Stack>
      )}
    </ChartCard>
  );
}
