import { Badge, Button, Checkbox, Group, Stack, Text } from '@mantine/core';
import { type FacetName, facetLabels, facetNames } from '@shared/library.ts';
import type { FacetValue } from '@shared/schemas/library.ts';
import { useState } from 'react';

/** Values a facet shows before "Show N more": enough to choose from, few enough to tab past. */
export const FACET_PREVIEW = 5;

/** One facet's checkboxes: the first few values and every selected one, the rest behind "Show N more". */
function FacetGroup({
  facet,
  values,
  chosen,
  exhaustive,
  onChange,
}: {
  facet: FacetName;
  values: FacetValue[];
  chosen: string[];
  exhaustive: boolean;
  onChange: (values: string[]) => void;
}) {
  const [expanded, setExpanded] = useState(false);
  const shown = expanded
    ? values
    : values.filter((value, index) => index < FACET_PREVIEW || chosen.includes(value.value));
  const hidden = values.length - shown.length;
  return (
    <Checkbox.Group value={chosen} onChange={onChange} label={facetLabels[facet]}>
      <Stack gap={6} mt={6}>
        {shown.map((value) => (
          <Checkbox
            key={value.value}
            value={value.value}
            size="xs"
            label={
              <Group gap={6} wrap="nowrap">
                <Text size="sm" lineClamp={1}>
                  {value.label}
                </Text>
                <Badge
                  size="xs"
                  variant="light"
                  color="gray"
                  style={{ flexShrink: 0, overflow: 'visible' }}
                  title={
                    exhaustive ? undefined : `About ${value.count.toLocaleString()}: estimated from a sample`
                  }
                >
                  {exhaustive ? value.count : `about ${value.count.toLocaleString()}`}
                </Badge>
              </Group>
            }
          />
        ))}
        {(hidden > 0 || expanded) && values.length > FACET_PREVIEW && (
          <Button
            variant="subtle"
            size="compact-xs"
            justify="flex-start"
            w="fit-content"
            onClick={() => setExpanded(!expanded)}
            aria-expanded={expanded}
          >
            {expanded ? 'Show fewer' : `Show ${hidden} more`}
          </Button>
        )}
      </Stack>
    </Checkbox.Group>
  );
}

/**
 * Facet checkboxes with live counts. Selected values stay listed, by name, even when their count
 * drops to zero (the server lists them); long facets are collapsed so the results are a few Tab
 * presses away. When a search matches more assets than the server counts exactly, the counts are
 * estimates and read "about N".
 */
export function FacetPanel({
  facets,
  exhaustive = true,
  selected,
  onChange,
  onClear,
}: {
  facets: Record<string, FacetValue[]>;
  /** False when the counts are estimates (the search matched more than the server counts exactly). */
  exhaustive?: boolean;
  selected: (facet: FacetName) => string[];
  onChange: (facet: FacetName, values: string[]) => void;
  onClear: () => void;
}) {
  const anySelected = facetNames.some((facet) => selected(facet).length > 0);
  return (
    <Stack gap="lg" component="section" aria-label="Filters">
      {facetNames.map((facet) => {
        const values = facets[facet] ?? [];
        if (values.length === 0) return null;
        return (
          <FacetGroup
            key={facet}
            facet={facet}
            values={values}
            chosen={selected(facet)}
            exhaustive={exhaustive}
            onChange={(next) => onChange(facet, next)}
          />
        );
      })}
      {anySelected && (
        <Button variant="subtle" size="compact-sm" w="fit-content" onClick={onClear}>
          Clear all filters
        </Button>
      )}
    </Stack>
  );
}
