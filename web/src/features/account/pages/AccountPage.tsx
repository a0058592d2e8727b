import {
  Badge,
  Button,
  Code,
  Group,
  Modal,
  Paper,
  PasswordInput,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { roleLabels } from '@shared/roles.ts';
import {
  type ChangePasswordInput,
  type CreateApiTokenInput,
  changePasswordSchema,
  createApiTokenSchema,
  updateProfileSchema,
} from '@shared/schemas/account.ts';
import { describeTokenScopes, type TokenScope, tokenAreasOfRole } from '@shared/tokens.ts';
import { IconKey } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { ApiError } from '../../../api/client.ts';
import { validateWith } from '../../../api/validateWith.ts';
import { ConfirmDelete } from '../../../components/ConfirmDelete.tsx';
import { DateTime } from '../../../components/DateTime.tsx';
import { FormModal } from '../../../components/FormModal.tsx';
import { QueryState } from '../../../components/QueryState.tsx';
import { SecretReveal } from '../../../components/SecretReveal.tsx';
import { useSession } from '../../auth/hooks/useSession.ts';
import { usePageTitle } from '../../shell/hooks/usePageTitle.ts';
import { TokenAccessFields, type TokenFormValues } from '../components/TokenAccessFields.tsx';
import { useAccountMutations } from '../hooks/useAccountMutations.ts';
import { useApiTokens } from '../hooks/useApiTokens.ts';

const checkPassword = validateWith<ChangePasswordInput>(changePasswordSchema);
/** The scopes the form's choices stand for (shared/tokens.ts): none is full access. */
function tokenScopesOf(values: TokenFormValues): TokenScope[] {
  if (values.access === 'full') return [];
  if (values.access === 'read') return ['read'];
  return [...(values.areasReadOnly ? (['read'] as const) : []), ...values.areas];
}
/** "never" is a token that does not expire: the expiry is left out of the request. */
const toTokenInput = (values: TokenFormValues): CreateApiTokenInput => ({
  name: values.name,
  expiresInDays: values.expiry === 'never' ? undefined : Number(values.expiry),
  scopes: tokenScopesOf(values),
});
const checkToken = validateWith<TokenFormValues>(createApiTokenSchema, toTokenInput);
const newToken: TokenFormValues = {
  name: '',
  access: 'full',
  areas: [],
  areasReadOnly: false,
  expiry: '90',
};
const isPast = (at: string | null) => at !== null && new Date(at).getTime() <= Date.now();

/** Your name, password and personal API tokens. */
export function AccountPage() {
  usePageTitle('Account');
  const session = useSession();
  const user = session.data?.user;
  const tokens = useApiTokens();
  const [creating, setCreating] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const newTokenButton = useRef<HTMLButtonElement>(null);
  const { saveProfile, changePassword, createToken, revokeToken } = useAccountMutations();

  const profile = useForm({
    initialValues: { name: user?.name ?? '' },
    validate: validateWith(updateProfileSchema),
  });
  const password = useForm<ChangePasswordInput & { confirm: string }>({
    initialValues: { currentPassword: '', newPassword: '', confirm: '' },
    validate: (values) => {
      const { confirm, ...input } = values;
      return {
        ...checkPassword(input),
        ...(confirm === values.newPassword ? {} : { confirm: 'Does not match the new password' }),
      };
    },
  });
  const tokenForm = useForm<TokenFormValues>({
    initialValues: newToken,
    validate: (values) => ({
      ...checkToken(values),
      // Selected areas with none ticked would be a full-access token: ask for one instead.
      ...(values.access === 'areas' && values.areas.length === 0 ? { areas: 'Tick at least one area' } : {}),
    }),
  });

  return (
    <Stack gap="lg" maw={960}>
      <Group justify="space-between">
        <Title order={1}>Account</Title>
        {user && <Badge variant="light">{roleLabels[user.role]}</Badge>}
      </Group>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Paper withBorder radius="md" p="lg">
          <form onSubmit={profile.onSubmit((values) => saveProfile.mutate(values))}>
            <Stack>
              <Title order={2} size="h4">
                Profile
              </Title>
              <TextInput label="Email" value={user?.email ?? ''} readOnly disabled />
              <TextInput label="Display name" required {...profile.getInputProps('name')} />
              <Group justify="flex-end">
                <Button type="submit" loading={saveProfile.isPending}>
                  Save name
                </Button>
              </Group>
            </Stack>
          </form>
        </Paper>
        <Paper withBorder radius="md" p="lg">
          <form
            onSubmit={password.onSubmit(({ currentPassword, newPassword }) =>
              changePassword.mutate(
                { currentPassword, newPassword },
                {
                  onSuccess: () => password.reset(),
                  onError: (error) => error instanceof ApiError && password.setErrors(error.fields),
                },
              ),
            )}
          >
            <Stack>
              <Title order={2} size="h4">
                Change password
              </Title>
              <PasswordInput
                label="Current password"
                autoComplete="current-password"
                required
                {...password.getInputProps('currentPassword')}
              />
              <PasswordInput
                label="New password"
                autoComplete="new-password"
                required
                {...password.getInputProps('newPassword')}
              />
              <PasswordInput
                label="Repeat new password"
                autoComplete="new-password"
                required
                {...password.getInputProps('confirm')}
              />
              <Group justify="flex-end">
                <Button type="submit" loading={changePassword.isPending}>
                  Change password
                </Button>
              </Group>
            </Stack>
          </form>
        </Paper>
      </SimpleGrid>
      <Paper withBorder radius="md" p="lg">
        <Stack>
          <Group justify="space-between">
            <div>
              <Title order={2} size="h4">
                Personal API tokens
              </Title>
              <Text size="sm" c="dimmed">
                For scripts and the API: send <Code>Authorization: Bearer &lt;token&gt;</Code>. A token acts
                with your role, or less: read only, or only some areas.
              </Text>
            </div>
            <Button
              ref={newTokenButton}
              leftSection={<IconKey size={16} />}
              onClick={() => setCreating(true)}
            >
              New token
            </Button>
          </Group>
          <QueryState query={tokens} rows={2}>
            {(list) =>
              list.length === 0 ? (
                <Text c="dimmed" size="sm">
                  No tokens yet.
                </Text>
              ) : (
                <Table.ScrollContainer minWidth={720}>
                  <Table aria-label="API tokens">
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>Name</Table.Th>
                        <Table.Th>Token</Table.Th>
                        <Table.Th>Access</Table.Th>
                        <Table.Th>Created</Table.Th>
                        <Table.Th>Last used</Table.Th>
                        <Table.Th>Expires</Table.Th>
                        <Table.Th />
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {list.map((token) => (
                        <Table.Tr key={token.id}>
                          <Table.Td>{token.name}</Table.Td>
                          <Table.Td>
                            <Code>{token.prefix}…</Code>
                          </Table.Td>
                          <Table.Td>
                            <Badge variant="light" color={token.scopes.length === 0 ? 'orange' : 'blue'}>
                              {describeTokenScopes(token.scopes)}
                            </Badge>
                          </Table.Td>
                          <Table.Td>
                            <DateTime value={token.createdAt} />
                          </Table.Td>
                          <Table.Td>
                            <DateTime value={token.lastUsedAt} empty="Never" />
                          </Table.Td>
                          <Table.Td>
                            {isPast(token.expiresAt) ? (
                              <Badge color="red" variant="light">
                                Expired
                              </Badge>
                            ) : (
                              <DateTime value={token.expiresAt} empty="Never" />
                            )}
                          </Table.Td>
                          <Table.Td>
                            <ConfirmDelete label={token.name} onConfirm={() => revokeToken.mutate(token)} />
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              )
            }
          </QueryState>
        </Stack>
      </Paper>
      <FormModal
        opened={creating}
        onClose={() => setCreating(false)}
        title="New API token"
        form={tokenForm}
        mutation={createToken}
        toInput={toTokenInput}
        onSaved={(result) => setSecret(result.token)}
        submitLabel="Create token"
      >
        <TextInput
          label="What is it for?"
          placeholder="Release import script"
          required
          data-autofocus
          {...tokenForm.getInputProps('name')}
        />
        <TokenAccessFields form={tokenForm} areas={user ? tokenAreasOfRole(user.role) : []} />
      </FormModal>
      <Modal
        opened={secret !== null}
        onClose={() => {
          setSecret(null);
          // It opens as the form closes, so Mantine's own focus return would land on nothing.
          newTokenButton.current?.focus();
        }}
        title="Copy your token now"
      >
        {secret && (
          <SecretReveal
            title="This is the only time the token is shown. Store it somewhere safe."
            secret={secret}
          />
        )}
      </Modal>
    </Stack>
  );
}
