import { Button, Group, Select, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { type TermKind, termKinds } from '@shared/schemas/settings.ts';
import { IconPlus } from '@tabler/icons-react';
import { ApiError } from '../../../api/client.ts';
import { useTermMutations } from '../hooks/useTermMutations.ts';
import { useTerms } from '../hooks/useTerms.ts';

/** One-line form that adds a term of the kind (and, for use cases, picks its solution). */
export function AddTermForm({ kind }: { kind: TermKind }) {
  const { create } = useTermMutations();
  const parentKind = (termKinds[kind] as { parent?: 'solution' }).parent;
  const parents = useTerms(parentKind ?? 'solution');
  const singular = termKinds[kind].singular.toLowerCase();
  const form = useForm({ initialValues: { name: '', parentId: '' } });
  return (
    <form
      onSubmit={form.onSubmit((values) =>
        create.mutate(
          { kind, name: values.name, ...(parentKind ? { parentId: values.parentId || null } : {}) },
          {
            onSuccess: () => form.setFieldValue('name', ''),
            onError: (error) => error instanceof ApiError && form.setErrors(error.fields),
          },
        ),
      )}
    >
      <Group align="flex-start" gap="sm" wrap="wrap">
        <TextInput
          aria-label={`New ${singular} name`}
          placeholder={`New ${singular}`}
          style={{ flex: 1, minWidth: 200 }}
          {...form.getInputProps('name')}
        />
        {parentKind && (
          <Select
            aria-label={termKinds[parentKind].singular}
            placeholder={`in ${termKinds[parentKind].singular.toLowerCase()}…`}
            data={(parents.data ?? [])
              .filter((p) => !p.archived)
              .map((parent) => ({ value: parent.id, label: parent.name }))}
            w={260}
            {...form.getInputProps('parentId')}
          />
        )}
        <Button type="submit" leftSection={<IconPlus size={16} />} loading={create.isPending}>
          Add
        </Button>
      </Group>
    </form>
  );
}
