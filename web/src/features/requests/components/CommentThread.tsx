import { Button, Group, Paper, Stack, Text, Textarea, Title, Typography } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import { ApiError, apiClient } from '../../../api/client.ts';
import { DateTime } from '../../../components/DateTime.tsx';
import { commentsKey, usePostComment } from '../hooks/useRequestMutations.ts';

/** The request's comments (Markdown, sanitized by the server) and a box to add one. */
export function CommentThread({ requestId }: { requestId: string }) {
  const comments = useQuery({
    queryKey: commentsKey(requestId),
    queryFn: async () =>
      (await apiClient.GET('/api/requests/{id}/comments', { params: { path: { id: requestId } } })).comments,
  });
  const form = useForm({ initialValues: { body: '' } });
  const post = usePostComment(requestId);
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
              onSuccess: () => form.reset(),
              onError: (e) => e instanceof ApiError && form.setErrors(e.fields),
            }),
          )}
        >
          <Stack gap="xs">
            <Textarea
              aria-label="New comment"
              placeholder="Write a comment; Markdown works, @handle notifies someone"
              autosize
              minRows={2}
              {...form.getInputProps('body')}
            />
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
