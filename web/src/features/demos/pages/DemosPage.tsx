import { Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconBox, IconGitCommit, IconHeartbeat } from '@tabler/icons-react';
import { useSearchParams } from 'react-router';
import { usePageTitle } from '../../shell/hooks/usePageTitle.ts';
import { CataloguePanel } from '../components/CataloguePanel.tsx';
import { FreshnessPanel } from '../components/FreshnessPanel.tsx';
import { ReleasesPanel } from '../components/ReleasesPanel.tsx';

/** Demos: the freshness view, the releases that feed it, and the product catalogue trails point at. */
export function DemosPage() {
  usePageTitle('Demos');
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') ?? 'freshness';
  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>Demos</Title>
          <Text c="dimmed" size="sm">
            Which demos a release makes stale, how much it matters, and what is being done about it.
          </Text>
        </div>
      </Group>
      <Tabs value={tab} onChange={(value) => setParams(value === 'freshness' ? {} : { tab: value ?? '' })}>
        <Tabs.List>
          <Tabs.Tab value="freshness" leftSection={<IconHeartbeat size={16} />}>
            Freshness
          </Tabs.Tab>
          <Tabs.Tab value="releases" leftSection={<IconGitCommit size={16} />}>
            Releases
          </Tabs.Tab>
          <Tabs.Tab value="catalogue" leftSection={<IconBox size={16} />}>
            Product catalogue
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="freshness" pt="md">
          <FreshnessPanel />
        </Tabs.Panel>
        <Tabs.Panel value="releases" pt="md">
          <ReleasesPanel />
        </Tabs.Panel>
        <Tabs.Panel value="catalogue" pt="md">
          <CataloguePanel />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
