import { Button, Group, Modal, type ModalProps, Stack } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { UseMutationResult } from '@tanstack/react-query';
import { type ReactNode, useEffect, useState } from 'react';
import { ApiError } from '../api/client.ts';
import { useVersionConflict } from '../hooks/useVersionConflict.ts';
import { VersionConflictModal } from './VersionConflictModal.tsx';

/** An edit of a versioned record: saves send the version (If-Match), and a 412 opens the conflict dialog. */
export interface VersionedEdit<Values, Input> {
  /** The version of the record the form was filled from. */
  version: number;
  /** The form's fields by their labels. */
  labels: Record<string, string>;
  /** The stored record (a 412's `current`) as form values. */
  toValues: (current: never) => Values;
  /** The request body for "Apply my changes on top": only the changed fields, over `version`. */
  toChangesInput: (changes: Partial<Values>, version: number) => Input;
  format?: (path: string, value: unknown) => string | undefined;
}

/**
 * A modal holding one form that sends one mutation: Cancel and submit buttons, the submit button
 * busy while it runs, the server's field errors shown under their fields, and on success the form
 * reset, the modal closed and `onSaved` called with the answer. With `versioned`, `toInput` gets
 * the version to send as If-Match and a save over someone else's newer one shows
 * VersionConflictModal.
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
  versioned,
  children,
}: {
  opened: boolean;
  onClose: () => void;
  title: ReactNode;
  form: UseFormReturnType<Values>;
  mutation: UseMutationResult<Result, Error, Input>;
  /** The request body from the form's values; the values themselves when left out. */
  toInput?: (values: Values, version?: number) => Input;
  onSaved?: (result: Result) => void;
  submitLabel?: string;
  size?: ModalProps['size'];
  versioned?: VersionedEdit<Values, Input>;
  children: ReactNode;
}) {
  const [version, setVersion] = useState(versioned?.version);
  useEffect(() => setVersion(versioned?.version), [versioned?.version]);
  const { conflict, catchConflict, dismiss } = useVersionConflict<Values, { version: number }>({
    labels: versioned?.labels ?? {},
    toValues: (versioned?.toValues ?? ((current) => current)) as (current: { version: number }) => Values,
    format: versioned?.format,
  });
  const done = (result: Result) => {
    dismiss();
    onClose();
    form.reset();
    onSaved?.(result);
  };
  const failed = (mine: Values, base: Values) => (error: Error) => {
    if (versioned && catchConflict(error, mine, base)) return;
    dismiss();
    if (error instanceof ApiError) form.setErrors(error.fields);
  };
  return (
    <Modal opened={opened} onClose={onClose} title={title} size={size}>
      <form
        onSubmit={form.onSubmit((values) =>
          mutation.mutate(toInput ? toInput(values, version) : (values as unknown as Input), {
            onSuccess: done,
            onError: failed(values, form.getInitialValues()),
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
      {versioned && (
        <VersionConflictModal
          conflict={conflict}
          applying={mutation.isPending}
          onClose={dismiss}
          onApply={(found) =>
            mutation.mutate(versioned.toChangesInput(found.changes, found.version), {
              onSuccess: done,
              onError: failed(found.merged, found.theirs),
            })
          }
          onDiscard={(found) => {
            form.setValues(found.theirs);
            form.resetDirty(found.theirs);
            setVersion(found.version);
            dismiss();
          }}
        />
      )}
    </Modal>
  );
}
