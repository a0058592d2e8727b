import { Button, Chip, Group, NumberInput, Paper, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import {
  updateWorkspaceSchema,
  type Workspace,
  workspaceSettingsDefaults,
} from '@shared/schemas/settings.ts';
import { useEffect, useState } from 'react';
import { ApiError } from '../../../api/client.ts';
import { validateWith } from '../../../api/validateWith.ts';
import { QueryState } from '../../../components/QueryState.tsx';
import { VersionConflictModal } from '../../../components/VersionConflictModal.tsx';
import { useVersionConflict } from '../../../hooks/useVersionConflict.ts';
import { SettingsSection } from '../components/SettingsSection.tsx';
import { useSaveWorkspace } from '../hooks/useSaveWorkspace.ts';
import { useWorkspace } from '../hooks/useWorkspace.ts';

type Values = Omit<Workspace, 'version'>;
const valuesOf = ({ version: _version, ...values }: Workspace): Values => values;

/** The form's fields by their labels, for the conflict dialog. */
const labels: Record<string, string> = {
  name: 'Workspace name',
  'settings.defaultTeamBudget': 'Default quarterly budget of a new requesting team',
  'settings.reviewSlaBusinessDays': 'Review a new request within (business days)',
  'settings.assetExpiryDays': 'Library items expire after (days)',
  'settings.workdays': 'Workdays for the review clock',
  'settings.requestPricing.newContent': 'Price of new content',
  'settings.requestPricing.reuse': 'Price of reuse',
  'settings.requestPricing.eventNew': 'Price of event, new',
  'settings.requestPricing.eventReuse': 'Price of event, reuse',
  'settings.utmCampaignPrefix': 'UTM campaign prefix',
};
const dayNames = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const formatValue = (path: string, value: unknown) =>
  path === 'settings.workdays' && Array.isArray(value)
    ? value.map((day) => dayNames[day as number]).join(', ')
    : undefined;

/** The workspace name and the rules of the team's practice that other modules apply. */
export function WorkspacePage() {
  const workspace = useWorkspace();
  const form = useForm<Values>({
    initialValues: {
      name: '',
      settings: workspaceSettingsDefaults,
    },
    validate: validateWith(updateWorkspaceSchema),
  });
  /** The version the form shows: saves send it as If-Match. */
  const [version, setVersion] = useState(0);
  const load = (values: Values, loadedVersion: number) => {
    form.setValues(values);
    form.resetDirty(values);
    setVersion(loadedVersion);
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: load once per fetch, never over edits in progress
  useEffect(() => {
    if (workspace.data && !form.isDirty()) load(valuesOf(workspace.data), workspace.data.version);
  }, [workspace.data]);
  const save = useSaveWorkspace();
  const { conflict, catchConflict, dismiss } = useVersionConflict<Values, Workspace>({
    labels,
    toValues: valuesOf,
    format: formatValue,
  });
  const onError = (values: Values, base: Values) => (error: Error) => {
    if (catchConflict(error, values, base)) return;
    if (error instanceof ApiError) form.setErrors(error.fields);
  };
  const saved = (result: Workspace) => load(valuesOf(result), result.version);

  return (
    <SettingsSection
      title="General"
      description="The workspace name and the defaults of your team's practice."
    >
      <QueryState query={workspace}>
        {() => (
          <Paper withBorder radius="md" p="lg" maw={560}>
            <form
              onSubmit={form.onSubmit((values) =>
                save.mutate(
                  { body: values, version },
                  { onSuccess: saved, onError: onError(values, form.getInitialValues()) },
                ),
              )}
            >
              <VersionConflictModal
                conflict={conflict}
                applying={save.isPending}
                onClose={dismiss}
                onApply={(found) =>
                  save.mutate(
                    { body: found.changes, version: found.version },
                    {
                      onSuccess: (result) => {
                        dismiss();
                        saved(result);
                      },
                      onError: onError(found.merged, found.theirs),
                    },
                  )
                }
                onDiscard={(found) => {
                  load(found.theirs, found.version);
                  dismiss();
                }}
              />
              <Stack>
                <TextInput label="Workspace name" required {...form.getInputProps('name')} />
                <NumberInput
                  label="Default quarterly budget of a new requesting team"
                  description="Request points; new content costs 2, reusing existing content 1"
                  min={0}
                  max={1000}
                  allowDecimal={false}
                  {...form.getInputProps('settings.defaultTeamBudget')}
                />
                <NumberInput
                  label="Review a new request within (business days)"
                  min={1}
                  max={30}
                  allowDecimal={false}
                  {...form.getInputProps('settings.reviewSlaBusinessDays')}
                />
                <NumberInput
                  label="Library items expire after (days)"
                  description="Expired items are archived, never deleted"
                  min={1}
                  max={3650}
                  allowDecimal={false}
                  {...form.getInputProps('settings.assetExpiryDays')}
                />
                <Stack gap={4}>
                  <Text size="sm" fw={500}>
                    Workdays for the review clock
                  </Text>
                  <Chip.Group
                    multiple
                    value={form.values.settings.workdays.map(String)}
                    onChange={(days) => form.setFieldValue('settings.workdays', days.map(Number).sort())}
                  >
                    <Group gap={6}>
                      {['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].map((day, index) => (
                        <Chip key={day} value={String(index)} size="xs">
                          {day}
                        </Chip>
                      ))}
                    </Group>
                  </Chip.Group>
                  {form.errors['settings.workdays'] && (
                    <Text size="xs" c="red">
                      {form.errors['settings.workdays']}
                    </Text>
                  )}
                </Stack>
                <Text size="sm" fw={500}>
                  Request prices (budget points)
                </Text>
                <SimpleGrid cols={{ base: 2, sm: 4 }}>
                  <NumberInput
                    label="New content"
                    min={0}
                    max={100}
                    allowDecimal={false}
                    {...form.getInputProps('settings.requestPricing.newContent')}
                  />
                  <NumberInput
                    label="Reuse"
                    min={0}
                    max={100}
                    allowDecimal={false}
                    {...form.getInputProps('settings.requestPricing.reuse')}
                  />
                  <NumberInput
                    label="Event, new"
                    min={0}
                    max={100}
                    allowDecimal={false}
                    {...form.getInputProps('settings.requestPricing.eventNew')}
                  />
                  <NumberInput
                    label="Event, reuse"
                    min={0}
                    max={100}
                    allowDecimal={false}
                    {...form.getInputProps('settings.requestPricing.eventReuse')}
                  />
                </SimpleGrid>
                <TextInput
                  label="UTM campaign prefix"
                  description="Put in front of every campaign the UTM builder makes: “tmm” gives tmm-<campaign>"
                  {...form.getInputProps('settings.utmCampaignPrefix')}
                />
                <Group justify="flex-end">
                  <Button type="submit" loading={save.isPending} disabled={!form.isDirty()}>
                    Save changes
                  </Button>
                </Group>
              </Stack>
            </form>
          </Paper>
        )}
      </QueryState>
    </SettingsSection>
  );
}
