import { Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { addDays, publishWeek } from '@shared/plan.ts';
import { FormModal } from '../../../components/FormModal.tsx';
import { TermSelect } from '../../../components/TermSelect.tsx';
import { usePlanMutations } from '../hooks/usePlan.ts';

interface EntryValues {
  title: string;
  week: string;
  ownerId: string | null;
  formatId: string | null;
  solutionId: string | null;
}

/** Plans a piece of content in a quarter: its publish week (Monday to Friday), owner, format and solution. */
export function EntryModal({
  opened,
  onClose,
  quarter,
  firstWeek,
  owners,
}: {
  opened: boolean;
  onClose: () => void;
  quarter: string;
  firstWeek: string;
  owners: { id: string | null; name: string }[];
}) {
  const { createEntry } = usePlanMutations();
  const form = useForm<EntryValues>({
    initialValues: {
      title: '',
      week: addDays(firstWeek, 7),
      ownerId: null,
      formatId: null,
      solutionId: null,
    },
  });
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={`Plan a piece in ${quarter.replace('-', ' ')}`}
      form={form}
      mutation={createEntry}
      toInput={(values) => ({
        title: values.title,
        quarter,
        ...publishWeek(values.week),
        ownerId: values.ownerId,
        formatId: values.formatId,
        solutionId: values.solutionId,
      })}
      submitLabel="Plan it"
    >
      <Stack gap="sm">
        <TextInput label="Title" required {...form.getInputProps('title')} />
        <TextInput
          label="Publish week (any day of it)"
          type="date"
          required
          {...form.getInputProps('week')}
          error={form.errors.startDate ?? form.errors.dueDate}
        />
        <Select
          label="Owner"
          clearable
          data={owners.flatMap((owner) => (owner.id ? [{ value: owner.id, label: owner.name }] : []))}
          {...form.getInputProps('ownerId')}
        />
        <TermSelect kind="format" label="Format" {...form.getInputProps('formatId')} />
        <TermSelect kind="solution" label="Solution" {...form.getInputProps('solutionId')} />
      </Stack>
    </FormModal>
  );
}
