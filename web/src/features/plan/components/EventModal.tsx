import { Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { type EventKind, eventKindLabels, eventKinds } from '@shared/plan.ts';
import { FormModal } from '../../../components/FormModal.tsx';
import { usePlanMutations } from '../hooks/usePlan.ts';

interface EventValues {
  kind: EventKind;
  title: string;
  day: string;
  startTime: string;
  endTime: string;
  location: string;
  registrationUrl: string;
}

const toInput = (values: EventValues) => ({
  kind: values.kind,
  title: values.title,
  startsAt: new Date(`${values.day}T${values.startTime}`).toISOString(),
  endsAt: new Date(`${values.day}T${values.endTime}`).toISOString(),
  location: values.location,
  registrationUrl: values.registrationUrl.trim() || null,
});

/** Adds a webinar, workshop, conference or other event to the calendar (times in your time zone). */
export function EventModal({ opened, onClose, day }: { opened: boolean; onClose: () => void; day: string }) {
  const { createEvent } = usePlanMutations();
  const form = useForm<EventValues>({
    initialValues: {
      kind: 'webinar',
      title: '',
      day,
      startTime: '16:00',
      endTime: '17:00',
      location: '',
      registrationUrl: '',
    },
  });
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title="Add an event"
      form={form}
      mutation={createEvent}
      toInput={toInput}
      submitLabel="Add event"
    >
      <Stack gap="sm">
        <Select
          label="Kind"
          data={eventKinds.map((kind) => ({ value: kind, label: eventKindLabels[kind] }))}
          allowDeselect={false}
          {...form.getInputProps('kind')}
        />
        <TextInput label="Title" required {...form.getInputProps('title')} />
        <TextInput label="Day" type="date" required {...form.getInputProps('day')} />
        <TextInput label="Starts" type="time" required {...form.getInputProps('startTime')} />
        <TextInput
          label="Ends"
          type="time"
          required
          {...form.getInputProps('endTime')}
          error={form.errors.endsAt}
        />
        <TextInput label="Location" {...form.getInputProps('location')} />
        <TextInput label="Registration link" {...form.getInputProps('registrationUrl')} />
      </Stack>
    </FormModal>
  );
}
