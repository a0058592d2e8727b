import {
  Avatar,
  Button,
  Card,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import {
  type CreateTeamMemberInput,
  createTeamMemberSchema,
  type TeamMember,
} from '@shared/schemas/settings.ts';
import { IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { validateWith } from '../../../api/validateWith.ts';
import { ConfirmDelete } from '../../../components/ConfirmDelete.tsx';
import { FormModal } from '../../../components/FormModal.tsx';
import { QueryState } from '../../../components/QueryState.tsx';
import { VersionConflictModal } from '../../../components/VersionConflictModal.tsx';
import { useVersionedRowEdit } from '../../../hooks/useVersionedRowEdit.ts';
import { SettingsSection } from '../components/SettingsSection.tsx';
import { useTeamMemberMutations } from '../hooks/useTeamMemberMutations.ts';
import { useTeamMembers } from '../hooks/useTeamMembers.ts';
import { useTerms } from '../hooks/useTerms.ts';
import { useUsers } from '../hooks/useUsers.ts';

/** Solutions and their use cases, grouped, for picking areas of responsibility. */
function useAreaOptions() {
  const terms = useTerms();
  const solutions = (terms.data ?? []).filter((term) => term.kind === 'solution' && !term.archived);
  return solutions.map((solution) => ({
    group: solution.name,
    items: [
      { value: solution.id, label: `${solution.name} (all)` },
      ...(terms.data ?? [])
        .filter((term) => term.kind === 'use_case' && term.parentId === solution.id && !term.archived)
        .map((term) => ({ value: term.id, label: term.name })),
    ],
  }));
}

type MemberValues = Pick<TeamMember, 'areaIds' | 'quarterlyCapacity'>;
const memberValues = ({ areaIds, quarterlyCapacity }: TeamMember): MemberValues => ({
  areaIds,
  quarterlyCapacity,
});
const memberLabels: Record<keyof MemberValues, string> = {
  areaIds: 'Areas of responsibility',
  quarterlyCapacity: 'Deliverables per quarter',
};

/** Technical marketing managers, the areas they own (used to route requests) and their capacity. */
export function TeamMembersPage() {
  const members = useTeamMembers();
  const users = useUsers();
  const areaOptions = useAreaOptions();
  const [adding, setAdding] = useState(false);
  const form = useForm<CreateTeamMemberInput>({
    initialValues: { userId: '', title: '', quarterlyCapacity: 6, areaIds: [] },
    validate: validateWith(createTeamMemberSchema),
  });
  const { create, update, remove } = useTeamMemberMutations();
  const terms = useTerms();
  const termName = (id: string) => terms.data?.find((term) => term.id === id)?.name ?? 'a removed area';
  const { edit, conflictModal } = useVersionedRowEdit({
    update,
    labels: memberLabels,
    toValues: memberValues,
    format: (path, value) =>
      path === 'areaIds' && Array.isArray(value)
        ? value.length > 0
          ? value.map((id) => termName(String(id))).join(', ')
          : '(none)'
        : undefined,
    reload: () => members.refetch(),
  });
  const memberIds = new Set((members.data ?? []).map((member) => member.userId));
  const candidates = (users.data ?? []).filter(
    (user) => user.active && (user.role === 'tmm' || user.role === 'admin') && !memberIds.has(user.id),
  );

  return (
    <SettingsSection
      title="Team members"
      description="The technical marketing managers. Requests are routed by these areas of responsibility and by each person's load against their quarterly capacity."
      action={
        <Button leftSection={<IconUserPlus size={16} />} onClick={() => setAdding(true)}>
          Add team member
        </Button>
      }
    >
      <QueryState query={members}>
        {(list) =>
          list.length === 0 ? (
            <Card withBorder p="xl" ta="center" c="dimmed">
              No team members yet. Add the technical marketing managers who take requests.
            </Card>
          ) : (
            <SimpleGrid cols={{ base: 1, lg: 2 }}>
              {list.map((member) => (
                <Card key={member.id} withBorder radius="md" padding="lg" aria-label={member.name}>
                  <Stack gap="sm">
                    <Group justify="space-between" wrap="nowrap">
                      <Group wrap="nowrap">
                        <Avatar color="indigo" radius="xl">
                          {member.name.slice(0, 1)}
                        </Avatar>
                        <div>
                          <Text fw={600}>{member.name}</Text>
                          <Text size="xs" c="dimmed">
                            {member.title || member.email}
                          </Text>
                        </div>
                      </Group>
                      <ConfirmDelete label={member.name} onConfirm={() => remove.mutate(member)} />
                    </Group>
                    <MultiSelect
                      label="Areas of responsibility"
                      data={areaOptions}
                      value={member.areaIds}
                      onChange={(areaIds) => edit(member, { areaIds })}
                      searchable
                    />
                    <NumberInput
                      key={member.version}
                      label="Deliverables per quarter"
                      defaultValue={member.quarterlyCapacity}
                      min={0}
                      max={500}
                      allowDecimal={false}
                      w={200}
                      onBlur={(event) => {
                        const value = Number(event.currentTarget.value);
                        if (Number.isInteger(value) && value !== member.quarterlyCapacity) {
                          edit(member, { quarterlyCapacity: value });
                        }
                      }}
                    />
                  </Stack>
                </Card>
              ))}
            </SimpleGrid>
          )
        }
      </QueryState>
      <FormModal
        opened={adding}
        onClose={() => setAdding(false)}
        title="Add team member"
        form={form}
        mutation={create}
        submitLabel="Add"
      >
        <Select
          label="Person"
          description="Accounts with the TMM or admin role"
          required
          searchable
          nothingFoundMessage="Everyone eligible is already on the team"
          data={candidates.map((user) => ({ value: user.id, label: `${user.name} (${user.email})` }))}
          {...form.getInputProps('userId')}
        />
        <TextInput label="Title" {...form.getInputProps('title')} />
        <MultiSelect
          label="Areas of responsibility"
          data={areaOptions}
          searchable
          {...form.getInputProps('areaIds')}
        />
        <NumberInput
          label="Deliverables per quarter"
          min={0}
          max={500}
          allowDecimal={false}
          {...form.getInputProps('quarterlyCapacity')}
        />
      </FormModal>
      <VersionConflictModal {...conflictModal} />
    </SettingsSection>
  );
}
