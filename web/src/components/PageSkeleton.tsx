import { Skeleton, Stack } from '@mantine/core';

/** What a page shows while its code loads (the Suspense fallback of every lazy route). */
export function PageSkeleton() {
  return (
    <Stack gap="md" aria-busy="true" aria-label="Loading page">
      <Skeleton height={34} width="40%" radius="sm" />
      <Skeleton height={18} width="65%" radius="sm" />
      {Array.from({ length: 5 }, (_, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: identical static placeholders
        <Skeleton key={index} height={56} radius="sm" />
      ))}
    </Stack>
  );
}
