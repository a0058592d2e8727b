import {
  Alert,
  Anchor,
  Badge,
  Button,
  Grid,
  Group,
  List,
  Modal,
  Paper,
  Skeleton,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { formatDuration } from '@shared/demos.ts';
import { can } from '@shared/roles.ts';
import { IconCircleCheck, IconEdit, IconPointer } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../../api/client.ts';
import { useSession } from '../../auth/hooks/useSession.ts';
import { usePageTitle } from '../../shell/hooks/usePageTitle.ts';
import { DemoEditor } from '../components/DemoEditor.tsx';
import { DemoStateBadge } from '../components/DemoStateBadge.tsx';
import { FlagCard } from '../components/FlagCard.tsx';
import { TrailDiagram } from '../components/TrailDiagram.tsx';
import { useVerifyDemo } from '../hooks/useDemoMutations.ts';
import { useDemo } from '../hooks/useDemos.ts';

function VerifyButton({ id, current }: { id: string; current: string | null }) {
  const [opened, setOpened] = useState(false);
  const [version, setVersion] = useState(current ?? '');
  const verify = useVerifyDemo(id);
  const error = verify.error instanceof ApiError ? verify.error.fields.productVersion : undefined;
  return (
    <>
      <Button
        variant="light"
        color="teal"
        leftSection={<IconCircleCheck size={16} />}
        onClick={() => setOpened(true)}
      >
        Re-verify
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title="Re-verify this demo">
        <Stack>
          <Text size="sm">
            Walk through the demo on a product version. Flags from releases up to that version resolve.
          </Text>
          <TextInput
            label="Verified on version"
            value={version}
            onChange={(e) => setVersion(e.currentTarget.value)}
            error={error}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button
              loading={verify.isPending}
              onClick={async () => {
                await verify.mutateAsync({ productVersion: version });
                setOpened(false);
              }}
            >
              Mark verified
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

/** A demo: its trail as a diagram, flag history, storyboard and script, and its editor. */
export function DemoPage() {
  const { id = '' } = useParams();
  const session = useSession();
  const demo = useDemo(id);
  // A demo says what the caller may do with it (shared/policies.ts); setting one up for an asset
  // that has none yet is for the roles that edit demos.
  const editor = demo.data
    ? demo.data.allowedActions.includes('edit')
    : can(session.data?.user.role, 'demos.edit');
  usePageTitle(demo.data?.title ?? (demo.isPending ? undefined : 'Set up this demo'));
  const [editing, setEditing] = useState(false);

  if (demo.isPending) return <Skeleton height={320} aria-label="Loading" />;
  const missing = demo.error instanceof ApiError && demo.error.status === 404;
  if (demo.isError && !(missing && editor)) {
    return (
      <Alert color="red" title="Could not load this demo">
        {demo.error.message}
      </Alert>
    );
  }
  const data = demo.data ?? null;
  if (!data || editing) {
    return (
      <Stack>
        <Title order={1}>{data ? `Edit demo: ${data.title}` : 'Set up this demo'}</Title>
        {!data && (
          <Text c="dimmed">
            Give this asset a persona, the product version it was recorded on, its feature trail and its
            storyboard.
          </Text>
        )}
        <DemoEditor id={id} demo={data} onDone={() => setEditing(false)} />
      </Stack>
    );
  }
  const openFlags = data.flags.filter((flag) => flag.state === 'open' || flag.state === 'quiet');
  const history = data.flags.filter((flag) => !(flag.state === 'open' || flag.state === 'quiet'));
  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <div>
          <Group gap="sm">
            <Title order={1}>{data.title}</Title>
            <DemoStateBadge state={data.state} />
          </Group>
          <Text c="dimmed" size="sm">
            {[
              data.format?.name,
              data.persona ? `for ${data.persona.name}` : 'no persona',
              data.productVersion ? `recorded on ${data.productVersion}` : 'version unknown',
              data.versionLag ? `${data.versionLag} releases behind` : null,
              data.environment || null,
            ]
              .filter(Boolean)
              .join(' · ')}
          </Text>
          <Group gap="xs" mt={4}>
            <Anchor component={Link} to={`/library/assets/${data.id}`} size="sm">
              Library entry
            </Anchor>
            {data.derivedFrom && (
              <Text size="sm">
                · made from{' '}
                <Anchor component={Link} to={`/demos/${data.derivedFrom.id}`}>
                  {data.derivedFrom.name}
                </Anchor>
              </Text>
            )}
            {data.derivatives.map((d) => (
              <Badge
                key={d.id}
                component={Link}
                to={`/demos/${d.id}`}
                variant="light"
                style={{ cursor: 'pointer' }}
              >
                also for: {d.name}
              </Badge>
            ))}
          </Group>
        </div>
        {editor && (
          <Group>
            {data.clickThrough && (
              <Button
                component={Link}
                to={`/demos/${data.id}/click-through`}
                variant="light"
                leftSection={<IconPointer size={16} />}
              >
                Open the click-through builder
              </Button>
            )}
            <VerifyButton id={data.id} current={data.productVersion} />
            <Button leftSection={<IconEdit size={16} />} onClick={() => setEditing(true)}>
              Edit demo
            </Button>
          </Group>
        )}
      </Group>

      <Paper withBorder p="md">
        <Title order={4} mb="sm">
          Feature trail
        </Title>
        <TrailDiagram trail={data.trail} />
      </Paper>

      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Stack>
            <Title order={4}>Flags</Title>
            {openFlags.length === 0 ? (
              <Text c="dimmed" size="sm">
                No open flags. Releases that touch this trail will show here with their score and reasons.
              </Text>
            ) : (
              openFlags.map((flag) => <FlagCard key={flag.id} flag={flag} />)
            )}
            {history.length > 0 && (
              <>
                <Title order={5} mt="sm">
                  Flag history
                </Title>
                {history.map((flag) => (
                  <FlagCard key={flag.id} flag={flag} />
                ))}
              </>
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Stack>
            <Title order={4}>Storyboard</Title>
            {data.keyTakeaway && (
              <Alert color="blue" title="Key takeaway">
                {data.keyTakeaway}
              </Alert>
            )}
            {data.storyboard.painPoints.length > 0 && (
              <div>
                <Text fw={600} size="sm">
                  Pain points
                </Text>
                <List size="sm">
                  {data.storyboard.painPoints.map((p) => (
                    <List.Item key={p}>{p}</List.Item>
                  ))}
                </List>
              </div>
            )}
            {data.storyboard.story && <Text size="sm">{data.storyboard.story}</Text>}
            <Text size="sm" fw={600}>
              Script: {data.script.words} words · about {formatDuration(data.script.seconds)}
            </Text>
            {data.script.warnings.map((w) => (
              <Alert key={w} color="yellow" py={6}>
                {w}
              </Alert>
            ))}
            {data.storyboard.scenes.map((scene, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: scenes have no identity beyond their place
              <Paper key={index} withBorder p="sm">
                <Group justify="space-between">
                  <Text fw={600} size="sm">
                    {index + 1}. {scene.title || (index === 0 ? 'Hook' : 'Scene')}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {data.script.scenes[index]?.seconds ?? 0} s
                  </Text>
                </Group>
                {(scene.shows || scene.whyItMatters) && (
                  <Text size="xs" c="dimmed">
                    Shows {scene.shows || '—'} · matters because {scene.whyItMatters || '—'}
                  </Text>
                )}
                <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
                  {scene.script}
                </Text>
              </Paper>
            ))}
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
