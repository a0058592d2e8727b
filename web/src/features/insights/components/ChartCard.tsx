import { ActionIcon, Group, Paper, Text, Title, Tooltip } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { downloadCsv } from './chartData.ts';

/** A card holding one chart, with its title and a button that downloads the chart's data as CSV. */
export function ChartCard({
  title,
  description,
  csvName,
  csvRows,
  children,
}: {
  title: string;
  description?: string;
  csvName: string;
  csvRows: Record<string, string | number>[];
  children: ReactNode;
}) {
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label={title}>
      <Group justify="space-between" mb="sm" wrap="nowrap" align="flex-start">
        <div>
          <Title order={2} size="h5">
            {title}
          </Title>
          {description && (
            <Text size="xs" c="dimmed">
              {description}
            </Text>
          )}
        </div>
        <Tooltip label="Download the data as CSV">
          <ActionIcon
            variant="subtle"
            aria-label={`Download ${title.toLowerCase()} as CSV`}
            disabled={csvRows.length === 0}
            onClick={() => downloadCsv(csvName, csvRows)}
          >
            <IconDownload size={16} />
          </ActionIcon>
        </Tooltip>
      </Group>
      {children}
    </Paper>
  );
}

/** What a chart card says when its chart has nothing to show. */
export const Nothing = ({ children }: { children: ReactNode }) => (
  <Text c="dimmed" size="sm" py="md" ta="center">
    {children}
  </Text>
);
