import { Alert, Button, Stack, Title } from '@mantine/core';
import type { Permission } from '@shared/roles.ts';
import { IconLock } from '@tabler/icons-react';
import { Link } from 'react-router';
import { usePageTitle } from '../../shell/hooks/usePageTitle.ts';

/** What each guarded permission lets someone do, for the "not allowed" page. */
const purposes: Partial<Record<Permission, string>> = {
  'library.edit': 'create or edit library assets',
  'library.import': 'import assets into the library',
  'requests.read': 'see content requests',
  'requests.create': 'file content requests',
  'demos.read': 'see demos and their freshness',
  'settings.manage': 'change workspace settings',
  'users.manage': 'manage user accounts',
  'jobs.manage': 'see background jobs',
};

/** The page a direct address shows when the signed-in role may not use it. */
export default function NotAllowed({ permission }: { permission: Permission }) {
  usePageTitle('Not allowed');
  return (
    <Stack align="flex-start" gap="md">
      <Title order={1}>Not allowed</Title>
      <Alert color="yellow" icon={<IconLock size={18} />} title="Your role cannot open this page">
        Your account may not {purposes[permission] ?? 'do this'}. Ask a Showcase admin if you need to.
      </Alert>
      <Button component={Link} to="/">
        Go to the start page
      </Button>
    </Stack>
  );
}
