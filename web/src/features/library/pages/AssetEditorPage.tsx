import {
  Alert,
  Button,
  Checkbox,
  Grid,
  Group,
  MultiSelect,
  NumberInput,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Skeleton,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import {
  assetFieldLabels,
  assetStatuses,
  assetStatusLabels,
  assetWarnings,
  linkKinds,
} from '@shared/library.ts';
import {
  type Asset,
  type CreateAssetInput,
  createAssetSchema,
  emptyAssetState,
  updateAssetSchema,
} from '@shared/schemas/library.ts';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { ApiError } from '../../../api/client.ts';
import { validateWith } from '../../../api/validateWith.ts';
import { DateField } from '../../../components/DateField.tsx';
import { TermSelect } from '../../../components/TermSelect.tsx';
import { UnsavedChangesPrompt } from '../../../components/UnsavedChangesPrompt.tsx';
import { VersionConflictModal } from '../../../components/VersionConflictModal.tsx';
import { useVersionConflict } from '../../../hooks/useVersionConflict.ts';
import { useTerms } from '../../settings/hooks/useTerms.ts';
import { useUsers } from '../../settings/hooks/useUsers.ts';
import { usePageTitle } from '../../shell/hooks/usePageTitle.ts';
import { useAsset, useLists } from '../hooks/useLibrary.ts';
import { useSaveAsset } from '../hooks/useLibraryMutations.ts';

type Values = Required<Omit<CreateAssetInput, 'externalKey'>>;

const blank: Values = emptyAssetState;

function valuesOf(asset: Asset): Values {
  const ids = (refs: { id: string }[]) => refs.map((ref) => ref.id);
  return {
    ...blank,
    title: asset.title,
    summary: asset.summary,
    body: asset.body,
    formatId: asset.format?.id ?? null,
    deliverableTypeId: asset.deliverableType?.id ?? null,
    buyerStageId: asset.buyerStage?.id ?? null,
    solutionIds: ids(asset.solutions),
    useCaseIds: ids(asset.useCases),
    personaIds: ids(asset.personas),
    regionIds: ids(asset.regions),
    segmentIds: ids(asset.segments),
    industryIds: ids(asset.industries),
    valueDriverIds: ids(asset.valueDrivers),
    ownerId: asset.owner?.id ?? null,
    primaryUrl: asset.primaryUrl,
    durationMinutes: asset.durationMinutes,
    slideCount: asset.slideCount,
    wordCount: asset.wordCount,
    stepCount: asset.stepCount,
    keyTakeaway: asset.keyTakeaway,
    safeToShare: asset.safeToShare,
    visibility: asset.visibility,
    status: asset.status,
    publishedOn: asset.publishedOn,
    expiresOn: asset.expiresOn,
    lastVerifiedOn: asset.lastVerifiedOn,
    tags: asset.tags,
    listIds: ids(asset.lists),
    contributorIds: ids(asset.contributors),
    links: asset.links.map((link) => ({
      kind: link.kind as (typeof linkKinds)[number],
      url: link.url,
      label: link.label,
    })),
  };
}

const texts = new Set(['title', 'summary', 'body', 'keyTakeaway']);
/** The request body: number and choice fields hold '' when cleared, which the API takes as null. */
function toAssetInput(values: Values): CreateAssetInput;
function toAssetInput(values: Partial<Values>): Partial<CreateAssetInput>;
function toAssetInput(values: Partial<Values>) {
  return Object.fromEntries(
    Object.entries(values).map(([key, value]) => [key, value === '' && !texts.has(key) ? null : value]),
  );
}

/** Every field the editor shows, by the label it shows it under (for the conflict dialog). */
const conflictLabels = Object.fromEntries(
  Object.keys(blank).map((key) => [key, assetFieldLabels[key] ?? key]),
) as Record<keyof Values, string>;

/** Create or edit an asset; format rules show as warnings while you type. */
export function AssetEditorPage() {
  const { id } = useParams();
  const navigate = useNavigate();
  const existing = useAsset(id);
  usePageTitle(id ? existing.data && `Edit ${existing.data.title}` : 'New asset');
  const terms = useTerms();
  const users = useUsers();
  const lists = useLists();
  const form = useForm<Values>({
    initialValues: blank,
    validate: validateWith(id ? updateAssetSchema : createAssetSchema, toAssetInput),
  });
  /** The version the form's baseline came from: every save sends it as If-Match. */
  const [version, setVersion] = useState<number | undefined>(undefined);
  const load = (values: Values, loadedVersion: number) => {
    // The loaded asset is the baseline: only edits after this count as unsaved.
    form.setInitialValues(values);
    form.setValues(values);
    setVersion(loadedVersion);
  };
  // A refetch never overwrites edits in progress: a save from the older version meets the conflict dialog.
  // biome-ignore lint/correctness/useExhaustiveDependencies: load the asset when it arrives
  useEffect(() => {
    if (existing.data && !form.isDirty()) load(valuesOf(existing.data), existing.data.version);
  }, [existing.data]);
  const leaving = useRef(false);
  const save = useSaveAsset(id);
  /** Why to publish with required checklist items open: sent only once the server has said which. */
  const [override, setOverride] = useState('');
  const [checklistOpen, setChecklistOpen] = useState<string | null>(null);
  const withOverride = <T extends object>(body: T) =>
    checklistOpen && override.trim() ? { ...body, checklistOverride: override.trim() } : body;
  const names = useCallback(
    (path: string, value: unknown) => {
      const nameOf = (entry: unknown) =>
        terms.data?.find((term) => term.id === entry)?.name ??
        users.data?.find((user) => user.id === entry)?.name ??
        lists.data?.find((list) => list.id === entry)?.name;
      if (!/Ids?$/.test(path) || value === null) return undefined;
      const ids = Array.isArray(value) ? value : [value];
      return ids.length ? ids.map((entry) => nameOf(entry) ?? String(entry)).join(', ') : undefined;
    },
    [terms.data, users.data, lists.data],
  );
  const { conflict, catchConflict, dismiss } = useVersionConflict<Values, Asset>({
    labels: conflictLabels,
    toValues: valuesOf,
    format: names,
  });
  const saved = (asset: Asset) => {
    leaving.current = true;
    navigate(`/library/assets/${asset.id}`);
  };

  const formatKey = terms.data?.find((term) => term.id === form.values.formatId)?.key;
  const warnings = assetWarnings({ ...form.values, formatKey });
  const dateInput = (
    field: 'publishedOn' | 'expiresOn' | 'lastVerifiedOn',
    label: string,
    description?: string,
  ) => (
    <DateField
      label={label}
      description={description}
      value={form.values[field] ?? null}
      onChange={(value) => form.setFieldValue(field, value || null)}
      error={form.errors[field]}
    />
  );

  if (id && existing.isPending) return <Skeleton h={500} />;

  return (
    <form
      onSubmit={form.onSubmit((values) =>
        save.mutate(
          { body: withOverride(toAssetInput(values)), version },
          {
            onSuccess: saved,
            onError: (error) => {
              if (catchConflict(error, values, form.getInitialValues())) return;
              if (error instanceof ApiError) {
                form.setErrors(error.fields);
                if (error.fields.checklist) setChecklistOpen(error.fields.checklist);
              }
            },
          },
        ),
      )}
    >
      <UnsavedChangesPrompt when={form.isDirty()} leaving={leaving} />
      <VersionConflictModal
        conflict={conflict}
        applying={save.isPending}
        onClose={dismiss}
        onApply={(found) =>
          save.mutate(
            { body: toAssetInput(found.changes), version: found.version },
            {
              onSuccess: (asset) => {
                dismiss();
                saved(asset);
              },
              onError: (error) => {
                if (catchConflict(error, found.merged, found.theirs)) return;
                dismiss();
                if (error instanceof ApiError) form.setErrors(error.fields);
              },
            },
          )
        }
        onDiscard={(found) => {
          load(found.theirs, found.version);
          dismiss();
        }}
      />
      <Stack gap="lg">
        <Group justify="space-between">
          <Title order={1}>{id ? 'Edit asset' : 'New asset'}</Title>
          <Group gap="xs">
            <Button variant="default" onClick={() => navigate(-1)}>
              Cancel
            </Button>
            <Button type="submit" loading={save.isPending}>
              Save
            </Button>
          </Group>
        </Group>
        {checklistOpen && (
          <Alert
            color="orange"
            icon={<IconAlertTriangle size={18} />}
            title="The publishing checklist is not done"
          >
            <Stack gap="xs">
              <Text size="sm">{checklistOpen}</Text>
              <Text size="sm">
                Tick them in the Distribution panel of the asset page, or publish anyway and say why (TMMs):
              </Text>
              <TextInput
                label="Why publish with these open?"
                value={override}
                onChange={(event) => setOverride(event.currentTarget.value)}
                error={form.errors.checklistOverride}
              />
            </Stack>
          </Alert>
        )}
        {warnings.length > 0 && (
          <Alert color="yellow" icon={<IconAlertTriangle size={18} />} title="Format rules" role="status">
            {warnings.map((warning) => (
              <Text key={warning.field} size="sm">
                {warning.message}
              </Text>
            ))}
          </Alert>
        )}
        <Grid gap="xl">
          <Grid.Col span={{ base: 12, lg: 7 }}>
            <Paper withBorder p="lg" radius="md">
              <Stack>
                <TextInput label="Title" required {...form.getInputProps('title')} />
                <Textarea
                  label="Summary"
                  description="Required to publish"
                  autosize
                  minRows={2}
                  {...form.getInputProps('summary')}
                />
                <TextInput
                  label="Key takeaway"
                  description="What is shown, and why it matters"
                  {...form.getInputProps('keyTakeaway')}
                />
                <Textarea
                  label="Body (Markdown)"
                  autosize
                  minRows={8}
                  maxRows={24}
                  {...form.getInputProps('body')}
                />
                <TextInput
                  label="Primary link"
                  placeholder="https://"
                  value={form.values.primaryUrl ?? ''}
                  onChange={(event) => form.setFieldValue('primaryUrl', event.currentTarget.value || null)}
                  error={form.errors.primaryUrl}
                />
                <Stack gap={6}>
                  <Text size="sm" fw={500}>
                    Further links
                  </Text>
                  {form.values.links.map((_link, index) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place by position
                    <Group key={index} gap="xs" wrap="nowrap" align="flex-start">
                      <Select
                        aria-label={`Link ${index + 1} kind`}
                        data={linkKinds.map((kind) => ({ value: kind, label: kind.replace('_', ' ') }))}
                        allowDeselect={false}
                        w={140}
                        {...form.getInputProps(`links.${index}.kind`)}
                      />
                      <TextInput
                        aria-label={`Link ${index + 1} URL`}
                        placeholder="https://"
                        style={{ flex: 1 }}
                        {...form.getInputProps(`links.${index}.url`)}
                      />
                      <Button
                        variant="subtle"
                        color="red"
                        onClick={() => form.removeListItem('links', index)}
                        aria-label={`Remove link ${index + 1}`}
                      >
                        Remove
                      </Button>
                    </Group>
                  ))}
                  <Button
                    variant="light"
                    size="compact-sm"
                    w="fit-content"
                    onClick={() => form.insertListItem('links', { kind: 'slides', url: '' })}
                  >
                    Add a link
                  </Button>
                </Stack>
                <TagsInput label="Tags" {...form.getInputProps('tags')} />
              </Stack>
            </Paper>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 5 }}>
            <Stack>
              <Paper withBorder p="lg" radius="md">
                <Stack>
                  <Select
                    label="Status"
                    data={assetStatuses.map((s) => ({ value: s, label: assetStatusLabels[s] }))}
                    allowDeselect={false}
                    {...form.getInputProps('status')}
                  />
                  <div>
                    <Text size="sm" fw={500} mb={4}>
                      Visibility
                    </Text>
                    <SegmentedControl
                      fullWidth
                      data={[
                        { value: 'internal', label: 'Internal only' },
                        { value: 'external', label: 'External' },
                      ]}
                      {...form.getInputProps('visibility')}
                    />
                  </div>
                  {form.values.visibility === 'external' && (
                    <Checkbox
                      label="I confirm this is safe to share publicly"
                      {...form.getInputProps('safeToShare', { type: 'checkbox' })}
                    />
                  )}
                  <MultiSelect
                    label="Lists"
                    description="Publishing needs at least one"
                    data={(lists.data ?? []).map((l) => ({ value: l.id, label: l.name }))}
                    searchable
                    {...form.getInputProps('listIds')}
                  />
                  <MultiSelect
                    label="Contributors"
                    data={(users.data ?? [])
                      .filter((u) => u.active)
                      .map((u) => ({ value: u.id, label: u.name }))}
                    searchable
                    {...form.getInputProps('contributorIds')}
                  />
                  <Select
                    label="Owner (DRI)"
                    data={(users.data ?? [])
                      .filter((u) => u.active)
                      .map((u) => ({ value: u.id, label: u.name }))}
                    searchable
                    clearable
                    {...form.getInputProps('ownerId')}
                  />
                  <SimpleGrid cols={2}>
                    {dateInput('publishedOn', 'Published')}
                    {dateInput('expiresOn', 'Expires', 'Default: a year after publishing')}
                  </SimpleGrid>
                  {dateInput('lastVerifiedOn', 'Last verified')}
                </Stack>
              </Paper>
              <Paper withBorder p="lg" radius="md">
                <Stack>
                  <TermSelect kind="format" label="Format" {...form.getInputProps('formatId')} />
                  <TermSelect
                    kind="deliverable_type"
                    label="Deliverable type"
                    {...form.getInputProps('deliverableTypeId')}
                  />
                  <TermSelect
                    kind="solution"
                    multiple
                    label="Solutions"
                    {...form.getInputProps('solutionIds')}
                  />
                  <TermSelect
                    kind="use_case"
                    multiple
                    label="Use cases"
                    {...form.getInputProps('useCaseIds')}
                  />
                  <TermSelect
                    kind="persona"
                    multiple
                    label="Personas"
                    {...form.getInputProps('personaIds')}
                  />
                  <TermSelect
                    kind="buyer_stage"
                    label="Buyer stage"
                    {...form.getInputProps('buyerStageId')}
                  />
                  <TermSelect
                    kind="value_driver"
                    multiple
                    label="Value drivers"
                    {...form.getInputProps('valueDriverIds')}
                  />
                  <TermSelect kind="region" multiple label="Regions" {...form.getInputProps('regionIds')} />
                  <TermSelect
                    kind="segment"
                    multiple
                    label="Segments"
                    {...form.getInputProps('segmentIds')}
                  />
                  <TermSelect
                    kind="industry"
                    multiple
                    label="Industries"
                    {...form.getInputProps('industryIds')}
                  />
                  <SimpleGrid cols={2}>
                    <NumberInput
                      label="Duration (min)"
                      min={0}
                      allowDecimal={false}
                      {...form.getInputProps('durationMinutes')}
                    />
                    <NumberInput
                      label="Slides"
                      min={0}
                      allowDecimal={false}
                      {...form.getInputProps('slideCount')}
                    />
                    <NumberInput
                      label="Steps"
                      min={0}
                      allowDecimal={false}
                      {...form.getInputProps('stepCount')}
                    />
                    <NumberInput
                      label="Words"
                      min={0}
                      allowDecimal={false}
                      {...form.getInputProps('wordCount')}
                    />
                  </SimpleGrid>
                </Stack>
              </Paper>
            </Stack>
          </Grid.Col>
        </Grid>
      </Stack>
    </form>
  );
}
