import { Anchor, Badge, Button, Code, Paper, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { GITLAB_INTAKE_EMAIL } from '@shared/requests.ts';
import { can } from '@shared/roles.ts';
import { createGitlabUserLinkSchema } from '@shared/schemas/requests.ts';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { validateWith } from '../../../api/validateWith.ts';
import { ConfirmDelete } from '../../../components/ConfirmDelete.tsx';
import { FormModal } from '../../../components/FormModal.tsx';
import { QueryState } from '../../../components/QueryState.tsx';
import { SettingsSection } from '../components/SettingsSection.tsx';
import { useGitlabUserMutations } from '../hooks/useGitlabUserMutations.ts';
import { useGitlabUsers } from '../hooks/useGitlabUsers.ts';
import { useUsers } from '../hooks/useUsers.ts';

type Values = { username: string; userId: string | null };
const toInput = (values: Values) => ({ username: values.username, userId: values.userId ?? '' });

/**
 * GitLab intake: where GitLab sends issues, and which GitLab users file as which Showcase people.
 * Everyone else's issues are filed by the "GitLab intake" account, with the author's name kept.
 */
export function GitlabIntakePage() {
  const links = useGitlabUsers();
  const users = useUsers();
  const [adding, setAdding] = useState(false);
  const { link, unlink } = useGitlabUserMutations();
  const form = useForm<Values>({
    initialValues: { username: '', userId: null },
    validate: validateWith(createGitlabUserLinkSchema, toInput),
  });
  const people = (users.data ?? [])
    .filter((user) => user.active && can(user.role, 'requests.create') && user.email !== GITLAB_INTAKE_EMAIL)
    .map((user) => ({ value: user.id, label: `${user.name} (${user.email})` }));
  return (
    <SettingsSection
      title="GitLab intake"
      description="Issues opened in GitLab with the content request template become requests. An issue is filed as the Showcase person its author is linked to here; any other author’s issue is filed by the “GitLab intake” account, and the author’s GitLab name is shown on the request."
      action={
        <Button leftSection={<IconPlus size={16} />} onClick={() => setAdding(true)}>
          Link a GitLab user
        </Button>
      }
    >
      <Paper withBorder p="md" radius="md">
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            Connecting a GitLab project
          </Text>
          <Text size="sm">
            In the project’s{' '}
            <Anchor
              href="https://docs.gitlab.com/user/project/integrations/webhooks/"
              target="_blank"
              rel="noreferrer"
            >
              webhook settings
            </Anchor>
            , send Issues events to <Code>{`${window.location.origin}/api/integrations/gitlab/issues`}</Code>{' '}
            with the secret token set to the server’s <Code>SHOWCASE_GITLAB_WEBHOOK_TOKEN</Code>.
          </Text>
          <Text size="sm" c="dimmed">
            Showcase does not match people by the username or email in an issue: anyone can choose a username
            like someone else’s email, and GitLab does not say whether an address is verified. Only the links
            below count.
          </Text>
        </Stack>
      </Paper>
      <QueryState query={links}>
        {(rows) =>
          rows.length === 0 ? (
            <Paper withBorder p="xl" ta="center" c="dimmed">
              No GitLab users linked yet: every GitLab issue is filed by the “GitLab intake” account.
            </Paper>
          ) : (
            <Paper withBorder radius="md">
              <Table verticalSpacing="sm" aria-label="Linked GitLab users">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>GitLab user</Table.Th>
                    <Table.Th>Files requests as</Table.Th>
                    <Table.Th />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((row) => (
                    <Table.Tr key={row.username}>
                      <Table.Td>
                        <Text fw={500}>@{row.username}</Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{row.user.name}</Text>
                        <Text size="xs" c="dimmed">
                          {row.user.email}
                        </Text>
                        {!row.user.active && (
                          <Badge color="gray" variant="light" size="sm">
                            Deactivated: issues go to GitLab intake
                          </Badge>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Stack align="flex-end">
                          <ConfirmDelete
                            label={`link of @${row.username}`}
                            loading={unlink.isPending}
                            onConfirm={() => unlink.mutate(row.username)}
                          />
                        </Stack>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Paper>
          )
        }
      </QueryState>
      <FormModal
        opened={adding}
        onClose={() => setAdding(false)}
        title="Link a GitLab user"
        form={form}
        mutation={link}
        toInput={toInput}
        submitLabel="Link"
      >
        <TextInput
          label="GitLab username"
          description="As in @username on GitLab"
          placeholder="@ada.field"
          required
          data-autofocus
          {...form.getInputProps('username')}
        />
        <Select
          label="Showcase person"
          description="Their GitLab issues are filed as this person"
          placeholder={users.isPending ? 'Loading people…' : 'Choose a person'}
          searchable
          required
          nothingFoundMessage="Nobody who can file requests"
          data={people}
          {...form.getInputProps('userId')}
        />
      </FormModal>
    </SettingsSection>
  );
}
