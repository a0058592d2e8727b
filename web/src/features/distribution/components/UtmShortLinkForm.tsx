import { Button, Code, Group, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { buildUtmUrl, shortCodeProblem } from '@shared/distribution.ts';
import type { Channel } from '@shared/schemas/distribution.ts';
import { useState } from 'react';
import { ApiError } from '../../../api/client.ts';
import { useWorkspace } from '../../settings/hooks/useWorkspace.ts';
import { useCreateShortLink, useSaveUtmTemplate, useUtmTemplates } from '../hooks/useDistribution.ts';

/**
 * The UTM builder: a channel (its usual source and medium), a saved template of that channel or
 * none, campaign and content; the tagged URL is shown as it is built and becomes a short link.
 */
export function UtmShortLinkForm({
  assetId,
  channels,
  defaultUrl,
  onDone,
}: {
  assetId: string;
  channels: Channel[];
  defaultUrl: string;
  onDone: () => void;
}) {
  const workspace = useWorkspace();
  const templates = useUtmTemplates();
  const create = useCreateShortLink();
  const saveTemplate = useSaveUtmTemplate();
  const prefix = workspace.data?.settings.utmCampaignPrefix ?? '';
  const [channelId, setChannelId] = useState<string | null>(null);
  const [url, setUrl] = useState(defaultUrl);
  const [parts, setParts] = useState({ campaign: '', source: '', medium: '', content: '' });
  const [code, setCode] = useState('');
  const [templateName, setTemplateName] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});

  const channelTemplates = (templates.data ?? []).filter((template) => template.channelId === channelId);
  const tagged = buildUtmUrl(url, parts, prefix);
  const codeProblem = code ? shortCodeProblem(code) : null;
  const set = (key: keyof typeof parts) => (event: React.ChangeEvent<HTMLInputElement>) =>
    setParts({ ...parts, [key]: event.currentTarget.value });

  const pickChannel = (id: string | null) => {
    setChannelId(id);
    const channel = channels.find((entry) => entry.id === id);
    if (channel) setParts({ ...parts, source: channel.utmSource, medium: channel.utmMedium });
  };
  const fail = (error: Error) => {
    if (error instanceof ApiError) setErrors(error.fields);
  };

  return (
    <Stack gap="sm" component="section" aria-label="New short link">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label="Channel"
          placeholder="Pick where it goes"
          data={channels.filter((c) => !c.archived).map((c) => ({ value: c.id, label: c.name }))}
          value={channelId}
          onChange={pickChannel}
          clearable
        />
        <Select
          label="Saved template"
          placeholder={
            channelId ? (channelTemplates.length ? 'None' : 'No templates yet') : 'Pick a channel first'
          }
          data={channelTemplates.map((template) => ({ value: template.id, label: template.name }))}
          disabled={!channelTemplates.length}
          onChange={(id) => {
            const template = channelTemplates.find((entry) => entry.id === id);
            if (template)
              setParts({
                campaign: template.campaign,
                source: template.source,
                medium: template.medium,
                content: template.content,
              });
          }}
          clearable
        />
      </SimpleGrid>
      <TextInput
        label="Destination"
        description="The page people land on (http or https)"
        value={url}
        onChange={(event) => setUrl(event.currentTarget.value)}
        error={errors.targetUrl ?? (url && !tagged ? 'must be an http(s) URL' : undefined)}
        required
      />
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        <TextInput
          label="Campaign"
          description={prefix ? `Starts with “${prefix}-”` : undefined}
          value={parts.campaign}
          onChange={set('campaign')}
        />
        <TextInput label="Source" value={parts.source} onChange={set('source')} />
        <TextInput label="Medium" value={parts.medium} onChange={set('medium')} />
        <TextInput label="Content" value={parts.content} onChange={set('content')} />
      </SimpleGrid>
      {tagged && (
        <Stack gap={2}>
          <Text size="xs" c="dimmed">
            Tagged link
          </Text>
          <Code block style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}>
            {tagged}
          </Code>
        </Stack>
      )}
      <TextInput
        label="Short code"
        description="Letters, digits, - and _; leave empty for a generated one"
        value={code}
        onChange={(event) => setCode(event.currentTarget.value.trim())}
        error={codeProblem ?? errors.code}
      />
      <Group justify="space-between" wrap="wrap">
        <Group gap="xs">
          <TextInput
            aria-label="Template name"
            placeholder="Template name"
            size="xs"
            value={templateName}
            onChange={(event) => setTemplateName(event.currentTarget.value)}
            disabled={!channelId}
          />
          <Button
            size="xs"
            variant="default"
            disabled={!channelId || !templateName.trim()}
            loading={saveTemplate.isPending}
            onClick={() =>
              channelId &&
              saveTemplate.mutate(
                { channelId, name: templateName.trim(), ...parts },
                { onSuccess: () => setTemplateName(''), onError: fail },
              )
            }
          >
            Save as template
          </Button>
        </Group>
        <Group gap="xs">
          <Button size="xs" variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button
            size="xs"
            disabled={!tagged || Boolean(codeProblem)}
            loading={create.isPending}
            onClick={() =>
              tagged &&
              create.mutate(
                { assetId, targetUrl: tagged, channelId, ...(code ? { code } : {}) },
                { onSuccess: onDone, onError: fail },
              )
            }
          >
            Make short link
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}
