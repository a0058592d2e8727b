import {
  Accordion,
  ActionIcon,
  Alert,
  Badge,
  Button,
  FileInput,
  Group,
  Modal,
  Paper,
  Stack,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { can } from '@shared/roles.ts';
import type { CatalogueImportResult } from '@shared/schemas/demos.ts';
import { IconPlus, IconTrash, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { QueryState } from '../../../components/QueryState.tsx';
import { useSession } from '../../auth/hooks/useSession.ts';
import { useCatalogueMutations } from '../hooks/useDemoMutations.ts';
import { useCatalogue } from '../hooks/useDemos.ts';

/** A one-field form that adds a named item under a parent. */
function AddInline({ label, onAdd }: { label: string; onAdd: (name: string) => Promise<unknown> }) {
  const [name, setName] = useState('');
  return (
    <Group gap="xs">
      <TextInput
        size="xs"
        placeholder={label}
        aria-label={label}
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
      />
      <ActionIcon
        variant="light"
        aria-label={label}
        disabled={!name.trim()}
        onClick={async () => {
          await onAdd(name.trim());
          setName('');
        }}
      >
        <IconPlus size={16} />
      </ActionIcon>
    </Group>
  );
}

function ImportCatalogueModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const [stages, setStages] = useState<File | null>(null);
  const [categories, setCategories] = useState<File | null>(null);
  const [result, setResult] = useState<CatalogueImportResult | null>(null);
  const { importGitlab: run } = useCatalogueMutations();
  const submit = async () => {
    if (!stages || !categories) return;
    setResult(await run.mutateAsync({ stages: await stages.text(), categories: await categories.text() }));
  };
  const tally = (t: CatalogueImportResult['stages']) =>
    `${t.create} new, ${t.update} updated, ${t.unchanged} unchanged`;
  return (
    <Modal
      opened={opened}
      onClose={() => {
        setResult(null);
        onClose();
      }}
      title="Import GitLab’s product catalogue"
    >
      <Stack>
        <FileInput label="stages.yml" accept=".yml,.yaml" value={stages} onChange={setStages} clearable />
        <FileInput
          label="categories.yml"
          accept=".yml,.yaml"
          value={categories}
          onChange={setCategories}
          clearable
        />
        {result && (
          <Alert color={result.problems.length ? 'orange' : 'teal'} title="Imported">
            Stages: {tally(result.stages)}. Categories: {tally(result.categories)}.
            {result.problems.map((p) => (
              <Text size="sm" key={p.where + p.message}>
                {p.where}: {p.message}
              </Text>
            ))}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button onClick={submit} loading={run.isPending} disabled={!stages || !categories}>
            Import
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** Stages → categories → features, with how many demos walk through each category. */
export function CataloguePanel() {
  const session = useSession();
  const editor = can(session.data?.user.role, 'demos.edit');
  const catalogue = useCatalogue();
  const [importing, setImporting] = useState(false);
  const { create, remove } = useCatalogueMutations();
  return (
    <Stack>
      {editor && (
        <Group justify="space-between">
          <AddInline
            label="New stage"
            onAdd={(name) => create.mutateAsync({ kind: 'stages', body: { name } })}
          />
          <Button variant="light" leftSection={<IconUpload size={16} />} onClick={() => setImporting(true)}>
            Import from GitLab files
          </Button>
        </Group>
      )}
      <QueryState query={catalogue}>
        {(data) =>
          data.stages.length === 0 ? (
            <Paper withBorder p="xl" ta="center" c="dimmed">
              The catalogue is empty. Add stages by hand or import GitLab’s stages.yml and categories.yml.
            </Paper>
          ) : (
            <Accordion variant="separated" multiple>
              {data.stages.map((stage) => (
                <Accordion.Item key={stage.id} value={stage.id}>
                  <Accordion.Control>
                    <Group justify="space-between" pr="md">
                      <Text fw={600}>{stage.name}</Text>
                      <Text size="sm" c="dimmed">
                        {stage.categories.length} categories ·{' '}
                        {stage.categories.reduce((sum, c) => sum + c.demoCount, 0)} demo steps
                      </Text>
                    </Group>
                  </Accordion.Control>
                  <Accordion.Panel>
                    <Stack gap="xs">
                      {stage.categories.map((category) => (
                        <Paper key={category.id} withBorder p="xs">
                          <Group justify="space-between" wrap="nowrap">
                            <div>
                              <Group gap="xs">
                                <Text fw={600} size="sm">
                                  {category.name}
                                </Text>
                                {category.maturity && (
                                  <Badge size="xs" variant="outline">
                                    {category.maturity}
                                  </Badge>
                                )}
                                {category.demoCount > 0 && (
                                  <Badge size="xs" color="grape" variant="light">
                                    {category.demoCount} demos
                                  </Badge>
                                )}
                              </Group>
                              <Group gap={4} mt={4}>
                                {category.features.map((feature) => (
                                  <Badge
                                    key={feature.id}
                                    variant="light"
                                    color="gray"
                                    tt="none"
                                    rightSection={
                                      editor ? (
                                        <ActionIcon
                                          size="xs"
                                          variant="transparent"
                                          aria-label={`Delete feature ${feature.name}`}
                                          onClick={() => remove.mutate({ kind: 'features', id: feature.id })}
                                        >
                                          <IconTrash size={10} />
                                        </ActionIcon>
                                      ) : undefined
                                    }
                                  >
                                    {feature.name}
                                  </Badge>
                                ))}
                              </Group>
                            </div>
                            {editor && (
                              <Group gap="xs" wrap="nowrap">
                                <AddInline
                                  label={`New feature in ${category.name}`}
                                  onAdd={(name) =>
                                    create.mutateAsync({
                                      kind: 'features',
                                      body: { categoryId: category.id, name },
                                    })
                                  }
                                />
                                <Tooltip label="Delete category">
                                  <ActionIcon
                                    color="red"
                                    variant="subtle"
                                    aria-label={`Delete category ${category.name}`}
                                    onClick={() => remove.mutate({ kind: 'categories', id: category.id })}
                                  >
                                    <IconTrash size={16} />
                                  </ActionIcon>
                                </Tooltip>
                              </Group>
                            )}
                          </Group>
                        </Paper>
                      ))}
                      {editor && (
                        <AddInline
                          label={`New category in ${stage.name}`}
                          onAdd={(name) =>
                            create.mutateAsync({ kind: 'categories', body: { stageId: stage.id, name } })
                          }
                        />
                      )}
                    </Stack>
                  </Accordion.Panel>
                </Accordion.Item>
              ))}
            </Accordion>
          )
        }
      </QueryState>
      <ImportCatalogueModal opened={importing} onClose={() => setImporting(false)} />
    </Stack>
  );
}
