import {
  Alert,
  Anchor,
  AspectRatio,
  Badge,
  Button,
  Grid,
  Group,
  Image,
  Paper,
  Skeleton,
  Stack,
  Table,
  Text,
  Timeline,
  Title,
  Typography,
} from '@mantine/core';
import { isDemoFormat } from '@shared/demos.ts';
import { assetFieldLabel } from '@shared/library.ts';
import { can } from '@shared/roles.ts';
import type { Asset } from '@shared/schemas/library.ts';
import {
  IconAlertTriangle,
  IconExternalLink,
  IconHistory,
  IconPencil,
  IconPresentation,
} from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { lazy, type ReactNode, Suspense, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { apiClient } from '../../../api/client.ts';
import { DateTime } from '../../../components/DateTime.tsx';
import { useSession } from '../../auth/hooks/useSession.ts';
import { usePageTitle } from '../../shell/hooks/usePageTitle.ts';
import { AssetBadges } from '../components/AssetBadges.tsx';
import { RestoreVersionModal } from '../components/RestoreVersionModal.tsx';
import { useAsset, useAssetVersions, useRelatedAssets } from '../hooks/useLibrary.ts';
import { useRestoreVersion } from '../hooks/useLibraryMutations.ts';

// Engagement (with its charts) loads after the page itself.
const AssetEngagementPanel = lazy(() =>
  import('../../insights/components/AssetEngagementPanel.tsx').then((m) => ({
    default: m.AssetEngagementPanel,
  })),
);

// The Files panel brings the drop area along: it loads after the page itself.
const AssetFilesPanel = lazy(() =>
  import('../components/AssetFilesPanel.tsx').then((m) => ({ default: m.AssetFilesPanel })),
);

// The Distribution panel is for editors: its code loads only where it shows.
const DistributionPanel = lazy(() =>
  import('../../distribution/components/DistributionPanel.tsx').then((m) => ({
    default: m.DistributionPanel,
  })),
);

// The Share panel is for the few who share: its code loads only where it shows.
const SharePanel = lazy(() =>
  import('../../sharing/components/SharePanel.tsx').then((m) => ({ default: m.SharePanel })),
);

const names = (refs: { name: string }[]) => (refs.length ? refs.map((ref) => ref.name).join(', ') : '—');

function Metadata({ asset }: { asset: Asset }) {
  const rows: [string, ReactNode][] = [
    ['Deliverable type', asset.deliverableType?.name ?? '—'],
    ['Solutions', names(asset.solutions)],
    ['Use cases', names(asset.useCases)],
    ['Personas', names(asset.personas)],
    ['Buyer stage', asset.buyerStage?.name ?? '—'],
    ['Owner', asset.owner?.name ?? '—'],
    ['Contributors', names(asset.contributors)],
    ['Published', <DateTime key="published" value={asset.publishedOn} />],
    ['Expires', <DateTime key="expires" value={asset.expiresOn} />],
    ['Last verified', <DateTime key="verified" value={asset.lastVerifiedOn} />],
    ['Views', String(asset.viewCount)],
  ];
  if (asset.durationMinutes) rows.push(['Duration', `${asset.durationMinutes} min`]);
  if (asset.slideCount) rows.push(['Slides', String(asset.slideCount)]);
  if (asset.stepCount) rows.push(['Steps', String(asset.stepCount)]);
  if (asset.wordCount) rows.push(['Words', String(asset.wordCount)]);
  return (
    <Table withRowBorders={false} verticalSpacing={4} aria-label="Details">
      <Table.Tbody>
        {rows.map(([label, value]) => (
          <Table.Tr key={label}>
            <Table.Th w={130} fw={500} c="dimmed">
              {label}
            </Table.Th>
            <Table.Td>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** One asset: preview, metadata, lists, history with restore, and related assets. */
export function AssetPage() {
  const { id } = useParams();
  const session = useSession();
  const asset = useAsset(id);
  usePageTitle(asset.data?.title);
  const versions = useAssetVersions(id);
  const related = useRelatedAssets(id);
  const view = useMutation({
    mutationFn: (assetId: string) =>
      apiClient.POST('/api/assets/{id}/views', { params: { path: { id: assetId } } }),
  });
  const restore = useRestoreVersion(id);
  const [restoring, setRestoring] = useState<number | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: count one view per asset opened
  useEffect(() => {
    if (id) view.mutate(id);
  }, [id]);

  if (asset.isPending) return <Skeleton h={400} />;
  if (asset.isError)
    return (
      <Alert color="red" title="Cannot show this asset">
        {asset.error.message}
      </Alert>
    );
  const data = asset.data;
  // What the caller may do with this asset comes with it (shared/policies.ts; the API checks the
  // same): TMMs and admins edit and publish, they and the asset's owner share it.
  const editor = data.allowedActions.includes('edit');
  const publisher = data.allowedActions.includes('publish');
  const sharer = data.allowedActions.includes('share');

  return (
    <Stack gap="lg">
      <RestoreVersionModal
        assetId={data.id}
        version={restoring}
        onClose={() => setRestoring(null)}
        restoring={restore.isPending}
        onConfirm={(version) =>
          restore.mutate({ version, from: data.version }, { onSuccess: () => setRestoring(null) })
        }
      />
      <Group justify="space-between" align="flex-start">
        <Stack gap={6}>
          <Anchor component={Link} to="/library" size="sm">
            ← Library
          </Anchor>
          <Title order={1}>{data.title}</Title>
          <AssetBadges
            format={data.format?.name}
            visibility={data.visibility}
            status={data.status}
            freshness={data.freshness}
          />
        </Stack>
        <Group gap="xs">
          {data.primaryUrl && (
            <Button
              variant="default"
              component="a"
              href={data.primaryUrl}
              target="_blank"
              rel="noopener noreferrer"
              leftSection={<IconExternalLink size={16} />}
            >
              Open
            </Button>
          )}
          {isDemoFormat(data.format?.name) && can(session.data?.user.role, 'demos.read') && (
            <Button
              variant="light"
              component={Link}
              to={`/demos/${data.id}`}
              leftSection={<IconPresentation size={16} />}
            >
              Trail and storyboard
            </Button>
          )}
          {editor && (
            <Button
              component={Link}
              to={`/library/assets/${data.id}/edit`}
              leftSection={<IconPencil size={16} />}
            >
              Edit
            </Button>
          )}
        </Group>
      </Group>
      {data.warnings.length > 0 && (
        <Alert color="yellow" icon={<IconAlertTriangle size={18} />} title="Format rules">
          {data.warnings.map((warning) => (
            <Text key={warning.field} size="sm">
              {warning.message}
            </Text>
          ))}
        </Alert>
      )}
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="md">
            {data.embed && data.embed.kind !== 'image' && (
              <AspectRatio ratio={16 / 9}>
                <iframe
                  src={data.embed.src}
                  title={`${data.title} (video)`}
                  allowFullScreen
                  style={{ border: 0, borderRadius: 8 }}
                />
              </AspectRatio>
            )}
            {data.embed?.kind === 'image' && <Image src={data.embed.src} alt={data.title} radius="md" />}
            <Text size="lg">{data.summary}</Text>
            {data.keyTakeaway && (
              <Paper withBorder p="sm" radius="md" bg="var(--mantine-color-indigo-light)">
                <Text size="sm" fw={600}>
                  Key takeaway
                </Text>
                <Text size="sm">{data.keyTakeaway}</Text>
              </Paper>
            )}
            {data.bodyHtml && (
              <Typography>
                {/* Sanitized on the server (scripts, handlers and unsafe URLs removed). */}
                {/* biome-ignore lint/security/noDangerouslySetInnerHtml: server-sanitized Markdown */}
                <div dangerouslySetInnerHTML={{ __html: data.bodyHtml }} />
              </Typography>
            )}
            {data.links.length > 0 && (
              <Stack gap={4}>
                <Title order={2} size="h5">
                  Links
                </Title>
                {data.links.map((link) => (
                  <Anchor key={link.url} href={link.url} target="_blank" rel="noopener noreferrer" size="sm">
                    {link.label || link.kind}: {link.url}
                  </Anchor>
                ))}
              </Stack>
            )}
            {sharer && (
              <Suspense fallback={<Skeleton h={120} />}>
                <SharePanel assetId={data.id} />
              </Suspense>
            )}
            {publisher && (
              <Suspense fallback={<Skeleton h={160} />}>
                <DistributionPanel
                  assetId={data.id}
                  published={data.status === 'published'}
                  primaryUrl={data.primaryUrl}
                />
              </Suspense>
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="md">
            <Paper withBorder p="md" radius="md">
              <Metadata asset={data} />
              <Group gap={6} mt="sm">
                {data.lists.map((list) => (
                  <Badge
                    key={list.id}
                    component={Link}
                    to={`/library?list=${list.id}`}
                    variant="light"
                    style={{ cursor: 'pointer' }}
                  >
                    {list.name}
                  </Badge>
                ))}
              </Group>
            </Paper>
            <Suspense fallback={<Skeleton h={120} />}>
              <AssetFilesPanel assetId={data.id} editor={editor} />
            </Suspense>
            <Suspense fallback={<Skeleton h={120} />}>
              <AssetEngagementPanel assetId={data.id} editor={editor} />
            </Suspense>
            <Paper withBorder p="md" radius="md" component="section" aria-label="History">
              <Group gap={6} mb="sm">
                <IconHistory size={18} />
                <Title order={2} size="h5">
                  History
                </Title>
              </Group>
              {versions.data && (
                <Timeline bulletSize={18} lineWidth={2} active={0}>
                  {versions.data.map((version) => (
                    <Timeline.Item key={version.version} title={`Version ${version.version}`}>
                      <Text size="xs" c="dimmed">
                        <DateTime value={version.createdAt} size="xs" /> · {version.actor?.name ?? 'Showcase'}
                      </Text>
                      <Text size="sm">
                        {version.note ||
                          (version.changes.includes('created')
                            ? 'Created'
                            : `Changed ${version.changes.map(assetFieldLabel).join(', ')}`)}
                      </Text>
                      {editor && version.version !== data.historyVersion && (
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          onClick={() => setRestoring(version.version)}
                          aria-label={`Restore version ${version.version}`}
                        >
                          Restore
                        </Button>
                      )}
                    </Timeline.Item>
                  ))}
                </Timeline>
              )}
            </Paper>
            {related.data && related.data.length > 0 && (
              <Paper withBorder p="md" radius="md" component="section" aria-label="Related assets">
                <Title order={2} size="h5" mb="xs">
                  Related
                </Title>
                <Stack gap={6}>
                  {related.data.map((hit) => (
                    <Anchor key={hit.id} component={Link} to={`/library/assets/${hit.id}`} size="sm">
                      {hit.title}
                    </Anchor>
                  ))}
                </Stack>
              </Paper>
            )}
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
