import {
  Alert,
  Button,
  Combobox,
  Group,
  Paper,
  Stack,
  Text,
  Textarea,
  Title,
  Typography,
  useCombobox,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { ApiError, apiClient } from '../../../api/client.ts';
import { DateTime } from '../../../components/DateTime.tsx';
import { commentsKey, usePostComment } from '../hooks/useRequestMutations.ts';
import { requestsKey } from '../hooks/useRequests.ts';

/** The @handle being typed just before the caret, or null. */
const typingMention = (text: string, caret: number) =>
  /(?:^|[^\w@])@([a-z0-9._-]*)$/i.exec(text.slice(0, caret))?.[1] ?? null;
/** Every @handle in a comment, as the server reads them. */
const mentionsIn = (text: string) => [
  ...new Set(
    [...text.matchAll(/(?:^|[^\w@])@([a-z0-9._-]*[a-z0-9_-])/gi)].map((m) => (m[1] as string).toLowerCase()),
  ),
];

/**
 * The request's comments (Markdown, sanitized by the server) and a box to add one. Typing @ lists
 * the people who may see the request; a handle that would notify nobody is pointed out before
 * posting, and again if the server reports it.
 */
export function CommentThread({ requestId }: { requestId: string }) {
  const comments = useQuery({
    queryKey: commentsKey(requestId),
    queryFn: async () =>
      (await apiClient.GET('/api/requests/{id}/comments', { params: { path: { id: requestId } } })).comments,
  });
  const people = useQuery({
    queryKey: [...requestsKey, 'mentionable', requestId],
    queryFn: async () =>
      (await apiClient.GET('/api/requests/{id}/mentionable', { params: { path: { id: requestId } } })).people,
  });
  const form = useForm({ initialValues: { body: '' } });
  const post = usePostComment(requestId);
  const box = useRef<HTMLTextAreaElement>(null);
  const combobox = useCombobox();
  const [typed, setTyped] = useState<string | null>(null);
  const matches =
    typed === null
      ? []
      : (people.data ?? [])
          .filter(
            (person) =>
              person.handle.startsWith(typed.toLowerCase()) ||
              person.name.toLowerCase().includes(typed.toLowerCase()),
          )
          .slice(0, 8);
  const known = new Set((people.data ?? []).map((person) => person.handle));
  const unknown = people.data
    ? mentionsIn(form.values.body).filter((handle) => !known.has(handle) && handle !== typed?.toLowerCase())
    : [];

  // biome-ignore lint/correctness/useExhaustiveDependencies: the store is a new object each render; follow what is typed
  useEffect(() => {
    if (matches.length > 0) {
      combobox.openDropdown();
      combobox.selectFirstOption();
    } else combobox.closeDropdown();
  }, [matches.length, typed]);

  const follow = (element: HTMLTextAreaElement) =>
    setTyped(typingMention(element.value, element.selectionStart ?? element.value.length));
  const insert = (handle: string) => {
    const element = box.current;
    const text = form.values.body;
    const caret = element?.selectionStart ?? text.length;
    const start = text.slice(0, caret).lastIndexOf('@');
    const next = `${text.slice(0, start)}@${handle} ${text.slice(caret)}`;
    form.setFieldValue('body', next);
    setTyped(null);
    const at = start + handle.length + 2;
    requestAnimationFrame(() => {
      element?.focus();
      element?.setSelectionRange(at, at);
    });
  };

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label="Comments">
      <Stack>
        <Title order={2} size="h5">
          Comments
        </Title>
        {comments.data?.length === 0 && (
          <Text size="sm" c="dimmed">
            No comments yet.
          </Text>
        )}
        {comments.data?.map((comment) => (
          <Stack key={comment.id} gap={2}>
            <Text size="xs" c="dimmed">
              {comment.author?.name ?? 'Someone'} · <DateTime value={comment.createdAt} size="xs" />
            </Text>
            <Typography>
              {/* biome-ignore lint/security/noDangerouslySetInnerHtml: server-sanitized Markdown */}
              <div dangerouslySetInnerHTML={{ __html: comment.bodyHtml }} />
            </Typography>
          </Stack>
        ))}
        <form
          onSubmit={form.onSubmit((values) =>
            post.mutate(values, {
              onSuccess: (posted) => {
                form.reset();
                if (posted.notNotified.length)
                  notifications.show({
                    color: 'yellow',
                    title: 'Some mentions notified nobody',
                    message: `${posted.notNotified.map((h) => `@${h}`).join(', ')}: no one by that name can see this request.`,
                  });
              },
              onError: (e) => e instanceof ApiError && form.setErrors(e.fields),
            }),
          )}
        >
          <Stack gap="xs">
            <Combobox store={combobox} onOptionSubmit={insert} position="bottom-start" withinPortal>
              <Combobox.Target targetType="input">
                <Textarea
                  ref={box}
                  aria-label="New comment"
                  placeholder="Write a comment; Markdown works, type @ to notify someone"
                  autosize
                  minRows={2}
                  {...form.getInputProps('body')}
                  onChange={(event) => {
                    form.setFieldValue('body', event.currentTarget.value);
                    follow(event.currentTarget);
                  }}
                  onClick={(event) => follow(event.currentTarget)}
                  onBlur={() => combobox.closeDropdown()}
                />
              </Combobox.Target>
              <Combobox.Dropdown>
                <Combobox.Options aria-label="People to mention">
                  {matches.map((person) => (
                    <Combobox.Option value={person.handle} key={person.id}>
                      <Text size="sm" span>
                        {person.name}
                      </Text>{' '}
                      <Text size="xs" c="dimmed" span>
                        @{person.handle}
                      </Text>
                    </Combobox.Option>
                  ))}
                </Combobox.Options>
              </Combobox.Dropdown>
            </Combobox>
            {unknown.length > 0 && (
              <Alert color="yellow" variant="light" p="xs" role="status">
                {unknown.map((h) => `@${h}`).join(', ')} will not be notified: no one by that name can see
                this request.
              </Alert>
            )}
            <Group justify="flex-end">
              <Button type="submit" size="sm" loading={post.isPending}>
                Comment
              </Button>
            </Group>
          </Stack>
        </form>
      </Stack>
    </Paper>
  );
}
