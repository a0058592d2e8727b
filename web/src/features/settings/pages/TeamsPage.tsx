import { Badge, Button, Group, NumberInput, Paper, Table, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { type CreateTeamInput, createTeamSchema } from '@shared/schemas/settings.ts';
import { IconPlus } from '@tabler/icons-react';
import { ApiError } from '../../../api/client.ts';
import { validateWith } from '../../../api/validateWith.ts';
import { ConfirmDelete } from '../../../components/ConfirmDelete.tsx';
import { QueryState } from '../../../components/QueryState.tsx';
import { ArchiveToggle } from '../components/ArchiveToggle.tsx';
import { SettingsSection } from '../components/SettingsSection.tsx';
import { useTeamMutations } from '../hooks/useTeamMutations.ts';
import { useTeams } from '../hooks/useTeams.ts';

/** Requesting teams and their quarterly request budgets (new content costs 2 points, reuse 1). */
export function TeamsPage() {
  const teams = useTeams();
  const form = useForm<CreateTeamInput>({
    initialValues: { name: '' },
    validate: validateWith(createTeamSchema),
  });
  const { create, update, remove } = useTeamMutations();

  return (
    <SettingsSection
      title="Requesting teams"
      description="Teams that ask the technical marketing team for content. Each has a quarterly budget of request points."
    >
      <form
        onSubmit={form.onSubmit((values) =>
          create.mutate(values, {
            onSuccess: () => form.reset(),
            onError: (error) => error instanceof ApiError && form.setErrors(error.fields),
          }),
        )}
      >
        <Group align="flex-start">
          <TextInput
            aria-label="New team name"
            placeholder="New requesting team"
            style={{ flex: 1 }}
            {...form.getInputProps('name')}
          />
          <Button type="submit" leftSection={<IconPlus size={16} />} loading={create.isPending}>
            Add
          </Button>
        </Group>
      </form>
      <QueryState query={teams}>
        {(list) => (
          <Paper withBorder radius="md">
            <Table verticalSpacing="sm" aria-label="Requesting teams">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Team</Table.Th>
                  <Table.Th w={200}>Points per quarter</Table.Th>
                  <Table.Th w={90} />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.map((team) => (
                  <Table.Tr key={team.id} opacity={team.archived ? 0.6 : 1}>
                    <Table.Td>
                      <Group gap="xs">
                        {team.name}
                        {team.archived && (
                          <Badge size="sm" color="gray" variant="light">
                            Archived
                          </Badge>
                        )}
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <NumberInput
                        aria-label={`Budget of ${team.name}`}
                        defaultValue={team.quarterlyBudget}
                        min={0}
                        max={1000}
                        allowDecimal={false}
                        size="xs"
                        w={120}
                        onBlur={(event) => {
                          const value = Number(event.currentTarget.value);
                          if (Number.isInteger(value) && value !== team.quarterlyBudget)
                            update.mutate({ id: team.id, quarterlyBudget: value });
                        }}
                      />
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="nowrap" justify="flex-end">
                        <ArchiveToggle
                          name={team.name}
                          archived={team.archived}
                          onToggle={() => update.mutate({ id: team.id, archived: !team.archived })}
                        />
                        <ConfirmDelete label={team.name} onConfirm={() => remove.mutate(team)} />
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Paper>
        )}
      </QueryState>
    </SettingsSection>
  );
}
