import '@mantine/charts/styles.css';
import { Sparkline } from '@mantine/charts';
import { Button, Group, NumberInput, Paper, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import {
  measureLabels,
  type OutsideKind,
  outsideKindLabels,
  outsideKinds,
} from '@shared/schemas/insights.ts';
import { IconChartLine } from '@tabler/icons-react';
import { useState } from 'react';
import { ApiError } from '../../../api/client.ts';
import { DateField } from '../../../components/DateField.tsx';
import { QueryState } from '../../../components/QueryState.tsx';
import { useAssetEngagement, useOutsideNumberMutations } from '../hooks/useInsights.ts';
import { duration, everyDay, isoDay, measuresWithData } from './chartData.ts';

/** Enter one number from outside for a day (replacing the day's number of that kind). */
function OutsideNumberForm({ assetId }: { assetId: string }) {
  const { set } = useOutsideNumberMutations();
  const [kind, setKind] = useState<OutsideKind>('video_view');
  const [date, setDate] = useState(isoDay(new Date()));
  const [value, setValue] = useState<string | number>('');
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(date) && Number.isInteger(Number(value)) && value !== '';
  return (
    <Stack gap={6}>
      <Text size="sm" fw={500}>
        Add a number from outside
      </Text>
      <Group gap="xs" align="flex-end" wrap="wrap">
        <Select
          label="Counts"
          size="xs"
          w={170}
          allowDeselect={false}
          value={kind}
          onChange={(next) => next && setKind(next as OutsideKind)}
          data={outsideKinds.map((name) => ({ value: name, label: outsideKindLabels[name] }))}
        />
        <DateField
          label="Day"
          size="xs"
          w={150}
          clearable={false}
          value={date}
          onChange={(next) => next && setDate(next)}
        />
        <NumberInput
          label="Number"
          size="xs"
          w={100}
          min={0}
          allowDecimal={false}
          thousandSeparator=","
          value={value}
          onChange={setValue}
        />
        <Button
          size="xs"
          disabled={!valid}
          loading={set.isPending}
          onClick={() =>
            set.mutate(
              { id: assetId, numbers: [{ kind, date, value: Number(value) }] },
              { onSuccess: () => setValue('') },
            )
          }
        >
          Save
        </Button>
      </Group>
    </Stack>
  );
}

/** The asset's engagement over the last 90 days, and (for editors) where to enter outside numbers. */
export function AssetEngagementPanel({
  assetId,
  editor,
  title = 'Engagement, last 90 days',
}: {
  assetId: string;
  editor: boolean;
  title?: string;
}) {
  const engagement = useAssetEngagement(assetId);
  // An asset the reader may not see (a requester and a draft): nothing to show, not an error.
  if (engagement.error instanceof ApiError && engagement.error.status === 404) return null;
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="section"
      aria-label={title === 'Engagement, last 90 days' ? 'Engagement' : title}
    >
      <Group gap={6} mb="sm">
        <IconChartLine size={18} />
        <Title order={2} size="h5">
          {title}
        </Title>
      </Group>
      <QueryState query={engagement} rows={2}>
        {(data) => {
          const shown = measuresWithData(data.totals);
          const days = everyDay(data.from, data.to, data.days);
          return (
            <Stack gap="sm">
              {shown.length === 0 ? (
                <Text size="sm" c="dimmed">
                  No views, visits or downloads yet.
                </Text>
              ) : (
                <>
                  <SimpleGrid cols={2} spacing="xs">
                    {shown.map((name) => (
                      <div key={name}>
                        <Text size="xs" c="dimmed">
                          {measureLabels[name]}
                        </Text>
                        <Text fw={700}>{data.totals[name].toLocaleString()}</Text>
                      </div>
                    ))}
                    {data.timeOnPageSeconds > 0 && (
                      <div>
                        <Text size="xs" c="dimmed">
                          Time on share pages
                        </Text>
                        <Text fw={700}>{duration(data.timeOnPageSeconds)}</Text>
                      </div>
                    )}
                  </SimpleGrid>
                  <Sparkline
                    role="img"
                    aria-label="Engagement per day over the last 90 days"
                    h={48}
                    data={days.map((point) => shown.reduce((sum, name) => sum + point[name], 0))}
                    curveType="monotone"
                    color="indigo"
                    fillOpacity={0.3}
                    strokeWidth={1.5}
                  />
                </>
              )}
              {editor && <OutsideNumberForm assetId={assetId} />}
            </Stack>
          );
        }}
      </QueryState>
    </Paper>
  );
}
