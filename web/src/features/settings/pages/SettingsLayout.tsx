import { Alert, Box, Flex, NavLink, Select, Stack, Text, Title } from '@mantine/core';
import { can } from '@shared/roles.ts';
import { termKinds } from '@shared/schemas/settings.ts';
import { Outlet, NavLink as RouterLink, useLocation, useNavigate } from 'react-router';
import { useSession } from '../../auth/hooks/useSession.ts';
import { usePageTitle } from '../../shell/hooks/usePageTitle.ts';

const groups: { heading: string; links: { to: string; label: string }[] }[] = [
  {
    heading: 'Workspace',
    links: [
      { to: 'workspace', label: 'General' },
      { to: 'users', label: 'Users and roles' },
      { to: 'webhooks', label: 'Webhooks' },
      { to: 'gitlab', label: 'GitLab intake' },
      { to: 'jobs', label: 'Background jobs' },
      { to: 'audit', label: 'Audit log' },
    ],
  },
  {
    heading: 'Team',
    links: [
      { to: 'team-members', label: 'Team members' },
      { to: 'teams', label: 'Requesting teams' },
    ],
  },
  {
    heading: 'Content',
    links: [
      { to: 'deliverable-types', label: 'Deliverable types' },
      { to: 'taxonomy/format', label: termKinds.format.label },
      { to: 'publishing-checklists', label: 'Publishing checklists' },
      { to: 'distribution-channels', label: 'Distribution channels' },
    ],
  },
  {
    heading: 'Taxonomy',
    links: (
      [
        'solution',
        'use_case',
        'value_driver',
        'persona',
        'buyer_stage',
        'region',
        'segment',
        'industry',
      ] as const
    ).map((kind) => ({
      to: `taxonomy/${kind}`,
      label: termKinds[kind].label,
    })),
  },
];

/** What a signed-in user who is not an admin sees at /settings. */
function AdminsOnly() {
  usePageTitle('Settings');
  return (
    <Alert color="yellow" title="Settings are for admins">
      Ask a Showcase admin to change the taxonomy, teams or users.
    </Alert>
  );
}

/** Settings with its own section navigation; only admins may change anything here. */
export function SettingsLayout() {
  const session = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  if (!can(session.data?.user.role, 'settings.manage')) return <AdminsOnly />;
  return (
    <Stack gap="lg">
      <Title order={1}>Settings</Title>
      <Flex direction={{ base: 'column', md: 'row' }} gap="xl" align="flex-start">
        <Select
          hiddenFrom="md"
          w="100%"
          aria-label="Settings section"
          allowDeselect={false}
          value={location.pathname.replace('/settings/', '')}
          data={groups.map((group) => ({
            group: group.heading,
            items: group.links.map((link) => ({ value: link.to, label: link.label })),
          }))}
          onChange={(value) => value && navigate(`/settings/${value}`)}
        />
        <Box
          component="nav"
          aria-label="Settings sections"
          visibleFrom="md"
          w={220}
          style={{ flexShrink: 0 }}
        >
          {groups.map((group) => (
            <Box key={group.heading} mb="sm">
              <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" mb={4}>
                {group.heading}
              </Text>
              {group.links.map((link) => (
                <NavLink
                  key={link.to}
                  component={RouterLink}
                  to={`/settings/${link.to}`}
                  label={link.label}
                  active={location.pathname === `/settings/${link.to}`}
                  style={{ borderRadius: 'var(--mantine-radius-md)' }}
                />
              ))}
            </Box>
          ))}
        </Box>
        <Box style={{ flex: 1, minWidth: 0 }} w="100%">
          <Outlet />
        </Box>
      </Flex>
    </Stack>
  );
}
