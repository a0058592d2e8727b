import { Badge, Group } from '@mantine/core';
import {
  type AssetStatus,
  assetStatusLabels,
  type Freshness,
  freshnessLabels,
  type Visibility,
} from '@shared/library.ts';

const freshnessColor: Record<Freshness, string> = { fresh: 'teal', expiring: 'yellow', expired: 'red' };
const statusColor: Record<AssetStatus, string> = {
  draft: 'gray',
  in_review: 'blue',
  published: 'indigo',
  archived: 'dark',
};

/** Format, visibility, status and freshness at a glance. */
export function AssetBadges(props: {
  format?: string | null;
  visibility: Visibility;
  status: AssetStatus;
  freshness: Freshness;
}) {
  return (
    <Group gap={6}>
      {props.format && (
        <Badge variant="light" color="violet">
          {props.format}
        </Badge>
      )}
      <Badge variant="outline" color={props.visibility === 'external' ? 'teal' : 'orange'}>
        {props.visibility === 'external' ? 'External' : 'Internal only'}
      </Badge>
      {props.status !== 'published' && (
        <Badge variant="light" color={statusColor[props.status]}>
          {assetStatusLabels[props.status]}
        </Badge>
      )}
      {props.freshness !== 'fresh' && (
        <Badge variant="light" color={freshnessColor[props.freshness]}>
          {freshnessLabels[props.freshness]}
        </Badge>
      )}
    </Group>
  );
}
