import {
  Badge,
  Button,
  Group,
  Modal,
  Paper,
  PasswordInput,
  Select,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { roleDescriptions, roleLabels, roles } from '@shared/roles.ts';
import { type CreateUserInput, createUserSchema, type User } from '@shared/schemas/users.ts';
import { IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { validateWith } from '../../../api/validateWith.ts';
import { FormModal } from '../../../components/FormModal.tsx';
import { QueryState } from '../../../components/QueryState.tsx';
import { SecretReveal } from '../../../components/SecretReveal.tsx';
import { VersionConflictModal } from '../../../components/VersionConflictModal.tsx';
import { useVersionedRowEdit } from '../../../hooks/useVersionedRowEdit.ts';
import { useSession } from '../../auth/hooks/useSession.ts';
import { SettingsSection } from '../components/SettingsSection.tsx';
import { useUserMutations } from '../hooks/useUserMutations.ts';
import { useUsers } from '../hooks/useUsers.ts';

/** An empty password means "generate one": it is left out of the request. */
const toCreateUserInput = (values: CreateUserInput): CreateUserInput => ({
  ...values,
  password: values.password || undefined,
});

const roleOptions = roles.map((role) => ({ value: role, label: roleLabels[role] }));

type UserValues = Pick<User, 'role' | 'active'>;
const userValues = ({ role, active }: User): UserValues => ({ role, active });
const userLabels: Record<keyof UserValues, string> = { role: 'Role', active: 'Active' };

/** Accounts: create (with a one-time password), change role, deactivate. */
export function UsersPage() {
  const users = useUsers();
  const session = useSession();
  const [adding, setAdding] = useState(false);
  const [created, setCreated] = useState<{ user: User; temporaryPassword?: string } | null>(null);
  const form = useForm<CreateUserInput>({
    initialValues: { email: '', name: '', role: 'requester', password: '' },
    validate: validateWith(createUserSchema, toCreateUserInput),
  });
  const { create, update } = useUserMutations();
  const { edit, conflictModal } = useVersionedRowEdit({
    update,
    labels: userLabels,
    toValues: userValues,
    format: (path, value) => (path === 'role' ? roleLabels[value as User['role']] : undefined),
    reload: () => users.refetch(),
  });

  return (
    <SettingsSection
      title="Users and roles"
      description="Admins manage everything; TMMs run requests, demos and the library; requesters ask for content; viewers browse and share. Deactivated people cannot sign in or use their tokens."
      action={
        <Button leftSection={<IconUserPlus size={16} />} onClick={() => setAdding(true)}>
          Add user
        </Button>
      }
    >
      <QueryState query={users}>
        {(list) => (
          <Paper withBorder radius="md">
            <Table.ScrollContainer minWidth={640}>
              <Table verticalSpacing="sm" aria-label="Users">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Name</Table.Th>
                    <Table.Th w={260}>Role</Table.Th>
                    <Table.Th w={120}>Active</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.map((user) => (
                    <Table.Tr key={user.id} opacity={user.active ? 1 : 0.6}>
                      <Table.Td>
                        <Group gap="xs">
                          <Text fw={500}>{user.name}</Text>
                          {user.id === session.data?.user.id && <Badge size="xs">You</Badge>}
                        </Group>
                        <Text size="xs" c="dimmed">
                          {user.email}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Select
                          aria-label={`Role of ${user.name}`}
                          data={roleOptions}
                          value={user.role}
                          allowDeselect={false}
                          size="xs"
                          onChange={(role) => role && edit(user, { role: role as User['role'] })}
                        />
                      </Table.Td>
                      <Table.Td>
                        <Switch
                          aria-label={`${user.name} is active`}
                          checked={user.active}
                          onChange={(event) => edit(user, { active: event.currentTarget.checked })}
                        />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Paper>
        )}
      </QueryState>
      <FormModal
        opened={adding}
        onClose={() => setAdding(false)}
        title="Add user"
        form={form}
        mutation={create}
        toInput={toCreateUserInput}
        onSaved={setCreated}
        submitLabel="Create"
      >
        <TextInput label="Name" required data-autofocus {...form.getInputProps('name')} />
        <TextInput label="Email" type="email" required {...form.getInputProps('email')} />
        <Select
          label="Role"
          data={roleOptions}
          allowDeselect={false}
          description={roleDescriptions[form.values.role]}
          {...form.getInputProps('role')}
        />
        <PasswordInput
          label="Password"
          description="Leave empty to generate one you can hand over"
          {...form.getInputProps('password')}
        />
      </FormModal>
      <Modal opened={created !== null} onClose={() => setCreated(null)} title="User created">
        {created && (
          <Stack>
            <Text>
              {created.user.name} can now sign in as <b>{created.user.email}</b>.
            </Text>
            {created.temporaryPassword && (
              <SecretReveal title="Temporary password — shown once" secret={created.temporaryPassword} />
            )}
            <Button onClick={() => setCreated(null)}>Done</Button>
          </Stack>
        )}
      </Modal>
      <VersionConflictModal {...conflictModal} />
    </SettingsSection>
  );
}
