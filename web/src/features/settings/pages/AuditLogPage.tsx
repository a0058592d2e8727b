import {
  Alert,
  Badge,
  Button,
  Code,
  Group,
  NumberInput,
  Paper,
  Select,
  Skeleton,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { type RequestState, requestStateLabels } from '@shared/requests.ts';
import { IconDownload, IconSearch, IconShieldCheck } from '@tabler/icons-react';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { type ApiResult, apiClient } from '../../../api/client.ts';
import { DateField } from '../../../components/DateField.tsx';
import { DateTime } from '../../../components/DateTime.tsx';
import { SettingsSection } from '../components/SettingsSection.tsx';
import { useSaveWorkspace } from '../hooks/useSaveWorkspace.ts';
import { useWorkspace } from '../hooks/useWorkspace.ts';

const areas = [
  { value: 'auth', label: 'Sign-ins and passwords' },
  { value: 'token', label: 'API tokens' },
  { value: 'user', label: 'Accounts and roles' },
  { value: 'settings', label: 'Workspace settings' },
  { value: 'term', label: 'Taxonomy' },
  { value: 'team', label: 'Requesting teams' },
  { value: 'webhook', label: 'Webhooks' },
  { value: 'asset', label: 'Library assets' },
  { value: 'list', label: 'Lists' },
  { value: 'library', label: 'Imports and exports' },
  { value: 'share_link', label: 'Share links' },
  { value: 'distribution', label: 'Short links and distribution' },
  { value: 'request', label: 'Requests' },
  { value: 'plan', label: 'The content plan' },
  { value: 'okr', label: 'OKRs' },
  { value: 'demos', label: 'Catalogue, releases and freshness' },
  { value: 'click_through', label: 'Click-through demos' },
  { value: 'job', label: 'Background jobs' },
  { value: 'audit', label: 'The audit log itself' },
];
const filterKeys = ['action', 'q', 'from', 'to'] as const;
type AuditEntry = ApiResult<'/api/audit'>['entries'][number];

/** Record fields and details the server names in code (`assigneeId`, `flagsRaised`), in words. */
const fieldWords: Record<string, string> = {
  assigneeId: 'Assignee',
  assetId: 'Asset',
  emailGate: 'Email check',
  expiresAt: 'Expires',
  flagsRaised: 'Flags raised',
  replacedChanges: 'Changes replaced',
  stepCount: 'Steps',
  scopes: 'Access',
};
/** `flagsRaised` → "Flags raised", `share_link` → "Share link"; labels already in words stay. */
const fieldLabel = (key: string) => {
  if (fieldWords[key]) return fieldWords[key];
  const words = key
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/_/g, ' ')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

const shown = (value: unknown, key?: string) =>
  value === null || value === undefined || value === ''
    ? '—'
    : typeof value === 'boolean'
      ? value
        ? 'yes'
        : 'no'
      : typeof value === 'string'
        ? key === 'state' && value in requestStateLabels
          ? requestStateLabels[value as RequestState]
          : value
        : Array.isArray(value)
          ? value.join(', ')
          : JSON.stringify(value);

function Changes({ entry }: { entry: AuditEntry }) {
  const changes = Object.entries(entry.changes);
  const details = Object.entries(entry.details);
  if (changes.length === 0 && details.length === 0)
    return (
      <Text size="xs" c="dimmed">
        —
      </Text>
    );
  return (
    <Stack gap={2}>
      {changes.map(([field, change]) => (
        <Text key={field} size="xs">
          <Text span fw={600} size="xs">
            {fieldLabel(field)}
          </Text>
          : {shown(change.before, field)} → {shown(change.after, field)}
        </Text>
      ))}
      {details.map(([key, value]) => (
        <Text key={key} size="xs" c="dimmed">
          {fieldLabel(key)}: {shown(value, key)}
        </Text>
      ))}
    </Stack>
  );
}

function Retention() {
  const workspace = useWorkspace();
  const save = useSaveWorkspace();
  const [days, setDays] = useState<number | string>('');
  useEffect(() => {
    if (workspace.data) setDays(workspace.data.settings.auditRetentionDays);
  }, [workspace.data]);
  if (!workspace.data) return <Skeleton h={60} />;
  const data = workspace.data;
  return (
    <Group align="flex-end" gap="sm">
      <NumberInput
        label="Keep entries for"
        suffix=" days"
        min={30}
        max={3650}
        value={days}
        onChange={setDays}
        w={180}
      />
      <Button
        variant="light"
        disabled={days === data.settings.auditRetentionDays}
        loading={save.isPending}
        onClick={() =>
          save.mutate({ body: { settings: { auditRetentionDays: Number(days) } }, version: data.version })
        }
      >
        Save
      </Button>
      <Text size="xs" c="dimmed" maw={420}>
        A daily job removes older entries and records that it did, so the chain of hashes stays checkable.
      </Text>
    </Group>
  );
}

/** The audit log: who did what to which record, when and from where; searchable, exportable, checkable. */
export function AuditLogPage() {
  const [params, setParams] = useSearchParams();
  const filter = Object.fromEntries(
    filterKeys.flatMap((key) => (params.get(key) ? [[key, params.get(key) as string]] : [])),
  );
  const [text, setText] = useState(filter.q ?? '');
  const set = (key: (typeof filterKeys)[number], value: string | null) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );
  const log = useInfiniteQuery({
    queryKey: ['audit', filter],
    queryFn: ({ pageParam }) =>
      apiClient.GET('/api/audit', { params: { query: { ...filter, limit: 50, before: pageParam } } }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.next ?? undefined,
  });
  const [checking, setChecking] = useState(false);
  const chain = useQuery({
    queryKey: ['audit', 'verify'],
    queryFn: () => apiClient.GET('/api/audit/verify'),
    enabled: checking,
    gcTime: 0,
  });
  const entries = log.data?.pages.flatMap((page) => page.entries) ?? [];
  const exportQuery = new URLSearchParams(filter).toString();

  return (
    <SettingsSection
      title="Audit log"
      description="Every sign-in, role and account change, token, setting, webhook, share link, import, export and change to library content, with who did it, from where and the fields before and after. Entries cannot be edited or deleted, and each carries the hash of the one before it."
      action={
        <Group gap="xs">
          <Button
            variant="default"
            leftSection={<IconShieldCheck size={16} />}
            loading={checking && chain.isFetching}
            onClick={() => (checking ? chain.refetch() : setChecking(true))}
          >
            Check the chain
          </Button>
          <Button
            component="a"
            href={`/api/audit/export?format=csv&${exportQuery}`}
            variant="default"
            leftSection={<IconDownload size={16} />}
          >
            CSV
          </Button>
          <Button
            component="a"
            href={`/api/audit/export?format=ndjson&${exportQuery}`}
            variant="default"
            leftSection={<IconDownload size={16} />}
          >
            NDJSON
          </Button>
        </Group>
      }
    >
      {checking && chain.data && (
        <Alert
          color={chain.data.ok ? 'teal' : 'red'}
          title={chain.data.ok ? 'The audit log holds' : 'The audit log has been tampered with'}
          withCloseButton
          closeButtonLabel="Dismiss"
          onClose={() => setChecking(false)}
        >
          {chain.data.ok
            ? `All ${chain.data.entries} entries match their hashes and follow one another.`
            : `Entry ${chain.data.broken?.id} fails: ${chain.data.broken?.reason}.`}
        </Alert>
      )}
      <Paper withBorder p="sm">
        <Group align="flex-end" gap="sm">
          <Select
            label="What"
            placeholder="Everything"
            data={areas}
            value={filter.action ?? null}
            onChange={(value) => set('action', value)}
            clearable
            w={220}
          />
          <TextInput
            label="Who or which record"
            placeholder="Email, record name, address"
            leftSection={<IconSearch size={16} />}
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
            onBlur={() => set('q', text.trim() || null)}
            onKeyDown={(event) => event.key === 'Enter' && set('q', text.trim() || null)}
            w={260}
          />
          <DateField
            label="From"
            value={filter.from ?? null}
            onChange={(value) => set('from', value)}
            w={170}
          />
          <DateField label="To" value={filter.to ?? null} onChange={(value) => set('to', value)} w={170} />
        </Group>
      </Paper>
      {log.isPending ? (
        <Skeleton h={320} aria-label="Loading" />
      ) : log.isError ? (
        <Alert color="red" title="Could not load the audit log">
          {log.error.message}
        </Alert>
      ) : entries.length === 0 ? (
        <Paper withBorder p="xl" ta="center" c="dimmed">
          Nothing recorded {Object.keys(filter).length ? 'matches these filters' : 'yet'}.
        </Paper>
      ) : (
        <Paper withBorder radius="md">
          <Table.ScrollContainer minWidth={900} scrollAreaProps={{ viewportProps: { tabIndex: 0 } }}>
            <Table verticalSpacing="xs" aria-label="Audit entries, newest first">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>When</Table.Th>
                  <Table.Th>Who</Table.Th>
                  <Table.Th>What</Table.Th>
                  <Table.Th>Record</Table.Th>
                  <Table.Th>Changes</Table.Th>
                  <Table.Th>From</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {entries.map((entry) => (
                  <Table.Tr key={entry.id}>
                    <Table.Td>
                      <DateTime value={entry.at} size="xs" />
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{entry.actor.label}</Text>
                      <Badge size="xs" variant="light" color="gray">
                        {entry.actor.via === 'session'
                          ? 'browser'
                          : entry.actor.via === 'token'
                            ? 'API token'
                            : entry.actor.via === 'sso'
                              ? 'single sign-on'
                              : entry.actor.via}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{entry.description}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{entry.target?.label ?? entry.target?.id ?? '—'}</Text>
                      {entry.target && (
                        <Text size="xs" c="dimmed">
                          {entry.target.type.replace('_', ' ')}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td maw={360}>
                      <Changes entry={entry} />
                    </Table.Td>
                    <Table.Td>
                      <Text size="xs">{entry.ip ?? '—'}</Text>
                      {entry.userAgent && (
                        <Text size="xs" c="dimmed" lineClamp={1} title={entry.userAgent} maw={180}>
                          {entry.userAgent}
                        </Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      {log.hasNextPage && (
        <Group justify="center">
          <Button variant="default" loading={log.isFetchingNextPage} onClick={() => log.fetchNextPage()}>
            Show older entries
          </Button>
        </Group>
      )}
      <Paper withBorder p="sm">
        <Retention />
        <Text size="xs" c="dimmed" mt="xs">
          From the command line, <Code>showcase audit verify</Code> checks the whole chain.
        </Text>
      </Paper>
    </SettingsSection>
  );
}
