import { Badge, Button, Group, NumberInput, Paper, Table, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { type CreateTeamInput, createTeamSchema, type Team } from '@shared/schemas/settings.ts';
import { IconPlus } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { ApiError } from '../../../api/client.ts';
import { validateWith } from '../../../api/validateWith.ts';
import { ConfirmDelete } from '../../../components/ConfirmDelete.tsx';
import { QueryState } from '../../../components/QueryState.tsx';
import { VersionConflictModal } from '../../../components/VersionConflictModal.tsx';
import { useVersionedRowEdit } from '../../../hooks/useVersionedRowEdit.ts';
import { ArchiveToggle } from '../components/ArchiveToggle.tsx';
import { SettingsSection } from '../components/SettingsSection.tsx';
import { useTeamMutations } from '../hooks/useTeamMutations.ts';
import { useTeams } from '../hooks/useTeams.ts';

const MAX_BUDGET = 1000;

/**
 * A team's budget, saved when the field loses focus. What was typed stays on screen: a value
 * outside 0–1,000 or with decimals is not clamped out of sight (typing -10 showed 0 while 15 stayed
 * stored) but explained, and nothing is saved until it is a whole number in range.
 */
function BudgetInput({
  team,
  onSave,
}: {
  team: { name: string; quarterlyBudget: number };
  onSave: (value: number, done: (error: Error) => void) => void;
}) {
  const [value, setValue] = useState<string | number>(team.quarterlyBudget);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setValue(team.quarterlyBudget);
    setError(null);
  }, [team.quarterlyBudget]);
  const problem = (input: string | number) => {
    if (input === '' || input === '-') return 'Enter a budget (0 or more points)';
    const number = Number(input);
    if (!Number.isInteger(number)) return 'Use a whole number of points';
    if (number < 0) return 'A budget cannot be negative; use 0 for none';
    if (number > MAX_BUDGET) return `A budget is at most ${MAX_BUDGET.toLocaleString()} points`;
    return null;
  };
  return (
    <NumberInput
      aria-label={`Budget of ${team.name}`}
      value={value}
      onChange={(next) => {
        setValue(next);
        if (error) setError(problem(next));
      }}
      min={0}
      max={MAX_BUDGET}
      clampBehavior="none"
      allowDecimal={false}
      size="xs"
      w={180}
      error={error}
      onBlur={() => {
        const found = problem(value);
        setError(found);
        if (found || Number(value) === team.quarterlyBudget) return;
        onSave(Number(value), (failure) =>
          setError(
            failure instanceof ApiError
              ? (failure.fields.quarterlyBudget ?? failure.message)
              : failure.message,
          ),
        );
      }}
    />
  );
}

type TeamValues = Pick<Team, 'name' | 'quarterlyBudget' | 'archived'>;
const teamValues = ({ name, quarterlyBudget, archived }: Team): TeamValues => ({
  name,
  quarterlyBudget,
  archived,
});
const teamLabels: Record<keyof TeamValues, string> = {
  name: 'Team',
  quarterlyBudget: 'Points per quarter',
  archived: 'Archived',
};

/** Requesting teams and their quarterly request budgets (new content costs 2 points, reuse 1). */
export function TeamsPage() {
  const teams = useTeams();
  const form = useForm<CreateTeamInput>({
    initialValues: { name: '' },
    validate: validateWith(createTeamSchema),
  });
  const { create, update, remove } = useTeamMutations();
  const { edit, conflictModal } = useVersionedRowEdit({
    update,
    labels: teamLabels,
    toValues: teamValues,
    reload: () => teams.refetch(),
  });

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
                      <BudgetInput
                        team={team}
                        onSave={(quarterlyBudget, done) => edit(team, { quarterlyBudget }, done)}
                      />
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="nowrap" justify="flex-end">
                        <ArchiveToggle
                          name={team.name}
                          archived={team.archived}
                          onToggle={() => edit(team, { archived: !team.archived })}
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
      <VersionConflictModal {...conflictModal} />
    </SettingsSection>
  );
}
