import { Badge, Group, Paper, Switch, Table, Text } from '@mantine/core';
import { type Term, type TermKind, termKinds } from '@shared/schemas/settings.ts';
import { useState } from 'react';
import { Navigate, useParams } from 'react-router';
import { QueryState } from '../../../components/QueryState.tsx';
import { AddTermForm } from '../components/AddTermForm.tsx';
import { SettingsSection } from '../components/SettingsSection.tsx';
import { TermActions } from '../components/TermActions.tsx';
import { TermEditModal } from '../components/TermEditModal.tsx';
import { useTerms } from '../hooks/useTerms.ts';

const descriptions: Partial<Record<TermKind, string>> = {
  solution: 'The solutions your company sells. Requests are routed and demos prioritised by them.',
  use_case: 'Use cases inside each solution; team members own areas made of solutions and use cases.',
  value_driver: 'The business value a piece of content argues for.',
  persona: 'Who content is for. A demo for a different persona is a new demo, not an edit.',
  buyer_stage: 'Where in the buying journey content helps.',
  region: 'Regions content is made for or allowed in.',
  segment: 'Market segments.',
  industry: 'Industries.',
  format: 'What a deliverable is: demo video, click-through demo, webinar, lightning talk…',
};

function isTermKind(value: string | undefined): value is TermKind {
  return value !== undefined && value in termKinds;
}

/** Any taxonomy list: add, rename, archive, delete; renames keep every record that uses the term. */
export function TermListPage() {
  const { kind } = useParams();
  const [editing, setEditing] = useState<Term | null>(null);
  const [showArchived, setShowArchived] = useState(false);
  const terms = useTerms(isTermKind(kind) ? kind : undefined);
  const solutions = useTerms('solution');
  if (!isTermKind(kind) || kind === 'deliverable_type') return <Navigate to="/settings" replace />;
  const parentName = (id: string | null) => solutions.data?.find((s) => s.id === id)?.name ?? '—';

  return (
    <SettingsSection
      title={termKinds[kind].label}
      description={`${descriptions[kind] ?? ''} Renaming never breaks a record; a term in use can be archived but not deleted.`}
      action={
        <Switch
          label="Show archived"
          checked={showArchived}
          onChange={(event) => setShowArchived(event.currentTarget.checked)}
        />
      }
    >
      <AddTermForm kind={kind} />
      <QueryState query={terms}>
        {(list) => {
          const visible = list.filter((term) => showArchived || !term.archived);
          if (visible.length === 0) {
            return (
              <Paper withBorder p="xl" ta="center" c="dimmed">
                No {termKinds[kind].label.toLowerCase()} yet. Add the first one above.
              </Paper>
            );
          }
          return (
            <Paper withBorder radius="md">
              <Table.ScrollContainer minWidth={520}>
                <Table verticalSpacing="sm" highlightOnHover aria-label={termKinds[kind].label}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Name</Table.Th>
                      {kind === 'use_case' && <Table.Th>Solution</Table.Th>}
                      <Table.Th>Used by</Table.Th>
                      <Table.Th w={120}>
                        <Text size="sm" fw={700} ta="right">
                          Actions
                        </Text>
                      </Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {visible.map((term) => (
                      <Table.Tr key={term.id} opacity={term.archived ? 0.6 : 1}>
                        <Table.Td>
                          <Group gap="xs">
                            <Text fw={500}>{term.name}</Text>
                            {term.archived && (
                              <Badge size="sm" color="gray" variant="light">
                                Archived
                              </Badge>
                            )}
                          </Group>
                          {term.description && (
                            <Text size="xs" c="dimmed" lineClamp={2}>
                              {term.description}
                            </Text>
                          )}
                        </Table.Td>
                        {kind === 'use_case' && <Table.Td>{parentName(term.parentId)}</Table.Td>}
                        <Table.Td>
                          <Badge variant="light" color={term.usage > 0 ? 'indigo' : 'gray'}>
                            {term.usage} {term.usage === 1 ? 'record' : 'records'}
                          </Badge>
                        </Table.Td>
                        <Table.Td>
                          <TermActions term={term} onEdit={setEditing} />
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </Paper>
          );
        }}
      </QueryState>
      <TermEditModal term={editing} onClose={() => setEditing(null)} />
    </SettingsSection>
  );
}
