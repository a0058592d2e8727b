import { Button, Chip, Group, NumberInput, Paper, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import {
  updateWorkspaceSchema,
  type Workspace,
  workspaceSettingsDefaults,
} from '@shared/schemas/settings.ts';
import { useEffect } from 'react';
import { ApiError } from '../../../api/client.ts';
import { validateWith } from '../../../api/validateWith.ts';
import { QueryState } from '../../../components/QueryState.tsx';
import { SettingsSection } from '../components/SettingsSection.tsx';
import { useSaveWorkspace } from '../hooks/useSaveWorkspace.ts';
import { useWorkspace } from '../hooks/useWorkspace.ts';

/** The workspace name and the rules of the team's practice that other modules apply. */
export function WorkspacePage() {
  const workspace = useWorkspace();
  const form = useForm<Workspace>({
    initialValues: {
      name: '',
      settings: workspaceSettingsDefaults,
    },
    validate: validateWith(updateWorkspaceSchema),
  });
  // biome-ignore lint/correctness/useExhaustiveDependencies: load once per fetch
  useEffect(() => {
    if (workspace.data) {
      form.setValues(workspace.data);
      form.resetDirty(workspace.data);
    }
  }, [workspace.data]);
  const save = useSaveWorkspace();

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
                save.mutate(values, {
                  onError: (error) => error instanceof ApiError && form.setErrors(error.fields),
                }),
              )}
            >
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
