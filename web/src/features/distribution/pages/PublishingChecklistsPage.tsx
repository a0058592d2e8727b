import {
  ActionIcon,
  Alert,
  Button,
  Checkbox,
  Group,
  Paper,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { ApiError, apiClient } from '../../../api/client.ts';
import { useApiMutation } from '../../../api/useApiMutation.ts';
import { QueryState } from '../../../components/QueryState.tsx';
import { SettingsSection } from '../../settings/components/SettingsSection.tsx';
import { checklistsKey, distributionKey, usePublishingChecklists } from '../hooks/useDistribution.ts';

type Item = { id?: string; label: string; required: boolean };

function ChecklistEditor({
  formatId,
  formatName,
  items,
}: {
  formatId: string;
  formatName: string;
  items: Item[];
}) {
  const [draft, setDraft] = useState<Item[]>(items);
  const [errors, setErrors] = useState<Record<string, string>>({});
  useEffect(() => setDraft(items), [items]);
  const save = useApiMutation({
    request: (body: { items: Item[] }) =>
      apiClient.PUT('/api/settings/publishing-checklists/{formatId}', {
        params: { path: { formatId } },
        body,
      }),
    invalidates: [checklistsKey, distributionKey],
    success: `Saved the checklist of ${formatName}`,
    quietFieldErrors: true,
  });
  const change = (index: number, patch: Partial<Item>) =>
    setDraft(draft.map((item, at) => (at === index ? { ...item, ...patch } : item)));
  return (
    <Stack gap="xs">
      {draft.length === 0 && (
        <Text size="sm" c="dimmed">
          No items: a {formatName.toLowerCase()} can be published without a checklist.
        </Text>
      )}
      {draft.map((item, index) => (
        <Group key={item.id ?? `new-${index}`} align="flex-start" wrap="nowrap">
          <TextInput
            style={{ flex: 1 }}
            aria-label={`Item ${index + 1}`}
            value={item.label}
            onChange={(event) => change(index, { label: event.currentTarget.value })}
            error={errors[`items.${index}.label`]}
          />
          <Checkbox
            mt={8}
            label="Required"
            checked={item.required}
            onChange={(event) => change(index, { required: event.currentTarget.checked })}
          />
          <ActionIcon
            mt={4}
            variant="subtle"
            color="red"
            aria-label={`Remove “${item.label}”`}
            onClick={() => setDraft(draft.filter((_, at) => at !== index))}
          >
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      ))}
      <Group justify="space-between">
        <Button
          variant="default"
          size="xs"
          leftSection={<IconPlus size={14} />}
          onClick={() => setDraft([...draft, { label: '', required: true }])}
        >
          Add item
        </Button>
        <Button
          size="xs"
          loading={save.isPending}
          onClick={() =>
            save.mutate(
              { items: draft },
              {
                onSuccess: () => setErrors({}),
                onError: (error) => setErrors(error instanceof ApiError ? error.fields : {}),
              },
            )
          }
        >
          Save checklist
        </Button>
      </Group>
    </Stack>
  );
}

/** Settings → Publishing checklists: per format, what must be done before an asset is published. */
export function PublishingChecklistsPage() {
  const checklists = usePublishingChecklists();
  const [formatId, setFormatId] = useState<string | null>(null);
  return (
    <SettingsSection
      title="Publishing checklists"
      description="An asset cannot be published while a required item of its format is open, unless a TMM says why."
    >
      <QueryState query={checklists}>
        {(formats) => {
          if (formats.length === 0) return <Alert color="gray">No formats yet (Settings → Formats).</Alert>;
          const current = formats.find((format) => format.formatId === formatId) ?? formats[0];
          if (!current) return null;
          return (
            <Paper withBorder radius="md" p="md" maw={720}>
              <Stack>
                <Select
                  label="Format"
                  data={formats.map((format) => ({
                    value: format.formatId,
                    label: `${format.formatName} (${format.items.length})`,
                  }))}
                  value={current.formatId}
                  onChange={setFormatId}
                  allowDeselect={false}
                />
                <ChecklistEditor
                  key={current.formatId}
                  formatId={current.formatId}
                  formatName={current.formatName}
                  items={current.items}
                />
              </Stack>
            </Paper>
          );
        }}
      </QueryState>
    </SettingsSection>
  );
}
