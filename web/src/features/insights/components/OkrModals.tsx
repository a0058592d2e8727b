import { Fieldset, NumberInput, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { type UseFormReturnType, useForm } from '@mantine/form';
import { type OkrFilterKey, okrFilterLabels, okrMeasureInfo, okrMeasures } from '@shared/okrs.ts';
import { measureLabels, measures } from '@shared/schemas/insights.ts';
import {
  createKeyResultSchema,
  createObjectiveSchema,
  type KeyResult,
  keyResultEntrySchema,
  type Objective,
} from '@shared/schemas/okrs.ts';
import { useEffect } from 'react';
import { validateWith } from '../../../api/validateWith.ts';
import { FormModal } from '../../../components/FormModal.tsx';
import { TermSelect } from '../../../components/TermSelect.tsx';
import { useTeams } from '../../settings/hooks/useTeams.ts';
import { useUsers } from '../../settings/hooks/useUsers.ts';
import { type KeyResultInput, type ObjectiveInput, useOkrMutations } from '../hooks/useOkrs.ts';

type ObjectiveValues = { title: string; description: string; ownerId: string };
const objectiveValues = (objective: Objective | null): ObjectiveValues => ({
  title: objective?.title ?? '',
  description: objective?.description ?? '',
  ownerId: objective?.owner?.id ?? '',
});
const objectiveInput = (values: ObjectiveValues): ObjectiveInput => ({
  title: values.title,
  description: values.description,
  ownerId: values.ownerId || null,
});

/**
 * Set an objective for a quarter, or rename one, describe it or give it another owner.
 * `objective` null with `quarter` set adds one; closed when both are null.
 */
export function ObjectiveModal({
  opened,
  objective,
  quarter,
  onClose,
}: {
  opened: boolean;
  objective: Objective | null;
  quarter: string;
  onClose: () => void;
}) {
  const { createObjective, updateObjective } = useOkrMutations();
  const users = useUsers();
  const form = useForm<ObjectiveValues>({
    initialValues: objectiveValues(null),
    validate: validateWith(createObjectiveSchema, (values) => ({ ...objectiveInput(values), quarter })),
  });
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when another objective opens
  useEffect(() => {
    if (opened) {
      form.setValues(objectiveValues(objective));
      form.resetDirty(objectiveValues(objective));
    }
  }, [opened, objective?.id]);
  const ownerField = (
    <Select
      label="Owner"
      placeholder="No one in particular"
      clearable
      searchable
      data={(users.data ?? [])
        .filter((user) => user.active)
        .map((user) => ({ value: user.id, label: user.name }))}
      {...form.getInputProps('ownerId')}
    />
  );
  const fields = (
    <>
      <TextInput
        label="Objective"
        description="What the team sets out to achieve this quarter"
        required
        data-autofocus
        {...form.getInputProps('title')}
      />
      <Textarea
        label="Why it matters"
        autosize
        minRows={2}
        maxRows={5}
        {...form.getInputProps('description')}
      />
      {ownerField}
    </>
  );
  if (objective)
    return (
      <FormModal
        opened={opened}
        onClose={onClose}
        title="Edit objective"
        form={form}
        mutation={updateObjective}
        toInput={(values, version) => ({
          id: objective.id,
          version: version ?? 0,
          ...objectiveInput(values),
        })}
        versioned={{
          version: objective.version,
          labels: { title: 'Objective', description: 'Why it matters', ownerId: 'Owner' },
          toValues: objectiveValues as (current: never) => ObjectiveValues,
          format: (path, value) =>
            path === 'ownerId'
              ? (users.data?.find((user) => user.id === value)?.name ?? 'No one')
              : undefined,
          toChangesInput: (changes, version) => ({
            id: objective.id,
            version,
            ...changes,
            ...(changes.ownerId !== undefined ? { ownerId: changes.ownerId || null } : {}),
          }),
        }}
      >
        {fields}
      </FormModal>
    );
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={`New objective for ${quarter.replace('-', ' ')}`}
      form={form}
      mutation={createObjective}
      toInput={(values) => ({ ...objectiveInput(values), quarter })}
      submitLabel="Add objective"
    >
      {fields}
    </FormModal>
  );
}

type KeyResultValues = { title: string; measure: string; target: number | string } & Record<
  OkrFilterKey,
  string
>;
const noFilters: Record<OkrFilterKey, string> = {
  formatId: '',
  solutionId: '',
  personaId: '',
  visibility: '',
  engagement: '',
  teamId: '',
};
const keyResultValues = (keyResult: KeyResult | null): KeyResultValues => ({
  title: keyResult?.title ?? '',
  measure: keyResult?.measure ?? 'published_assets',
  target: keyResult?.target ?? '',
  ...noFilters,
  ...(keyResult?.filters ?? {}),
});
/** The request body: only the filters the chosen measure takes, and only those set. */
function keyResultInput(values: KeyResultValues): KeyResultInput {
  const measure = values.measure as KeyResult['measure'];
  const allowed = okrMeasureInfo[measure]?.filters ?? [];
  return {
    title: values.title,
    measure,
    target: values.target === '' ? Number.NaN : Number(values.target),
    filters: Object.fromEntries(
      allowed.flatMap((key) => (values[key] ? [[key, values[key]]] : [])),
    ) as KeyResult['filters'],
  };
}

/** The fields for one filter, as the measure offers it. */
function FilterField({
  name,
  inputProps,
}: {
  name: OkrFilterKey;
  inputProps: ReturnType<UseFormReturnType<KeyResultValues>['getInputProps']>;
}) {
  const teams = useTeams();
  const props = {
    label: okrFilterLabels[name],
    placeholder: 'Any',
    clearable: true,
    ...inputProps,
    // An unset filter is null to the select (no clear button), '' to the form.
    value: (inputProps.value as string) || null,
  };
  switch (name) {
    case 'formatId':
      return <TermSelect kind="format" {...props} />;
    case 'solutionId':
      return <TermSelect kind="solution" {...props} />;
    case 'personaId':
      return <TermSelect kind="persona" {...props} />;
    case 'visibility':
      return (
        <Select
          {...props}
          data={[
            { value: 'external', label: 'External' },
            { value: 'internal', label: 'Internal' },
          ]}
        />
      );
    case 'engagement':
      return (
        <Select
          {...props}
          placeholder="All engagement"
          data={measures.map((measure) => ({ value: measure, label: measureLabels[measure] }))}
        />
      );
    case 'teamId':
      return (
        <Select
          {...props}
          searchable
          data={(teams.data ?? []).map((team) => ({ value: team.id, label: team.name }))}
        />
      );
  }
}

/**
 * Add a key result to an objective, or change one: a measure from the list (each offers only the
 * filters it takes) or a number entered by hand, and a target.
 */
export function KeyResultModal({
  objective,
  keyResult,
  onClose,
}: {
  objective: Objective | null;
  keyResult: KeyResult | null;
  onClose: () => void;
}) {
  const { addKeyResult, updateKeyResult } = useOkrMutations();
  const opened = objective !== null;
  const form = useForm<KeyResultValues>({
    initialValues: keyResultValues(null),
    validate: validateWith(createKeyResultSchema, keyResultInput),
  });
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when another key result opens
  useEffect(() => {
    if (opened) {
      form.setValues(keyResultValues(keyResult));
      form.resetDirty(keyResultValues(keyResult));
    }
  }, [opened, keyResult?.id]);
  const info = okrMeasureInfo[form.values.measure as KeyResult['measure']] ?? okrMeasureInfo.manual;
  const fields = (
    <>
      <TextInput
        label="Key result"
        description="How you will know, e.g. “Publish 4 DevSecOps demos”"
        required
        data-autofocus
        {...form.getInputProps('title')}
      />
      <Select
        label="Measured by"
        required
        allowDeselect={false}
        data={okrMeasures.map((measure) => ({ value: measure, label: okrMeasureInfo[measure].label }))}
        description={info.description}
        {...form.getInputProps('measure')}
      />
      {info.filters.length > 0 && (
        <Fieldset legend="Count only" variant="filled" p="sm">
          <Stack gap="xs">
            {info.filters.map((name) => (
              <FilterField key={name} name={name} inputProps={form.getInputProps(name)} />
            ))}
          </Stack>
        </Fieldset>
      )}
      <NumberInput
        label="Target"
        required
        min={0}
        max={info.unit === 'percent' ? 100 : undefined}
        suffix={info.unit === 'percent' ? ' %' : undefined}
        thousandSeparator=","
        {...form.getInputProps('target')}
      />
    </>
  );
  if (keyResult)
    return (
      <FormModal
        opened={opened}
        onClose={onClose}
        title="Edit key result"
        form={form}
        mutation={updateKeyResult}
        toInput={(values, version) => ({
          id: keyResult.id,
          version: version ?? 0,
          ...keyResultInput(values),
        })}
        versioned={{
          version: keyResult.version,
          labels: { title: 'Key result', measure: 'Measured by', target: 'Target' },
          toValues: ((current: KeyResult) => keyResultValues(current)) as (current: never) => KeyResultValues,
          format: (path, value) =>
            path === 'measure' ? okrMeasureInfo[value as KeyResult['measure']]?.label : undefined,
          toChangesInput: (_changes, version) => ({
            id: keyResult.id,
            version,
            ...keyResultInput(form.getValues()),
          }),
        }}
      >
        {fields}
      </FormModal>
    );
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={objective ? `New key result for “${objective.title}”` : ''}
      form={form}
      mutation={addKeyResult}
      toInput={(values) => ({ objectiveId: objective?.id ?? '', ...keyResultInput(values) })}
      submitLabel="Add key result"
    >
      {fields}
    </FormModal>
  );
}

/** Enter today's number of a key result Showcase cannot count itself. */
export function EnterNumberModal({
  keyResult,
  onClose,
}: {
  keyResult: KeyResult | null;
  onClose: () => void;
}) {
  const { enter } = useOkrMutations();
  const form = useForm<{ value: number | string }>({
    initialValues: { value: '' },
    validate: validateWith(keyResultEntrySchema, (values) => ({
      value: values.value === '' ? Number.NaN : Number(values.value),
    })),
  });
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when another key result opens
  useEffect(() => {
    if (keyResult) form.setValues({ value: keyResult.value ?? '' });
  }, [keyResult?.id]);
  return (
    <FormModal
      opened={keyResult !== null}
      onClose={onClose}
      title={keyResult ? `Today’s number for “${keyResult.title}”` : ''}
      form={form}
      mutation={enter}
      toInput={(values) => ({ id: keyResult?.id ?? '', value: Number(values.value) })}
      submitLabel="Enter number"
    >
      <NumberInput
        label="Value today"
        description={
          keyResult
            ? `Target: ${keyResult.target.toLocaleString()}. Earlier entries stay in the history.`
            : undefined
        }
        required
        data-autofocus
        thousandSeparator=","
        {...form.getInputProps('value')}
      />
    </FormModal>
  );
}
