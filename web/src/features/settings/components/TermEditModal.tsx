import { Button, Group, Modal, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { type Term, termKinds } from '@shared/schemas/settings.ts';
import { useEffect } from 'react';
import { ApiError } from '../../../api/client.ts';
import { useTermMutations } from '../hooks/useTermMutations.ts';
import { useTerms } from '../hooks/useTerms.ts';

/** Rename a term, describe it, or move a use case to another solution. */
export function TermEditModal({ term, onClose }: { term: Term | null; onClose: () => void }) {
  const { update } = useTermMutations();
  const parentKind = term ? (termKinds[term.kind] as { parent?: 'solution' }).parent : undefined;
  const parents = useTerms(parentKind ?? 'solution');
  const form = useForm({ initialValues: { name: '', description: '', parentId: '' } });
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when another term opens
  useEffect(() => {
    if (term)
      form.setValues({ name: term.name, description: term.description, parentId: term.parentId ?? '' });
  }, [term]);

  return (
    <Modal
      opened={term !== null}
      onClose={onClose}
      title={term ? `Edit ${termKinds[term.kind].singular.toLowerCase()}` : ''}
    >
      <form
        onSubmit={form.onSubmit((values) => {
          if (!term) return;
          update.mutate(
            {
              id: term.id,
              name: values.name,
              description: values.description,
              ...(parentKind ? { parentId: values.parentId || null } : {}),
            },
            {
              onSuccess: onClose,
              onError: (error) => error instanceof ApiError && form.setErrors(error.fields),
            },
          );
        })}
      >
        <Stack>
          <TextInput label="Name" required data-autofocus {...form.getInputProps('name')} />
          {parentKind && (
            <Select
              label={termKinds[parentKind].singular}
              required
              data={(parents.data ?? []).map((parent) => ({ value: parent.id, label: parent.name }))}
              {...form.getInputProps('parentId')}
            />
          )}
          <Textarea
            label="Description"
            autosize
            minRows={2}
            maxRows={6}
            {...form.getInputProps('description')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={update.isPending}>
              Save
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
