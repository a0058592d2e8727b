import { MultiSelect, type MultiSelectProps, Select, type SelectProps } from '@mantine/core';
import type { TermKind } from '@shared/schemas/settings.ts';
import { useTermOptions } from '../features/settings/hooks/useTermOptions.ts';

type Single = { kind: TermKind; multiple?: false } & Omit<SelectProps, 'data'>;
type Multiple = { kind: TermKind; multiple: true } & Omit<MultiSelectProps, 'data'>;

/**
 * A pick of taxonomy terms of one kind (live terms, in their order), searchable: one term, or
 * several with `multiple`. Every form that stores term ids uses this.
 */
export function TermSelect(props: Single | Multiple) {
  const options = useTermOptions();
  if (props.multiple) {
    const { kind, multiple: _multiple, ...rest } = props;
    return <MultiSelect data={options(kind)} searchable clearable {...rest} />;
  }
  const { kind, multiple: _multiple, ...rest } = props;
  return <Select data={options(kind)} searchable clearable {...rest} />;
}
