import { Mark, Text } from '@mantine/core';

/** Search snippet: matched words highlighted, rendered as text (never as HTML). */
export function Snippet({ parts }: { parts: { text: string; highlight: boolean }[] }) {
  return (
    <Text size="sm" c="dimmed" lineClamp={3}>
      {parts.map((part, index) =>
        part.highlight ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts are positional and never reorder
          <Mark key={index}>{part.text}</Mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts are positional and never reorder
          <span key={index}>{part.text}</span>
        ),
      )}
    </Text>
  );
}
