import {
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { can } from '@shared/roles.ts';
import { type CreateListInput, createListSchema } from '@shared/schemas/library.ts';
import { IconPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import { ApiError } from '../../../api/client.ts';
import { validateWith } from '../../../api/validateWith.ts';
import { QueryState } from '../../../components/QueryState.tsx';
import { useSession } from '../../auth/hooks/useSession.ts';
import { usePageTitle } from '../../shell/hooks/usePageTitle.ts';
import { useLists } from '../hooks/useLibrary.ts';
import { useCreateList } from '../hooks/useLibraryMutations.ts';

/** Curated lists: an asset is stored once and shows in many lists. */
export function ListsPage() {
  usePageTitle('Lists');
  const lists = useLists();
  const session = useSession();
  const editor = can(session.data?.user.role, 'library.edit');
  const form = useForm<CreateListInput>({
    initialValues: { name: '', description: '' },
    validate: validateWith(createListSchema),
  });
  const create = useCreateList();
  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/library" size="sm">
        ← Library
      </Anchor>
      <Title order={1}>Lists</Title>
      {editor && (
        <form
          onSubmit={form.onSubmit((values) =>
            create.mutate(values, {
              onSuccess: () => form.reset(),
              onError: (e) => e instanceof ApiError && form.setErrors(e.fields),
            }),
          )}
        >
          <Group align="flex-start">
            <TextInput
              aria-label="New list name"
              placeholder="New list"
              {...form.getInputProps('name')}
              style={{ flex: 1 }}
            />
            <TextInput
              aria-label="Description"
              placeholder="What it is for"
              {...form.getInputProps('description')}
              style={{ flex: 2 }}
            />
            <Button type="submit" leftSection={<IconPlus size={16} />} loading={create.isPending}>
              Create
            </Button>
          </Group>
        </form>
      )}
      <QueryState query={lists}>
        {(data) => (
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
            {data.map((list) => (
              <Paper
                key={list.id}
                withBorder
                p="md"
                radius="md"
                component={Link}
                to={`/library?list=${list.id}`}
                aria-label={list.name}
              >
                <Group justify="space-between" wrap="nowrap">
                  <Text fw={600}>{list.name}</Text>
                  <Badge variant="light">{list.assetCount}</Badge>
                </Group>
                <Text size="sm" c="dimmed" lineClamp={2}>
                  {list.description || 'No description'}
                </Text>
              </Paper>
            ))}
          </SimpleGrid>
        )}
      </QueryState>
    </Stack>
  );
}
