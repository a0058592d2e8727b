import {
  ActionIcon,
  Alert,
  Button,
  Divider,
  Group,
  Modal,
  Paper,
  Select,
  Stack,
  Switch,
  TagsInput,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { emptyStoryboard, formatDuration, type Scene, type Storyboard, scriptStats } from '@shared/demos.ts';
import type { Demo } from '@shared/schemas/demos.ts';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiError } from '../../../api/client.ts';
import { TermSelect } from '../../../components/TermSelect.tsx';
import { VersionConflictModal } from '../../../components/VersionConflictModal.tsx';
import { useVersionConflict } from '../../../hooks/useVersionConflict.ts';
import { useTerms } from '../../settings/hooks/useTerms.ts';
import { useWorkspace } from '../../settings/hooks/useWorkspace.ts';
import { useForkDemo, useSaveDemo } from '../hooks/useDemoMutations.ts';
import { useCatalogueTargets } from '../hooks/useDemos.ts';

interface Step {
  key: string;
  /** "category:<id>" or "feature:<id>". */
  target: string | null;
  core: boolean;
}

let nextKey = 0;
const newKey = () => `step-${nextKey++}`;
const emptyScene: Scene = { title: '', shows: '', whyItMatters: '', script: '' };

type TrailEntry = { featureId: string; core: boolean } | { categoryId: string; core: boolean };
/** What a save sends (without a persona override): compared field by field in a conflict. */
interface DemoValues {
  personaId: string | null;
  productVersion: string | null;
  environment: string;
  storyboard: Storyboard;
  steps: TrailEntry[];
}

function valuesOfDemo(demo: Demo): DemoValues {
  return {
    personaId: demo.persona?.id ?? null,
    productVersion: demo.productVersion ?? null,
    environment: demo.environment,
    storyboard: demo.storyboard,
    steps: demo.trail.map((step) =>
      step.feature
        ? { featureId: step.feature.id, core: step.core }
        : { categoryId: step.category.id, core: step.core },
    ),
  };
}

const stepsOf = (entries: TrailEntry[]): Step[] =>
  entries.map((entry) => ({
    key: newKey(),
    target: 'featureId' in entry ? `feature:${entry.featureId}` : `category:${entry.categoryId}`,
    core: entry.core,
  }));

const conflictLabels: Record<keyof DemoValues, string> = {
  personaId: 'Target persona',
  productVersion: 'Recorded on version',
  environment: 'Environment',
  storyboard: 'Storyboard',
  steps: 'Feature trail',
};

/** Edits a demo's persona, version, trail and storyboard, with live script length and warnings. */
export function DemoEditor({ id, demo, onDone }: { id: string; demo: Demo | null; onDone: () => void }) {
  const navigate = useNavigate();
  const workspace = useWorkspace();
  const [personaId, setPersonaId] = useState<string | null>(demo?.persona?.id ?? null);
  const [productVersion, setProductVersion] = useState(demo?.productVersion ?? '');
  const [environment, setEnvironment] = useState(demo?.environment ?? '');
  const [steps, setSteps] = useState<Step[]>(demo ? stepsOf(valuesOfDemo(demo).steps) : []);
  const [storyboard, setStoryboard] = useState<Storyboard>(demo?.storyboard ?? emptyStoryboard);
  const [personaChoice, setPersonaChoice] = useState(false);
  const [overrideReason, setOverrideReason] = useState('');

  const targetOptions = useCatalogueTargets();
  const stats = scriptStats(storyboard, {
    shortFormSeconds: workspace.data?.settings.shortFormSeconds ?? 180,
  });

  const save = useSaveDemo(id);
  const fork = useForkDemo(id);
  const fields = save.error instanceof ApiError ? save.error.fields : {};
  /** The version and values the editor started from: saves send the version as If-Match. */
  const loaded = useRef<{ version?: number; values?: DemoValues }>({
    version: demo?.version,
    values: demo ? valuesOfDemo(demo) : undefined,
  });
  const terms = useTerms();
  const { conflict, catchConflict, dismiss } = useVersionConflict<DemoValues, Demo>({
    labels: conflictLabels,
    toValues: valuesOfDemo,
    format: (path, value) => {
      if (path === 'personaId') return terms.data?.find((term) => term.id === value)?.name;
      if (path === 'steps' && Array.isArray(value)) return `${value.length} steps`;
      if (path === 'storyboard') {
        const board = value as Storyboard;
        return `${board.scenes.length} scenes${board.story ? `: ${board.story.slice(0, 120)}` : ''}`;
      }
      return undefined;
    },
  });
  const loadValues = (values: DemoValues, version: number) => {
    setPersonaId(values.personaId);
    setProductVersion(values.productVersion ?? '');
    setEnvironment(values.environment);
    setStoryboard(values.storyboard);
    setSteps(stepsOf(values.steps));
    loaded.current = { version, values };
  };

  const body = (extra: object = {}) => ({
    personaId,
    productVersion: productVersion.trim() || null,
    environment,
    storyboard,
    // A click-through demo's trail comes from its builder steps; the server keeps it as it is.
    steps: (demo?.clickThrough ? [] : steps)
      .filter((step) => step.target)
      .map((step) => {
        const [kind, targetId] = (step.target ?? '').split(':');
        return kind === 'feature'
          ? { featureId: targetId, core: step.core }
          : { categoryId: targetId, core: step.core };
      }),
    ...extra,
  });
  const submit = async (extra: object = {}) => {
    try {
      await save.mutateAsync({ body: body(extra), version: loaded.current.version });
      onDone();
    } catch (error) {
      if (error instanceof ApiError && error.code === 'persona_change') setPersonaChoice(true);
      else if (loaded.current.values) catchConflict(error, body() as DemoValues, loaded.current.values);
    }
  };
  const applyOnTop = async (found: NonNullable<typeof conflict>) => {
    try {
      await save.mutateAsync({ body: found.changes, version: found.version });
      dismiss();
      onDone();
    } catch (error) {
      if (!catchConflict(error, found.merged, found.theirs)) dismiss();
    }
  };
  const move = (index: number, by: number) =>
    setSteps((all) => {
      const next = [...all];
      const [step] = next.splice(index, 1);
      if (step) next.splice(index + by, 0, step);
      return next;
    });
  const setScene = (index: number, patch: Partial<Scene>) =>
    setStoryboard((s) => ({
      ...s,
      scenes: s.scenes.map((scene, i) => (i === index ? { ...scene, ...patch } : scene)),
    }));

  return (
    <Stack>
      <VersionConflictModal
        conflict={conflict}
        applying={save.isPending}
        onClose={dismiss}
        onApply={applyOnTop}
        onDiscard={(found) => {
          loadValues(found.theirs, found.version);
          dismiss();
        }}
      />
      {save.error &&
        !(
          save.error instanceof ApiError &&
          (save.error.code === 'persona_change' || save.error.code === 'version_conflict')
        ) && (
          <Alert color="red" title="Not saved">
            {save.error.message}
            {Object.entries(fields).map(([field, message]) => (
              <Text size="sm" key={field}>
                {field}: {message}
              </Text>
            ))}
          </Alert>
        )}
      <Group grow align="flex-start">
        <TermSelect
          kind="persona"
          label="Target persona"
          description="One demo, one persona"
          value={personaId}
          onChange={setPersonaId}
          error={fields.personaId}
          clearable={false}
        />
        <TextInput
          label="Recorded on version"
          placeholder="15.4"
          value={productVersion}
          onChange={(e) => setProductVersion(e.currentTarget.value)}
          error={fields.productVersion}
        />
        <TextInput
          label="Demo environment"
          value={environment}
          onChange={(e) => setEnvironment(e.currentTarget.value)}
        />
      </Group>

      <Divider label="Feature trail" labelPosition="left" />
      {demo?.clickThrough ? (
        <Text size="sm" c="dimmed">
          A click-through demo's trail is its steps: set what each step shows in the click-through builder.
        </Text>
      ) : (
        <>
          <Stack gap="xs">
            {steps.map((step, index) => (
              <Group key={step.key} gap="xs" wrap="nowrap">
                <Text size="sm" fw={700} w={24}>
                  {index + 1}
                </Text>
                <Select
                  aria-label={`Step ${index + 1}`}
                  placeholder="Category or feature"
                  data={targetOptions}
                  value={step.target}
                  onChange={(target) =>
                    setSteps((all) => all.map((s) => (s.key === step.key ? { ...s, target } : s)))
                  }
                  searchable
                  style={{ flex: 1 }}
                  error={fields[`steps.${index}.categoryId`] ?? fields[`steps.${index}.featureId`]}
                />
                <Switch
                  label="Core"
                  checked={step.core}
                  onChange={(e) => {
                    const core = e.currentTarget.checked;
                    setSteps((all) => all.map((s) => (s.key === step.key ? { ...s, core } : s)));
                  }}
                />
                <ActionIcon
                  variant="subtle"
                  aria-label={`Move step ${index + 1} up`}
                  disabled={index === 0}
                  onClick={() => move(index, -1)}
                >
                  <IconArrowUp size={16} />
                </ActionIcon>
                <ActionIcon
                  variant="subtle"
                  aria-label={`Move step ${index + 1} down`}
                  disabled={index === steps.length - 1}
                  onClick={() => move(index, 1)}
                >
                  <IconArrowDown size={16} />
                </ActionIcon>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={`Remove step ${index + 1}`}
                  onClick={() => setSteps((all) => all.filter((s) => s.key !== step.key))}
                >
                  <IconTrash size={16} />
                </ActionIcon>
              </Group>
            ))}
            <Button
              variant="light"
              leftSection={<IconPlus size={16} />}
              onClick={() => setSteps((all) => [...all, { key: newKey(), target: null, core: true }])}
              style={{ alignSelf: 'flex-start' }}
            >
              Add step
            </Button>
          </Stack>
        </>
      )}

      <Divider label="Storyboard" labelPosition="left" />
      <TagsInput
        label="Pain points"
        description="Press Enter after each"
        value={storyboard.painPoints}
        onChange={(painPoints) => setStoryboard((s) => ({ ...s, painPoints }))}
      />
      <Textarea
        label="Story"
        autosize
        minRows={2}
        value={storyboard.story}
        onChange={(e) => {
          const story = e.currentTarget.value;
          setStoryboard((s) => ({ ...s, story }));
        }}
      />
      <Group justify="space-between">
        <Title order={5}>Scenes and script</Title>
        <Text size="sm" aria-live="polite">
          {stats.words} words · about {formatDuration(stats.seconds)} at 160 words a minute
        </Text>
      </Group>
      {stats.warnings.map((warning) => (
        <Alert key={warning} color="yellow" py={6}>
          {warning}
        </Alert>
      ))}
      {storyboard.scenes.map((scene, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: scenes have no identity beyond their place
        <Paper key={index} withBorder p="sm">
          <Group justify="space-between" mb="xs" wrap="nowrap">
            <TextInput
              style={{ flex: 1, maxWidth: 420 }}
              placeholder={index === 0 ? 'Hook' : `Scene ${index + 1}`}
              aria-label={`Scene ${index + 1} title`}
              value={scene.title}
              onChange={(e) => setScene(index, { title: e.currentTarget.value })}
            />
            <Group gap="xs">
              <Text size="xs" c="dimmed">
                {stats.scenes[index]?.words ?? 0} words · {stats.scenes[index]?.seconds ?? 0} s
              </Text>
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={`Remove scene ${index + 1}`}
                onClick={() =>
                  setStoryboard((s) => ({ ...s, scenes: s.scenes.filter((_, i) => i !== index) }))
                }
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
          </Group>
          <Group grow>
            <TextInput
              label="What it shows"
              value={scene.shows}
              onChange={(e) => setScene(index, { shows: e.currentTarget.value })}
            />
            <TextInput
              label="Why it matters"
              value={scene.whyItMatters}
              onChange={(e) => setScene(index, { whyItMatters: e.currentTarget.value })}
            />
          </Group>
          <Textarea
            label="Script"
            autosize
            minRows={2}
            mt="xs"
            value={scene.script}
            onChange={(e) => setScene(index, { script: e.currentTarget.value })}
          />
        </Paper>
      ))}
      <Button
        variant="light"
        leftSection={<IconPlus size={16} />}
        style={{ alignSelf: 'flex-start' }}
        onClick={() => setStoryboard((s) => ({ ...s, scenes: [...s.scenes, emptyScene] }))}
      >
        Add scene
      </Button>

      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          Cancel
        </Button>
        <Button onClick={() => submit()} loading={save.isPending}>
          Save demo
        </Button>
      </Group>

      <Modal
        opened={personaChoice}
        onClose={() => setPersonaChoice(false)}
        title="A new persona means a new demo"
      >
        <Stack>
          <Text size="sm">
            This demo is published for {demo?.persona?.name ?? 'another persona'}. A different persona needs a
            different story, so the usual answer is a new demo linked to this one.
          </Text>
          <Button
            loading={fork.isPending}
            onClick={async () => {
              if (!personaId) return;
              const created = await fork.mutateAsync({ personaId });
              setPersonaChoice(false);
              navigate(`/demos/${created.id}`);
            }}
          >
            Create a new demo for this persona
          </Button>
          <Divider label="or" />
          <TextInput
            label="Override: why this demo changes persona in place"
            value={overrideReason}
            onChange={(e) => setOverrideReason(e.currentTarget.value)}
          />
          <Button
            variant="default"
            disabled={!overrideReason.trim()}
            onClick={async () => {
              setPersonaChoice(false);
              await submit({ personaOverrideReason: overrideReason.trim() });
            }}
          >
            Change the persona anyway
          </Button>
        </Stack>
      </Modal>
    </Stack>
  );
}
