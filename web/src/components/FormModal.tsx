import { Button, Group, Modal, type ModalProps, Stack } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { UseMutationResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ApiError } from '../api/client.ts';

/**
 * A modal holding one form that sends one mutation: Cancel and submit buttons, the submit button
 * busy while it runs, the server's field errors shown under their fields, and on success the form
 * reset, the modal closed and `onSaved` called with the answer.
 */
export function FormModal<Values, Input, Result>({
  opened,
  onClose,
  title,
  form,
  mutation,
  toInput,
  onSaved,
  submitLabel = 'Save',
  size,
  children,
}: {
  opened: boolean;
  onClose: () => void;
  title: ReactNode;
  form: UseFormReturnType<Values>;
  mutation: UseMutationResult<Result, Error, Input>;
  /** The request body from the form's values; the values themselves when left out. */
  toInput?: (values: Values) => Input;
  onSaved?: (result: Result) => void;
  submitLabel?: string;
  size?: ModalProps['size'];
  children: ReactNode;
}) {
  return (
    <Modal opened={opened} onClose={onClose} title={title} size={size}>
      <form
        onSubmit={form.onSubmit((values) =>
          mutation.mutate(toInput ? toInput(values) : (values as unknown as Input), {
            onSuccess: (result) => {
              onClose();
              form.reset();
              onSaved?.(result);
            },
            onError: (error) => error instanceof ApiError && form.setErrors(error.fields),
          }),
        )}
      >
        <Stack>
          {children}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
