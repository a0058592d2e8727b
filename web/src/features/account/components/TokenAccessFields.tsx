import { Checkbox, Radio, Select, SimpleGrid, Stack, Switch, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { type TokenArea, tokenAreaLabels } from '@shared/tokens.ts';

/** The new-token form's access and expiry choices, before they become scopes and days. */
export interface TokenFormValues {
  name: string;
  access: 'full' | 'read' | 'areas';
  areas: TokenArea[];
  areasReadOnly: boolean;
  /** Days as text for the Select, or "never". */
  expiry: string;
}

const tokenExpiryChoices = [
  { value: '7', label: '7 days' },
  { value: '30', label: '30 days' },
  { value: '90', label: '90 days' },
  { value: '365', label: '1 year' },
  { value: 'never', label: 'Never (not recommended)' },
];

/** What a new token may do, and for how long: full access, read only, or some areas. */
export function TokenAccessFields({
  form,
  areas,
}: {
  form: UseFormReturnType<TokenFormValues>;
  /** The areas the signed-in role may use at all. */
  areas: TokenArea[];
}) {
  const { access } = form.getValues();
  return (
    <Stack gap="sm">
      <Radio.Group label="Access" {...form.getInputProps('access')}>
        <Stack gap="xs" mt={4}>
          <Radio
            value="full"
            label="Full access"
            description="Everything your role may do, your account included"
          />
          <Radio
            value="read"
            label="Read only"
            description="Reads everything your role may see; changes nothing"
          />
          <Radio
            value="areas"
            label="Selected areas"
            description="Only the parts of Showcase you tick below"
          />
        </Stack>
      </Radio.Group>
      {access === 'areas' && (
        <Stack gap="xs" pl="md">
          <Checkbox.Group
            aria-label="Areas"
            {...form.getInputProps('areas')}
            error={form.errors.areas ?? form.errors.scopes}
          >
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs" mt={4}>
              {areas.map((area) => (
                <Checkbox key={area} value={area} label={tokenAreaLabels[area]} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
          <Switch
            label="Read only in these areas"
            {...form.getInputProps('areasReadOnly', { type: 'checkbox' })}
          />
        </Stack>
      )}
      {access !== 'full' && (
        <Text size="xs" c="dimmed">
          A limited token cannot make tokens or change your account.
        </Text>
      )}
      <Select
        label="Expires after"
        data={tokenExpiryChoices}
        allowDeselect={false}
        {...form.getInputProps('expiry')}
        error={form.errors.expiry ?? form.errors.expiresInDays}
      />
    </Stack>
  );
}
