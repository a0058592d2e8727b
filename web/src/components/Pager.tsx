import { Button, Group, type MantineSpacing, Text } from '@mantine/core';

/** The pages to offer around `value`: the first, the last, the current one and its neighbours. */
export function pagerItems(value: number, total: number): (number | 'gap')[] {
  const pages = [...new Set([1, value - 1, value, value + 1, total])]
    .filter((page) => page >= 1 && page <= total)
    .sort((a, b) => a - b);
  const items: (number | 'gap')[] = [];
  for (const page of pages) {
    const last = items.at(-1);
    if (typeof last === 'number' && page - last === 2) items.push(last + 1);
    else if (typeof last === 'number' && page - last > 2) items.push('gap');
    items.push(page);
  }
  return items;
}

/**
 * Numbered pages in a navigation landmark: "Previous page", "Page 1" … "Page N", "Next page", the
 * current page marked for screen readers. A few buttons rather than Mantine's Pagination, which
 * weighs 3 KB of gzipped JavaScript on the library page's first load.
 */
export function Pager({
  total,
  value,
  onChange,
  label,
  mt,
}: {
  total: number;
  value: number;
  onChange: (page: number) => void;
  label: string;
  mt?: MantineSpacing;
}) {
  if (total <= 1) return null;
  return (
    <Group component="nav" aria-label={label} gap={6} mt={mt}>
      <Button
        variant="default"
        size="compact-sm"
        aria-label="Previous page"
        disabled={value <= 1}
        onClick={() => onChange(value - 1)}
      >
        ‹
      </Button>
      {pagerItems(value, total).map((item, index) =>
        item === 'gap' ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: a gap has no identity of its own
          <Text key={`gap-${index}`} size="sm" aria-hidden>
            …
          </Text>
        ) : (
          <Button
            key={item}
            variant={item === value ? 'filled' : 'default'}
            size="compact-sm"
            aria-label={`Page ${item}`}
            aria-current={item === value ? 'page' : undefined}
            onClick={() => item !== value && onChange(item)}
          >
            {item}
          </Button>
        ),
      )}
      <Button
        variant="default"
        size="compact-sm"
        aria-label="Next page"
        disabled={value >= total}
        onClick={() => onChange(value + 1)}
      >
        ›
      </Button>
    </Group>
  );
}
