import {
  ActionIcon,
  AppShell,
  Avatar,
  Burger,
  Group,
  Menu,
  NavLink,
  Text,
  UnstyledButton,
  useComputedColorScheme,
  useMantineColorScheme,
  VisuallyHidden,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { can, roleLabels } from '@shared/roles.ts';
import {
  IconApi,
  IconCalendarEvent,
  IconChartBar,
  IconChevronDown,
  IconInbox,
  IconLibrary,
  IconLogout,
  IconMoon,
  IconPresentation,
  IconSettings,
  IconSun,
  IconUserCircle,
} from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Outlet, NavLink as RouterLink, useLocation, useNavigate } from 'react-router';
import { apiClient, setCsrfToken } from '../../../api/client.ts';
import { sessionKey, useSession } from '../../auth/hooks/useSession.ts';
import { useWorkspace } from '../../settings/hooks/useWorkspace.ts';
import { Logo } from './Logo.tsx';
import { NotificationBell } from './NotificationBell.tsx';

const sections = [
  { to: '/library', label: 'Library', icon: IconLibrary },
  { to: '/requests', label: 'Requests', icon: IconInbox },
  { to: '/demos', label: 'Demos', icon: IconPresentation },
  { to: '/plan', label: 'Plan', icon: IconCalendarEvent },
  { to: '/insights', label: 'Insights', icon: IconChartBar },
];

/** The frame around every signed-in page: header, navigation, user menu and theme switch. */
export function AppLayout() {
  const [opened, { toggle, close }] = useDisclosure();
  const session = useSession();
  const workspace = useWorkspace();
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { setColorScheme } = useMantineColorScheme();
  const scheme = useComputedColorScheme('light');
  const user = session.data?.user;
  const signOut = useMutation({
    mutationFn: () => apiClient.POST('/api/auth/sign-out'),
    onSettled: () => {
      setCsrfToken(undefined);
      queryClient.clear();
      queryClient.setQueryData(sessionKey, null);
      navigate('/sign-in', { replace: true });
    },
  });

  const links = [
    ...sections.filter(
      (section) =>
        (section.to !== '/requests' || can(user?.role, 'requests.read')) &&
        (section.to !== '/demos' || can(user?.role, 'demos.read')) &&
        (section.to !== '/plan' || can(user?.role, 'plan.read')) &&
        (section.to !== '/insights' || can(user?.role, 'insights.read')),
    ),
    ...(can(user?.role, 'settings.manage')
      ? [{ to: '/settings', label: 'Settings', icon: IconSettings }]
      : []),
  ];

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 232, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="lg"
    >
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label="Toggle navigation"
            />
            <UnstyledButton component={RouterLink} to="/" aria-label="Showcase home">
              <Logo withText />
            </UnstyledButton>
            {workspace.data && (
              <Text c="dimmed" size="sm" visibleFrom="xs" truncate>
                {workspace.data.name}
              </Text>
            )}
          </Group>
          <Group gap="xs" wrap="nowrap">
            <NotificationBell />
            {/* Native title hints in the shell: Mantine's Tooltip brings floating-ui's interaction
                hooks (~7 KB gzip) into every page. */}
            <ActionIcon
              variant="default"
              size="lg"
              onClick={() => setColorScheme(scheme === 'dark' ? 'light' : 'dark')}
              aria-label={scheme === 'dark' ? 'Switch to light theme' : 'Switch to dark theme'}
              title={scheme === 'dark' ? 'Light theme' : 'Dark theme'}
            >
              {scheme === 'dark' ? <IconSun size={18} /> : <IconMoon size={18} />}
            </ActionIcon>
            {user && (
              <Menu position="bottom-end" width={240} withinPortal>
                <Menu.Target>
                  <UnstyledButton aria-label={`${user.name}, user menu`} p={4}>
                    <Group gap={8} wrap="nowrap">
                      {/* No initials: they would be visible text the button's name does not hold. */}
                      <Avatar size={30} radius="xl" color="indigo" aria-hidden />
                      <Text size="sm" fw={500} visibleFrom="sm">
                        {user.name}
                      </Text>
                      <IconChevronDown size={14} />
                    </Group>
                  </UnstyledButton>
                </Menu.Target>
                <Menu.Dropdown>
                  <Menu.Label>
                    {user.email}
                    <br />
                    {roleLabels[user.role]}
                  </Menu.Label>
                  <Menu.Item leftSection={<IconUserCircle size={16} />} onClick={() => navigate('/account')}>
                    Account and API tokens
                  </Menu.Item>
                  <Menu.Item
                    leftSection={<IconApi size={16} />}
                    component="a"
                    href="/api/docs"
                    target="_blank"
                  >
                    API reference
                  </Menu.Item>
                  <Menu.Divider />
                  <Menu.Item
                    color="red"
                    leftSection={<IconLogout size={16} />}
                    onClick={() => signOut.mutate()}
                  >
                    Sign out
                  </Menu.Item>
                </Menu.Dropdown>
              </Menu>
            )}
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label="Main navigation">
        {/* Native scrolling: ScrollArea would add ~8 KB gzip to every page for seven links. */}
        <AppShell.Section grow style={{ overflowY: 'auto' }}>
          <VisuallyHidden>
            <h2>Navigation</h2>
          </VisuallyHidden>
          {links.map((link) => (
            <NavLink
              key={link.to}
              component={RouterLink}
              to={link.to}
              label={link.label}
              leftSection={<link.icon size={18} stroke={1.6} />}
              active={location.pathname.startsWith(link.to)}
              onClick={close}
              style={{ borderRadius: 'var(--mantine-radius-md)' }}
            />
          ))}
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
