import { DragDropContext, Draggable, Droppable, type DropResult } from '@hello-pangea/dnd';
import { Badge, Group, MultiSelect, Paper, Stack, Text, ThemeIcon } from '@mantine/core';
import type { Term } from '@shared/schemas/settings.ts';
import { IconGripVertical } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { QueryState } from '../../../components/QueryState.tsx';
import { AddTermForm } from '../components/AddTermForm.tsx';
import { SettingsSection } from '../components/SettingsSection.tsx';
import { TermActions } from '../components/TermActions.tsx';
import { TermEditModal } from '../components/TermEditModal.tsx';
import { useTermMutations } from '../hooks/useTermMutations.ts';
import { useTerms } from '../hooks/useTerms.ts';

/**
 * The ranked list of deliverable types: drag a row (or focus its handle, press Space, move with the
 * arrow keys and press Space again) to change its priority. Each type lists the formats it produces.
 */
export function DeliverableTypesPage() {
  const types = useTerms('deliverable_type');
  const formats = useTerms('format');
  const { reorder, update } = useTermMutations();
  const [order, setOrder] = useState<Term[]>([]);
  const [editing, setEditing] = useState<Term | null>(null);
  useEffect(() => {
    if (types.data) setOrder(types.data);
  }, [types.data]);

  const onDragEnd = (result: DropResult) => {
    if (!result.destination || result.destination.index === result.source.index) return;
    const next = [...order];
    const [moved] = next.splice(result.source.index, 1);
    if (!moved) return;
    next.splice(result.destination.index, 0, moved);
    setOrder(next);
    reorder.mutate(
      { kind: 'deliverable_type', ids: next.map((type) => type.id) },
      { onError: () => types.data && setOrder(types.data) },
    );
  };
  const formatOptions = (formats.data ?? []).map((format) => ({
    value: format.id,
    label: format.name,
    disabled: format.archived,
  }));

  return (
    <SettingsSection
      title="Deliverable types"
      description="Ranked highest priority first. The rank feeds the priority score of every request of that type. Drag a row by its handle, or use Space and the arrow keys on the handle."
    >
      <AddTermForm kind="deliverable_type" />
      <QueryState query={types} rows={8}>
        {() => (
          <DragDropContext onDragEnd={onDragEnd}>
            <Droppable droppableId="deliverable-types">
              {(provided) => (
                <Stack
                  gap={6}
                  ref={provided.innerRef}
                  {...provided.droppableProps}
                  aria-label="Deliverable types by rank"
                  role="list"
                >
                  {order.map((type, index) => (
                    <Draggable key={type.id} draggableId={type.id} index={index}>
                      {(drag, snapshot) => (
                        <Paper
                          ref={drag.innerRef}
                          {...drag.draggableProps}
                          withBorder
                          radius="md"
                          p="xs"
                          shadow={snapshot.isDragging ? 'md' : undefined}
                          role="listitem"
                          aria-label={`${index + 1}. ${type.name}`}
                          opacity={type.archived ? 0.6 : 1}
                        >
                          <Group wrap="nowrap" gap="sm">
                            <ThemeIcon
                              {...drag.dragHandleProps}
                              variant="subtle"
                              color="gray"
                              aria-label={`Reorder ${type.name}`}
                              style={{ cursor: 'grab' }}
                            >
                              <IconGripVertical size={18} />
                            </ThemeIcon>
                            <Badge variant="light" miw={36} aria-hidden>
                              {index + 1}
                            </Badge>
                            <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
                              <Group gap="xs">
                                <Text fw={500} truncate>
                                  {type.name}
                                </Text>
                                {type.archived && (
                                  <Badge size="xs" color="gray">
                                    Archived
                                  </Badge>
                                )}
                              </Group>
                            </Stack>
                            <MultiSelect
                              aria-label={`Formats of ${type.name}`}
                              placeholder="Formats"
                              data={formatOptions}
                              value={type.formatIds}
                              onChange={(formatIds) =>
                                update.mutate({ id: type.id, version: type.version, formatIds })
                              }
                              w={{ base: 160, sm: 320 }}
                              size="xs"
                              searchable
                              visibleFrom="xs"
                            />
                            <TermActions term={type} onEdit={setEditing} />
                          </Group>
                        </Paper>
                      )}
                    </Draggable>
                  ))}
                  {provided.placeholder}
                </Stack>
              )}
            </Droppable>
          </DragDropContext>
        )}
      </QueryState>
      <TermEditModal term={editing} onClose={() => setEditing(null)} />
    </SettingsSection>
  );
}
