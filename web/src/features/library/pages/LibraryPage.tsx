import {
  Alert,
  Badge,
  Button,
  CloseButton,
  Grid,
  Group,
  Loader,
  NativeSelect,
  Paper,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { type FacetName, facetLabels, facetNames } from '@shared/library.ts';
import { can } from '@shared/roles.ts';
import { IconFileImport, IconList, IconPlus, IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Pager } from '../../../components/Pager.tsx';
import { useSession } from '../../auth/hooks/useSession.ts';
import { usePageTitle } from '../../shell/hooks/usePageTitle.ts';
import { AssetHitCard } from '../components/AssetHitCard.tsx';
import { FacetPanel } from '../components/FacetPanel.tsx';
import { useAssetSearch, useLists } from '../hooks/useLibrary.ts';

const PAGE = 20;
const sorts = [
  { value: 'relevance', label: 'Best match' },
  { value: 'newest', label: 'Newest' },
  { value: 'most_viewed', label: 'Most viewed' },
  { value: 'updated', label: 'Recently updated' },
];

/** A short rail of assets for the library home (recently updated, most used). */
function Rail({ title, sort }: { title: string; sort: string }) {
  const result = useAssetSearch(`sort=${sort}&limit=4`);
  return (
    <Stack gap="xs">
      <Title order={2} size="h4">
        {title}
      </Title>
      {result.isPending ? (
        <Skeleton h={120} />
      ) : (
        <Stack gap="xs">
          {result.data?.hits.map((hit) => (
            <Paper key={hit.id} withBorder p="sm" radius="md">
              <Text component={Link} to={`/library/assets/${hit.id}`} fw={500} size="sm" lineClamp={1}>
                {hit.title}
              </Text>
              <Text size="xs" c="dimmed">
                {hit.format?.name ?? 'No format'} · {hit.viewCount} views
              </Text>
            </Paper>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

interface Chip {
  key: string;
  label: string;
  remove: () => void;
}

/** The filters in force, by name, each with a button that takes it off, and "Clear all". */
function FilterChips({ chips, onClear }: { chips: Chip[]; onClear: () => void }) {
  if (chips.length === 0) return null;
  return (
    <Group gap="xs" aria-label="Filters in use" role="group">
      {chips.map((chip) => (
        <Badge
          key={chip.key}
          size="lg"
          variant="light"
          color="gray"
          tt="none"
          fw={500}
          pr={3}
          rightSection={
            <CloseButton
              size="xs"
              radius="xl"
              onClick={chip.remove}
              aria-label={`Remove filter ${chip.label}`}
            />
          }
        >
          {chip.label}
        </Badge>
      ))}
      <Button variant="subtle" size="compact-sm" onClick={onClear}>
        Clear all
      </Button>
    </Group>
  );
}

/** Search and browse: one search box, facets with live counts, sort; the URL holds the whole query. */
export function LibraryPage() {
  usePageTitle('Library');
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const [text, setText] = useState(params.get('q') ?? '');
  const [debounced] = useDebouncedValue(text, 250);
  const editor = can(session.data?.user.role, 'library.edit');

  useEffect(() => {
    if ((params.get('q') ?? '') === debounced) return;
    const next = new URLSearchParams(params);
    if (debounced) next.set('q', debounced);
    else next.delete('q');
    next.delete('offset');
    setParams(next, { replace: true });
  }, [debounced, params, setParams]);

  const query = new URLSearchParams(params);
  if (!query.get('sort') && !query.get('q')) query.set('sort', 'updated');
  query.set('limit', String(PAGE));
  const result = useAssetSearch(query.toString());
  const selected = (facet: FacetName) => (params.get(facet) ?? '').split(',').filter(Boolean);
  const setFacet = (facet: FacetName, values: string[]) => {
    const next = new URLSearchParams(params);
    if (values.length) next.set(facet, values.join(','));
    else next.delete(facet);
    next.delete('offset');
    setParams(next);
  };
  const filtered =
    Boolean(params.get('q')) || facetNames.some((facet) => params.get(facet)) || Boolean(params.get('list'));
  const offset = Number(params.get('offset') ?? 0);
  const total = result.data?.total ?? 0;
  const listId = params.get('list');
  const lists = useLists(Boolean(listId));
  const clearFilters = () => {
    const next = new URLSearchParams(params);
    for (const facet of facetNames) next.delete(facet);
    next.delete('list');
    next.delete('offset');
    setParams(next);
  };
  const chips: Chip[] = [
    ...(listId
      ? [
          {
            key: 'list',
            label: `List: ${lists.data?.find((list) => list.id === listId)?.name ?? '…'}`,
            remove: () => {
              const next = new URLSearchParams(params);
              next.delete('list');
              next.delete('offset');
              setParams(next);
            },
          },
        ]
      : []),
    ...facetNames.flatMap((facet) =>
      selected(facet).flatMap((value) => {
        const label = result.data?.facets[facet]?.find((v) => v.value === value)?.label;
        if (!label) return [];
        return [
          {
            key: `${facet}:${value}`,
            label: `${facetLabels[facet]}: ${label}`,
            remove: () =>
              setFacet(
                facet,
                selected(facet).filter((other) => other !== value),
              ),
          },
        ];
      }),
    ),
  ];

  return (
    <Stack gap="lg">
      <Group justify="space-between">
        <Title order={1}>Library</Title>
        <Group gap="xs">
          <Button variant="default" component={Link} to="/library/lists" leftSection={<IconList size={16} />}>
            Lists
          </Button>
          {can(session.data?.user.role, 'library.import') && (
            <Button
              variant="default"
              component={Link}
              to="/library/import"
              leftSection={<IconFileImport size={16} />}
            >
              Import
            </Button>
          )}
          {editor && (
            <Button component={Link} to="/library/new" leftSection={<IconPlus size={16} />}>
              New asset
            </Button>
          )}
        </Group>
      </Group>
      <Group align="flex-end" wrap="wrap">
        <TextInput
          placeholder="Search demos, videos, workshops, posts…"
          aria-label="Search the library"
          leftSection={<IconSearch size={16} />}
          rightSection={result.isFetching ? <Loader size={14} /> : null}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          style={{ flex: 1, minWidth: 240 }}
          size="md"
        />
        {/* A native select: the library page is the first screen, and Combobox costs ~12 KB gzip. */}
        <NativeSelect
          aria-label="Sort by"
          data={sorts}
          value={params.get('sort') ?? (params.get('q') ? 'relevance' : 'updated')}
          onChange={(event) => {
            const next = new URLSearchParams(params);
            next.set('sort', event.currentTarget.value);
            setParams(next);
          }}
          w={200}
          size="md"
        />
      </Group>
      {/* Past the rails and the filters (up to 50 checkboxes): the first result is one Tab on. */}
      <a href="#results" className="skip-inline">
        Skip to results
      </a>
      {!filtered && (
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <Rail title="Recently updated" sort="updated" />
          <Rail title="Most used" sort="most_viewed" />
        </SimpleGrid>
      )}
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 3 }}>
          {result.data ? (
            <FacetPanel
              facets={result.data.facets}
              exhaustive={result.data.exhaustive}
              selected={selected}
              onChange={setFacet}
              onClear={clearFilters}
            />
          ) : (
            <Skeleton h={400} />
          )}
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 9 }}>
          {result.isError ? (
            <Alert color="red" title="Search failed">
              {result.error.message}
            </Alert>
          ) : result.isPending ? (
            <Stack>
              {[1, 2, 3].map((key) => (
                <Skeleton key={key} h={110} radius="md" />
              ))}
            </Stack>
          ) : (
            <Stack gap="sm">
              <Text size="sm" c="dimmed" role="status">
                {total === 1 ? '1 asset' : `${total} assets`}
                {params.get('q') ? ` for “${params.get('q')}”` : ''}
              </Text>
              <FilterChips chips={chips} onClear={clearFilters} />
              <Stack gap="sm" component="section" id="results" aria-label="Results" tabIndex={-1}>
                {result.data.hits.length === 0 ? (
                  <Paper withBorder p="xl">
                    <Stack align="center" gap="sm">
                      <Text c="dimmed">
                        {chips.length
                          ? 'Nothing matches these filters. Take one off or clear them all.'
                          : 'Nothing matches. Try fewer or different words.'}
                      </Text>
                      <Group gap="xs">
                        {chips.length > 0 && (
                          <Button variant="default" onClick={clearFilters}>
                            Clear all filters
                          </Button>
                        )}
                        {params.get('q') && (
                          <Button
                            variant="default"
                            onClick={() => {
                              setText('');
                              const next = new URLSearchParams(params);
                              next.delete('q');
                              next.delete('offset');
                              setParams(next);
                            }}
                          >
                            Clear the search
                          </Button>
                        )}
                      </Group>
                    </Stack>
                  </Paper>
                ) : (
                  result.data.hits.map((hit) => <AssetHitCard key={hit.id} hit={hit} />)
                )}
                {total > PAGE && (
                  <Pager
                    label="Result pages"
                    total={Math.ceil(total / PAGE)}
                    value={Math.floor(offset / PAGE) + 1}
                    onChange={(page) => {
                      const next = new URLSearchParams(params);
                      next.set('offset', String((page - 1) * PAGE));
                      setParams(next);
                    }}
                    mt="md"
                  />
                )}
              </Stack>
            </Stack>
          )}
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
