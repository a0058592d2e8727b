import { Text, Tooltip } from '@mantine/core';

const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
  ['second', 1_000],
];
const format = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });

/** "3 minutes ago", "in 2 hours", with the exact date and time on hover. */
export function RelativeTime({ value, size = 'sm' }: { value: string; size?: string }) {
  const at = new Date(value);
  const delta = at.getTime() - Date.now();
  const [unit, length] = units.find(([, ms]) => Math.abs(delta) >= ms) ?? ['second', 1_000];
  return (
    <Tooltip label={at.toLocaleString()}>
      <Text component="time" dateTime={value} size={size} span>
        {format.format(Math.round(delta / length), unit)}
      </Text>
    </Tooltip>
  );
}
