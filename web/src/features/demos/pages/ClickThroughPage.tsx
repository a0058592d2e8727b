import {
  Alert,
  Anchor,
  Badge,
  Button,
  Grid,
  Group,
  List,
  Paper,
  SegmentedControl,
  Skeleton,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { builderWarnings, type Redaction, SCREENSHOT_MAX_BYTES, tokensIn } from '@shared/clickthrough.ts';
import { can } from '@shared/roles.ts';
import {
  IconEye,
  IconPhotoPlus,
  IconPlus,
  IconRocket,
  IconShare,
  IconShieldLock,
  IconTrash,
} from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../../api/client.ts';
import { ConfirmAction } from '../../../components/ConfirmDelete.tsx';
import { DateTime } from '../../../components/DateTime.tsx';
import { FileDropArea } from '../../../components/FileDropArea.tsx';
import { useSession } from '../../auth/hooks/useSession.ts';
import { useAsset } from '../../library/hooks/useLibrary.ts';
import { usePageTitle } from '../../shell/hooks/usePageTitle.ts';
import { EmbedModal } from '../components/clickthrough/EmbedModal.tsx';
import { FunnelPanel } from '../components/clickthrough/FunnelPanel.tsx';
import { PreviewModal } from '../components/clickthrough/PreviewModal.tsx';
import { type DrawMode, StepCanvas } from '../components/clickthrough/StepCanvas.tsx';
import { StepForm } from '../components/clickthrough/StepForm.tsx';
import { StepList } from '../components/clickthrough/StepList.tsx';
import {
  type BuilderStep,
  useAddScreenshots,
  useClickThrough,
  useClickThroughMutations,
} from '../hooks/useClickThrough.ts';

const screenshotAccept = { 'image/png': ['.png'], 'image/jpeg': ['.jpg', '.jpeg'], 'image/webp': ['.webp'] };

/** Pasting an image anywhere on the page (outside a text field) adds it as a step. */
function usePastedImages(onImages: (files: File[]) => void, enabled: boolean) {
  useEffect(() => {
    if (!enabled) return;
    const onPaste = (event: ClipboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, [contenteditable="true"]')) return;
      const files = [...(event.clipboardData?.files ?? [])].filter((file) => file.type.startsWith('image/'));
      if (files.length === 0) return;
      event.preventDefault();
      onImages(
        files.map(
          (file, index) =>
            new File(
              [file],
              file.name && file.name !== 'image.png' ? file.name : `pasted-${Date.now()}-${index}.png`,
              {
                type: file.type,
              },
            ),
        ),
      );
    };
    document.addEventListener('paste', onPaste);
    return () => document.removeEventListener('paste', onPaste);
  }, [onImages, enabled]);
}

function RedactionPanel({
  step,
  pending,
  onBurn,
  onClear,
  burning,
}: {
  step: BuilderStep;
  pending: Redaction[];
  onBurn: () => void;
  onClear: () => void;
  burning: boolean;
}) {
  return (
    <Paper withBorder p="sm">
      <Stack gap="xs">
        <Group gap="xs">
          <IconShieldLock size={18} aria-hidden />
          <Text fw={600} size="sm">
            Redactions
          </Text>
        </Group>
        <Text size="xs">
          Burning a redaction in replaces the screenshot: the original pixels are deleted and exist nowhere
          that is served, exported or backed up. It cannot be undone; to change it, upload the screenshot
          again.
        </Text>
        {pending.length > 0 && (
          <Group gap="xs">
            <Button size="xs" color="red" onClick={onBurn} loading={burning}>
              Burn in {pending.length === 1 ? 'the redaction' : `${pending.length} redactions`}
            </Button>
            <Button size="xs" variant="default" onClick={onClear}>
              Discard
            </Button>
          </Group>
        )}
        {step.redactions.length > 0 ? (
          <List size="xs">
            {step.redactions.map((box) => (
              <List.Item key={`${box.x}-${box.y}-${box.w}-${box.h}`}>
                {box.style === 'blur' ? 'Blurred' : 'Solid'} box at {Math.round(box.x * 100)}%,{' '}
                {Math.round(box.y * 100)}% ({Math.round(box.w * 100)}% × {Math.round(box.h * 100)}%)
              </List.Item>
            ))}
          </List>
        ) : (
          pending.length === 0 && (
            <Text size="xs" c="dimmed">
              None on this step.
            </Text>
          )
        )}
      </Stack>
    </Paper>
  );
}

function TokensPanel({
  used,
  saved,
  onSave,
  saving,
}: {
  used: string[];
  saved: Record<string, string>;
  onSave: (tokens: Record<string, string>) => void;
  saving: boolean;
}) {
  const [values, setValues] = useState(saved);
  useEffect(() => setValues(saved), [saved]);
  if (used.length === 0)
    return (
      <Text size="sm" c="dimmed">
        No personalisation yet. Write {'{{company}}'} or {'{{first_name}}'} in a tooltip or call to action;
        viewers' links fill them (…/play/…?company=Acme), and these fallbacks stand in otherwise.
      </Text>
    );
  const changed = used.some((token) => (values[token] ?? '') !== (saved[token] ?? ''));
  return (
    <Stack gap="xs">
      {used.map((token) => (
        <TextInput
          key={token}
          label={`Fallback for {{${token}}}`}
          value={values[token] ?? ''}
          placeholder={token === 'company' ? 'your team' : token === 'first_name' ? 'there' : ''}
          onChange={(event) => {
            const value = event.currentTarget.value;
            setValues((all) => ({ ...all, [token]: value }));
          }}
        />
      ))}
      <Group>
        <Button size="xs" disabled={!changed} loading={saving} onClick={() => onSave(values)}>
          Save fallbacks
        </Button>
      </Group>
    </Stack>
  );
}

/**
 * The click-through builder: screenshots in (drop, paste or pick), steps in order, each with its
 * hotspot, tooltip, chapter, catalogue feature and how it advances; redactions burned in; warnings;
 * preview; publish; share and embed.
 */
export function ClickThroughPage() {
  const { id = '' } = useParams();
  const session = useSession();
  const editor = can(session.data?.user.role, 'demos.edit');
  const draft = useClickThrough(id);
  const asset = useAsset(id);
  const upload = useAddScreenshots(id);
  const mutations = useClickThroughMutations(id);
  const [selected, setSelected] = useState<string | null>(null);
  const [mode, setMode] = useState<DrawMode>('hotspot');
  // Redactions drawn but not burned in yet, per step.
  const [drawn, setDrawn] = useState<Record<string, Redaction[]>>({});
  const [preview, setPreview] = useState(false);
  const [share, setShare] = useState(false);
  usePageTitle(asset.data ? `Click-through: ${asset.data.title}` : undefined);
  usePastedImages(upload.mutate, editor);

  const steps = draft.data?.steps ?? [];
  const step = steps.find((candidate) => candidate.id === selected) ?? steps[0] ?? null;
  const pending = (step && drawn[step.id]) || [];
  const setPending = (boxes: Redaction[]) => step && setDrawn((all) => ({ ...all, [step.id]: boxes }));
  const warnings = useMemo(
    () =>
      builderWarnings(
        steps.map((s) => ({
          kind: s.kind,
          hasImage: Boolean(s.image),
          width: s.image?.width,
          height: s.image?.height,
          hotspot: s.hotspot,
          advance: s.advance,
          bodyText: s.body,
        })),
      ),
    [steps],
  );
  const warned = new Set(warnings.flatMap((w) => (w.step === null ? [] : [steps[w.step]?.id ?? ''])));
  const flagged = new Set(draft.data?.flaggedStepIds ?? []);
  const usedTokens = useMemo(() => {
    const all = new Set<string>();
    for (const s of steps)
      for (const text of [s.title, s.body, s.cta?.text ?? '', s.cta?.url ?? ''])
        for (const name of tokensIn(text).keys()) all.add(name);
    return [...all];
  }, [steps]);

  if (draft.isPending || asset.isPending) return <Skeleton height={480} aria-label="Loading" />;
  if (draft.isError)
    return (
      <Alert color="red" title="Could not load this click-through demo">
        {draft.error instanceof ApiError && draft.error.status === 404
          ? 'There is no click-through demo here. Make a library asset of the click-through format and set it up as a demo first.'
          : draft.error.message}
      </Alert>
    );
  const data = draft.data;
  const latest = data.versions[0] ?? null;
  const external = asset.data?.visibility === 'external';
  const save = (changes: Parameters<typeof mutations.updateStep.mutate>[0]['changes']) =>
    step && mutations.updateStep.mutate({ stepId: step.id, changes });

  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1}>{asset.data?.title ?? 'Click-through demo'}</Title>
          <Group gap="xs" mt={4}>
            <Badge variant="light" color={latest ? 'teal' : 'gray'}>
              {latest ? `Version ${latest.number} published` : 'Not published'}
            </Badge>
            {latest && (
              <Text size="sm" c="dimmed">
                <DateTime value={latest.publishedAt} />
                {latest.publishedBy ? ` by ${latest.publishedBy.name}` : ''} · you are editing the draft
              </Text>
            )}
            <Anchor component={Link} to={`/demos/${id}`} size="sm">
              Demo and freshness
            </Anchor>
            <Anchor component={Link} to={`/library/assets/${id}`} size="sm">
              Library entry
            </Anchor>
          </Group>
        </div>
        <Group>
          <Button
            variant="default"
            leftSection={<IconEye size={16} />}
            onClick={() => setPreview(true)}
            disabled={!steps.length}
          >
            Preview
          </Button>
          <Button variant="default" leftSection={<IconShare size={16} />} onClick={() => setShare(true)}>
            Share and embed
          </Button>
          {editor && (
            <Button
              leftSection={<IconRocket size={16} />}
              onClick={() => mutations.publish.mutate()}
              loading={mutations.publish.isPending}
              disabled={!steps.length}
            >
              Publish {latest ? `version ${latest.number + 1}` : ''}
            </Button>
          )}
        </Group>
      </Group>

      {warnings.length > 0 && (
        <Alert
          color="yellow"
          title={warnings.length === 1 ? 'One thing to check' : `${warnings.length} things to check`}
        >
          <List size="sm">
            {warnings.map((w) => (
              <List.Item key={`${w.step}-${w.message}`}>
                {w.step === null ? (
                  w.message
                ) : (
                  <Anchor
                    component="button"
                    size="sm"
                    py={4}
                    style={{ display: 'inline-block', minHeight: 24 }}
                    onClick={() => setSelected(steps[w.step as number]?.id ?? null)}
                  >
                    {steps[w.step]?.title || `Step at position ${w.step + 1}`}: {w.message}
                  </Anchor>
                )}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}

      {editor && (
        <FileDropArea
          label="Add screenshots"
          icon={<IconPhotoPlus size={32} aria-hidden />}
          maxBytes={SCREENSHOT_MAX_BYTES}
          verb="added"
          upload={upload}
          accept={screenshotAccept}
          hint="PNG, JPEG or WebP, 1920×1080 is best; drop several at once, or paste one from the clipboard anywhere on this page"
        />
      )}

      {steps.length === 0 ? (
        <Paper withBorder p="xl">
          <Stack align="center" gap="xs">
            <Text fw={600}>No steps yet</Text>
            <Text size="sm" c="dimmed" ta="center" maw={520}>
              Drop the screenshots of the walk-through above, in order. Each becomes a step; then draw the
              hotspot viewers click and write its tooltip.
            </Text>
          </Stack>
        </Paper>
      ) : (
        <Grid gap="md">
          <Grid.Col span={{ base: 12, md: 3 }}>
            <Stack gap="xs">
              <StepList
                steps={steps}
                selected={step?.id ?? null}
                onSelect={setSelected}
                onReorder={(ids) => mutations.reorder.mutate(ids)}
                flagged={flagged}
                warned={warned}
              />
              {editor && (
                <Group gap="xs">
                  <Button
                    size="xs"
                    variant="light"
                    leftSection={<IconPlus size={14} />}
                    onClick={() => mutations.addStep.mutate({ kind: 'intro', title: 'Welcome', position: 1 })}
                  >
                    Intro
                  </Button>
                  <Button
                    size="xs"
                    variant="light"
                    leftSection={<IconPlus size={14} />}
                    onClick={() =>
                      mutations.addStep.mutate({ kind: 'closing', title: 'Thanks for watching' })
                    }
                  >
                    Closing
                  </Button>
                </Group>
              )}
            </Stack>
          </Grid.Col>
          {step && (
            <>
              <Grid.Col span={{ base: 12, md: 6 }}>
                <Stack gap="sm">
                  {step.image ? (
                    <>
                      {editor && (
                        <SegmentedControl
                          aria-label="What dragging on the screenshot draws"
                          value={mode}
                          onChange={(value) => setMode(value as DrawMode)}
                          data={[
                            { value: 'hotspot', label: 'Hotspot' },
                            { value: 'blur', label: 'Blur box' },
                            { value: 'solid', label: 'Solid box' },
                          ]}
                        />
                      )}
                      <StepCanvas
                        src={step.image.url}
                        alt={`Screenshot of ${step.title || 'this step'}`}
                        width={step.image.width}
                        height={step.image.height}
                        hotspot={step.hotspot}
                        pending={pending}
                        burned={step.redactions}
                        mode={editor ? mode : 'hotspot'}
                        onHotspot={(hotspot) => editor && save({ hotspot })}
                        onRedaction={(box) => setPending([...pending, box])}
                      />
                      <RedactionPanel
                        step={step}
                        pending={pending}
                        burning={mutations.redact.isPending}
                        onClear={() => setPending([])}
                        onBurn={() =>
                          mutations.redact.mutate(
                            { stepId: step.id, redactions: pending },
                            { onSuccess: () => setPending([]) },
                          )
                        }
                      />
                    </>
                  ) : (
                    <Paper withBorder p="xl">
                      <Text size="sm" c="dimmed" ta="center">
                        {step.kind === 'step'
                          ? 'This step has no screenshot yet.'
                          : 'A text page: the title, the text and the call to action, without a screenshot.'}
                      </Text>
                    </Paper>
                  )}
                </Stack>
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 3 }}>
                <Stack gap="sm">
                  {flagged.has(step.id) && (
                    <Alert color="red" title="Flagged by a release" py="xs">
                      A release changed what this step shows. Recapture the screenshot, then re-verify the
                      demo.
                    </Alert>
                  )}
                  {editor ? (
                    <StepForm step={step} save={save} error={mutations.updateStep.error} />
                  ) : (
                    <Text size="sm">{step.title}</Text>
                  )}
                  {editor && (
                    <Group justify="flex-end">
                      <ConfirmAction
                        action="Remove"
                        label="this step"
                        question="Remove this step and its screenshot? Published versions keep theirs."
                        icon={<IconTrash size={16} />}
                        loading={mutations.removeStep.isPending}
                        onConfirm={(close) => mutations.removeStep.mutate(step.id, { onSettled: close })}
                      />
                    </Group>
                  )}
                </Stack>
              </Grid.Col>
            </>
          )}
        </Grid>
      )}

      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Paper withBorder p="md">
            <Title order={4} mb="xs">
              Personalisation
            </Title>
            <TokensPanel
              used={usedTokens}
              saved={data.tokens}
              onSave={(tokens) => mutations.saveTokens.mutate(tokens)}
              saving={mutations.saveTokens.isPending}
            />
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Paper withBorder p="md">
            <Title order={4} mb="xs">
              Versions
            </Title>
            {data.versions.length === 0 ? (
              <Text size="sm" c="dimmed">
                Nothing published yet. Publishing freezes the steps as a version; viewers always see the
                latest one, and its numbers survive later edits.
              </Text>
            ) : (
              <List size="sm">
                {data.versions.map((version) => (
                  <List.Item key={version.id}>
                    Version {version.number} · <DateTime value={version.publishedAt} />
                    {version.publishedBy ? ` · ${version.publishedBy.name}` : ''}
                  </List.Item>
                ))}
              </List>
            )}
          </Paper>
        </Grid.Col>
      </Grid>

      {data.versions.length > 0 && <FunnelPanel assetId={id} versions={data.versions} />}

      <PreviewModal assetId={id} opened={preview} onClose={() => setPreview(false)} />
      <EmbedModal
        assetId={id}
        opened={share}
        onClose={() => setShare(false)}
        published={Boolean(latest)}
        external={external}
        tokens={usedTokens}
      />
    </Stack>
  );
}
