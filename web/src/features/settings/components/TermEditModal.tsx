import { Select, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { type Term, termKinds, type UpdateTermInput, updateTermSchema } from '@shared/schemas/settings.ts';
import { useEffect } from 'react';
import { validateWith } from '../../../api/validateWith.ts';
import { FormModal } from '../../../components/FormModal.tsx';
import { useTermMutations } from '../hooks/useTermMutations.ts';
import { useTerms } from '../hooks/useTerms.ts';

type Values = { name: string; description: string; parentId: string };
const valuesOf = (term: Term): Values => ({
  name: term.name,
  description: term.description,
  parentId: term.parentId ?? '',
});

/** Rename a term, describe it, or move a use case to another solution. */
export function TermEditModal({ term, onClose }: { term: Term | null; onClose: () => void }) {
  const { update } = useTermMutations();
  const parentKind = term ? (termKinds[term.kind] as { parent?: 'solution' }).parent : undefined;
  const parents = useTerms(parentKind ?? 'solution');
  const toInput = (values: Values): UpdateTermInput => ({
    name: values.name,
    description: values.description,
    ...(parentKind ? { parentId: values.parentId || null } : {}),
  });
  const form = useForm<Values>({
    initialValues: { name: '', description: '', parentId: '' },
    validate: validateWith(updateTermSchema, toInput),
  });
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when another term opens
  useEffect(() => {
    if (term) {
      form.setValues(valuesOf(term));
      form.resetDirty(valuesOf(term));
    }
  }, [term]);
  const labels: Record<string, string> = parentKind
    ? { name: 'Name', parentId: termKinds[parentKind].singular, description: 'Description' }
    : { name: 'Name', description: 'Description' };

  return (
    <FormModal
      opened={term !== null}
      onClose={onClose}
      title={term ? `Edit ${termKinds[term.kind].singular.toLowerCase()}` : ''}
      form={form}
      mutation={update}
      toInput={(values, version) => ({ id: term?.id ?? '', version: version ?? 0, ...toInput(values) })}
      versioned={
        term
          ? {
              version: term.version,
              labels,
              toValues: valuesOf,
              format: (path, value) =>
                path === 'parentId' ? parents.data?.find((parent) => parent.id === value)?.name : undefined,
              toChangesInput: (changes, version) => ({
                id: term.id,
                version,
                ...changes,
                ...(changes.parentId !== undefined ? { parentId: changes.parentId || null } : {}),
              }),
            }
          : undefined
      }
    >
      <TextInput label="Name" required data-autofocus {...form.getInputProps('name')} />
      {parentKind && (
        <Select
          label={termKinds[parentKind].singular}
          required
          data={(parents.data ?? []).map((parent) => ({ value: parent.id, label: parent.name }))}
          {...form.getInputProps('parentId')}
        />
      )}
      <Textarea label="Description" autosize minRows={2} maxRows={6} {...form.getInputProps('description')} />
    </FormModal>
  );
}
