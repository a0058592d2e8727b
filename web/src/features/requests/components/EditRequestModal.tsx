import { Alert, Button, Group, Modal, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import {
  type ContentRequest,
  type UpdateRequestInput,
  updateRequestSchema,
} from '@shared/schemas/requests.ts';
import { ApiError } from '../../../api/client.ts';
import { validateWith } from '../../../api/validateWith.ts';
import { DateField } from '../../../components/DateField.tsx';

/** What a request asks for: the fields its requester may change until it is accepted. */
export type RequestAskValues = {
  title: string;
  businessGoal: string;
  audience: string;
  eventName: string;
  distributionPlan: string;
  description: string;
  dueDate: string | null;
};

export const askValuesOf = (request: ContentRequest): RequestAskValues => ({
  title: request.title,
  businessGoal: request.businessGoal,
  audience: request.audience,
  eventName: request.eventName,
  distributionPlan: request.distributionPlan,
  description: request.description,
  dueDate: request.dueDate,
});

/** Only the fields that changed go out, so the history and the audit log name just those. */
const changedOf = (before: RequestAskValues, values: RequestAskValues): UpdateRequestInput =>
  Object.fromEntries(
    (Object.keys(values) as (keyof RequestAskValues)[])
      .filter((key) => values[key] !== before[key])
      .map((key) => [key, values[key]]),
  );

/**
 * Edits what a request asks for. Shown to whoever holds `edit` on it (shared/policies.ts): its
 * requester until it is accepted, TMMs and admins at any time.
 */
export function EditRequestModal({
  request,
  opened,
  onClose,
  onSave,
  saving,
  requesterEditing,
}: {
  request: ContentRequest;
  opened: boolean;
  onClose: () => void;
  onSave: (
    body: UpdateRequestInput,
    handlers: { onSuccess: () => void; onError: (error: Error) => void },
  ) => void;
  saving: boolean;
  /** The requester edits their own: say until when. */
  requesterEditing: boolean;
}) {
  const before = askValuesOf(request);
  const form = useForm<RequestAskValues>({
    initialValues: before,
    validate: validateWith(updateRequestSchema, (values) => changedOf(before, values)),
  });
  const close = () => {
    form.reset();
    onClose();
  };
  return (
    <Modal opened={opened} onClose={close} title="Edit request" size="lg">
      <form
        onSubmit={form.onSubmit((values) => {
          const body = changedOf(before, values);
          if (Object.keys(body).length === 0) return close();
          onSave(body, {
            onSuccess: onClose,
            onError: (error) => error instanceof ApiError && form.setErrors(error.fields),
          });
        })}
      >
        <Stack>
          {requesterEditing && (
            <Alert color="blue" variant="light">
              You can change your request until the team accepts it. After that, ask in a comment.
            </Alert>
          )}
          <TextInput label="Title" required {...form.getInputProps('title')} />
          <Textarea
            label="Business goal"
            required
            autosize
            minRows={2}
            {...form.getInputProps('businessGoal')}
          />
          <TextInput label="Audience" {...form.getInputProps('audience')} />
          <TextInput label="Event or campaign" {...form.getInputProps('eventName')} />
          <Textarea
            label="Distribution plan"
            autosize
            minRows={2}
            {...form.getInputProps('distributionPlan')}
          />
          <Textarea label="Description" autosize minRows={3} {...form.getInputProps('description')} />
          <DateField
            label="Due date"
            minDate={new Date()}
            value={form.values.dueDate}
            onChange={(value) => form.setFieldValue('dueDate', value ?? null)}
            error={form.errors.dueDate}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={saving}>
              Save changes
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
