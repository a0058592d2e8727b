import { Anchor, Badge, Group, Paper, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { planStatuses, planStatusLabels } from '@shared/plan.ts';
import { can } from '@shared/roles.ts';
import { Link, useParams } from 'react-router';
import { QueryState } from '../../../components/QueryState.tsx';
import { useSession } from '../../auth/hooks/useSession.ts';
import { usePageTitle } from '../../shell/hooks/usePageTitle.ts';
import { usePlanEntry, usePlanMutations } from '../hooks/usePlan.ts';

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{children}</Text>
    </div>
  );
}

/** One plan entry: its display name, dates and owner, the request it came from and its asset. */
export function PlanEntryPage() {
  const { id = '' } = useParams();
  const entry = usePlanEntry(id);
  const role = useSession().data?.user.role;
  const { updateEntry } = usePlanMutations();
  usePageTitle(entry.data?.title ?? 'Plan entry');
  return (
    <QueryState query={entry}>
      {(data) => (
        <Stack gap="md">
          <Anchor component={Link} to={`/plan?quarter=${data.quarter}`} size="sm">
            ← Roadmap of {data.quarter.replace('-', ' ')}
          </Anchor>
          <Title order={1}>{data.displayName}</Title>
          {data.warnings.map((warning) => (
            <Badge key={warning} color="orange" variant="light">
              {warning}
            </Badge>
          ))}
          <Paper withBorder p="md" radius="md">
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <Field label="Owner">{data.ownerName ?? 'Unassigned'}</Field>
              <Field label="Publish week">
                {data.startDate} to {data.dueDate}
              </Field>
              <Field label="Quarter">{data.quarter}</Field>
              <Field label="Format">{data.formatName ?? '—'}</Field>
              <Field label="Solution">{data.solutionName ?? '—'}</Field>
              <div>
                {can(role, 'plan.edit') ? (
                  <Select
                    label="Status"
                    size="xs"
                    allowDeselect={false}
                    data={planStatuses.map((status) => ({ value: status, label: planStatusLabels[status] }))}
                    value={data.status}
                    onChange={(status) =>
                      status &&
                      updateEntry.mutate({
                        id: data.id,
                        version: data.version,
                        status: status as typeof data.status,
                      })
                    }
                  />
                ) : (
                  <Field label="Status">{planStatusLabels[data.status]}</Field>
                )}
              </div>
            </SimpleGrid>
          </Paper>
          <Group gap="lg">
            <Field label="Request">
              {data.request ? (
                <Anchor component={Link} to={`/requests/${data.request.id}`}>
                  #{data.request.number} {data.request.title}
                </Anchor>
              ) : (
                'None'
              )}
            </Field>
            <Field label="Asset">
              {data.asset ? (
                <Anchor component={Link} to={`/library/assets/${data.asset.id}`}>
                  {data.asset.title}
                </Anchor>
              ) : (
                'Not published yet'
              )}
            </Field>
          </Group>
          {data.notes && (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {data.notes}
            </Text>
          )}
        </Stack>
      )}
    </QueryState>
  );
}
