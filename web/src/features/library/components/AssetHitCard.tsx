import { Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import type { AssetHit } from '@shared/schemas/library.ts';
import { Link } from 'react-router';
import { DateTime } from '../../../components/DateTime.tsx';
import { AssetBadges } from './AssetBadges.tsx';
import { Snippet } from './Snippet.tsx';

/** One search result. */
export function AssetHitCard({ hit }: { hit: AssetHit }) {
  return (
    <Paper withBorder radius="md" p="md" component="article" aria-label={hit.title}>
      <Stack gap={6}>
        <Anchor component={Link} to={`/library/assets/${hit.id}`} fw={600} size="lg" underline="hover">
          {hit.title}
        </Anchor>
        <AssetBadges
          format={hit.format?.name}
          visibility={hit.visibility}
          status={hit.status}
          freshness={hit.freshness}
        />
        <Snippet parts={hit.snippet} />
        <Group gap="md">
          {hit.owner && (
            <Text size="xs" c="dimmed">
              Owner: {hit.owner.name}
            </Text>
          )}
          {hit.publishedOn && <DateTime value={hit.publishedOn} prefix="Published" size="xs" c="dimmed" />}
          <Text size="xs" c="dimmed">
            {hit.viewCount} {hit.viewCount === 1 ? 'view' : 'views'}
          </Text>
        </Group>
      </Stack>
    </Paper>
  );
}
