import { Badge, Checkbox, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { type FacetName, facetLabels, facetNames } from '@shared/library.ts';
import type { FacetValue } from '@shared/schemas/library.ts';

/** Facet checkboxes with live counts; selected values stay listed even when their count drops to zero. */
export function FacetPanel({
  facets,
  selected,
  onChange,
  onClear,
}: {
  facets: Record<string, FacetValue[]>;
  selected: (facet: FacetName) => string[];
  onChange: (facet: FacetName, values: string[]) => void;
  onClear: () => void;
}) {
  return (
    <Stack gap="lg" component="section" aria-label="Filters">
      {facetNames.map((facet) => {
        const values = facets[facet] ?? [];
        const chosen = selected(facet);
        const shown = [
          ...values,
          ...chosen
            .filter((value) => !values.some((v) => v.value === value))
            .map((value) => ({ value, label: value, count: 0 })),
        ];
        if (shown.length === 0) return null;
        return (
          <Checkbox.Group
            key={facet}
            value={chosen}
            onChange={(next) => onChange(facet, next)}
            label={facetLabels[facet]}
          >
            <Stack gap={6} mt={6}>
              {shown.slice(0, 12).map((value) => (
                <Checkbox
                  key={value.value}
                  value={value.value}
                  size="xs"
                  label={
                    <Group gap={6} wrap="nowrap">
                      <Text size="sm" lineClamp={1}>
                        {value.label}
                      </Text>
                      <Badge size="xs" variant="light" color="gray">
                        {value.count}
                      </Badge>
                    </Group>
                  }
                />
              ))}
            </Stack>
          </Checkbox.Group>
        );
      })}
      <UnstyledButton onClick={onClear} aria-label="Clear all filters">
        <Text size="sm" c="indigo">
          Clear all filters
        </Text>
      </UnstyledButton>
    </Stack>
  );
}
