import { DragDropContext, Draggable, Droppable, type DropResult } from '@hello-pangea/dnd';
import { Badge, Box, Group, Paper, Stack, Text, ThemeIcon, Tooltip, UnstyledButton } from '@mantine/core';
import { IconAlertTriangle, IconFlag, IconGripVertical, IconPhotoOff } from '@tabler/icons-react';
import type { BuilderStep } from '../../hooks/useClickThrough.ts';

const kindLabel = { intro: 'Intro', step: 'Step', closing: 'Closing' } as const;

/**
 * The steps in order, as thumbnails: pick one to edit it; drag a step by its handle (or focus the
 * handle, press Space, move with the arrow keys, Space again) to reorder. A flag marks a step a
 * release has changed; a triangle marks a step with warnings.
 */
export function StepList({
  steps,
  selected,
  onSelect,
  onReorder,
  flagged,
  warned,
}: {
  steps: BuilderStep[];
  selected: string | null;
  onSelect: (id: string) => void;
  onReorder: (ids: string[]) => void;
  flagged: Set<string>;
  warned: Set<string>;
}) {
  const onDragEnd = (result: DropResult) => {
    if (!result.destination || result.destination.index === result.source.index) return;
    const ids = steps.map((step) => step.id);
    const [moved] = ids.splice(result.source.index, 1);
    if (!moved) return;
    ids.splice(result.destination.index, 0, moved);
    onReorder(ids);
  };
  let number = 0;
  return (
    <DragDropContext onDragEnd={onDragEnd}>
      <Droppable droppableId="click-through-steps">
        {(provided) => (
          <Stack
            gap={6}
            ref={provided.innerRef}
            {...provided.droppableProps}
            role="list"
            aria-label="Steps in order"
          >
            {steps.map((step, index) => {
              if (step.kind === 'step') number += 1;
              const name = step.kind === 'step' ? `Step ${number}` : kindLabel[step.kind];
              const label = `${name}${step.title ? `: ${step.title}` : ''}`;
              return (
                <Draggable key={step.id} draggableId={step.id} index={index}>
                  {(drag, snapshot) => (
                    <Paper
                      ref={drag.innerRef}
                      {...drag.draggableProps}
                      withBorder
                      radius="md"
                      p={6}
                      role="listitem"
                      shadow={snapshot.isDragging ? 'md' : undefined}
                      style={{
                        ...drag.draggableProps.style,
                        borderColor: step.id === selected ? 'var(--mantine-color-blue-6)' : undefined,
                        borderWidth: step.id === selected ? 2 : undefined,
                      }}
                    >
                      <Group wrap="nowrap" gap={6} align="center">
                        <ThemeIcon
                          {...drag.dragHandleProps}
                          variant="subtle"
                          color="gray"
                          aria-label={`Reorder ${label}`}
                          style={{ cursor: 'grab' }}
                        >
                          <IconGripVertical size={16} />
                        </ThemeIcon>
                        <UnstyledButton
                          onClick={() => onSelect(step.id)}
                          aria-current={step.id === selected ? 'step' : undefined}
                          style={{ flex: 1, minWidth: 0 }}
                        >
                          <Group wrap="nowrap" gap="xs">
                            <Box
                              w={64}
                              h={36}
                              style={{
                                flexShrink: 0,
                                borderRadius: 4,
                                overflow: 'hidden',
                                background: 'var(--mantine-color-default-hover)',
                                display: 'grid',
                                placeItems: 'center',
                              }}
                            >
                              {step.image ? (
                                <img
                                  src={step.image.url}
                                  alt=""
                                  width={64}
                                  height={36}
                                  style={{ objectFit: 'cover' }}
                                />
                              ) : (
                                <IconPhotoOff size={16} aria-hidden />
                              )}
                            </Box>
                            <Stack gap={0} style={{ minWidth: 0 }}>
                              <Text size="xs" fw={700}>
                                {name}
                              </Text>
                              <Text size="xs" truncate c="dimmed">
                                {step.title || 'No tooltip title yet'}
                              </Text>
                            </Stack>
                          </Group>
                        </UnstyledButton>
                        {flagged.has(step.id) && (
                          <Tooltip label="A release changed what this step shows">
                            <Badge color="red" variant="light" size="sm" leftSection={<IconFlag size={12} />}>
                              Flagged
                            </Badge>
                          </Tooltip>
                        )}
                        {warned.has(step.id) && (
                          <IconAlertTriangle
                            size={16}
                            color="var(--mantine-color-yellow-8)"
                            aria-label="Has warnings"
                          />
                        )}
                      </Group>
                    </Paper>
                  )}
                </Draggable>
              );
            })}
            {provided.placeholder}
          </Stack>
        )}
      </Droppable>
    </DragDropContext>
  );
}
