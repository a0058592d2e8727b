import {
  Button,
  Checkbox,
  Group,
  Modal,
  PasswordInput,
  SegmentedControl,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import {
  type CreateShareLinkInput,
  createShareLinkSchema,
  type ShareAudience,
  shareAudienceLabels,
  shareAudiences,
} from '@shared/schemas/sharing.ts';
import { ApiError } from '../../../api/client.ts';
import { DateField } from '../../../components/DateField.tsx';
import { useCreateShareLink } from '../hooks/useShareLinks.ts';

interface Values {
  name: string;
  notes: string;
  audience: ShareAudience;
  people: string;
  accountName: string;
  expiresOn: string | null;
  passcode: string;
  emailGate: boolean;
  allowList: string;
  denyList: string;
  downloads: boolean;
  watermark: boolean;
}

const initialValues: Values = {
  name: '',
  notes: '',
  audience: 'recipient',
  people: '',
  accountName: '',
  expiresOn: null,
  passcode: '',
  emailGate: false,
  allowList: '',
  denyList: '',
  downloads: true,
  watermark: false,
};

/** "Ada Lovelace <ada@acme.com>" or "Ada Lovelace, ada@acme.com", one person a line. */
function parsePeople(text: string) {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const angle = line.match(/^(.*)<([^>]+)>\s*$/);
      if (angle) return { name: (angle[1] ?? '').trim(), email: (angle[2] ?? '').trim() };
      const [name = '', email = ''] = line.split(',').map((part) => part.trim());
      return { name, email };
    });
}

const splitList = (text: string) =>
  text
    .split(/[\s,;]+/)
    .map((entry) => entry.trim())
    .filter(Boolean);

function toInput(values: Values): CreateShareLinkInput {
  return {
    name: values.name,
    notes: values.notes,
    audience: values.audience,
    recipients: parsePeople(values.people),
    accountName: values.accountName.trim() || undefined,
    // The link works through the whole chosen day.
    expiresAt: values.expiresOn ? new Date(`${values.expiresOn}T23:59:59`).toISOString() : undefined,
    passcode: values.passcode || undefined,
    emailGate: values.emailGate,
    allowList: values.emailGate ? splitList(values.allowList) : [],
    denyList: values.emailGate ? splitList(values.denyList) : [],
    downloads: values.downloads,
    watermark: values.downloads && values.watermark,
  };
}

/** The server names nested fields (recipients.1.email); the form shows them under the field they came from. */
function formErrors(fields: Record<string, string>) {
  const errors: Record<string, string> = {};
  for (const [path, message] of Object.entries(fields)) {
    const [head = path, index, leaf] = path.split('.');
    const key = head === 'recipients' ? 'people' : head;
    const where =
      head === 'recipients' && index ? `Line ${Number(index) + 1}${leaf ? ` (${leaf})` : ''}: ` : '';
    errors[key] ??= `${where}${message}`;
  }
  return errors;
}

const peopleHelp: Record<ShareAudience, string> = {
  recipient: 'The one person this link is for: “Name <email>”',
  account: 'Optional: the people you know at the company, one a line: “Name <email>”',
  group: 'Two or more people, one a line: “Name <email>”',
};

export function CreateShareLinkModal({
  assetId,
  opened,
  onClose,
  emailGateAvailable,
  onCreated,
}: {
  assetId: string;
  opened: boolean;
  onClose: () => void;
  emailGateAvailable: boolean;
  onCreated: (created: { linkId: string; url: string; name: string }) => void;
}) {
  const create = useCreateShareLink(assetId);
  const form = useForm<Values>({
    initialValues,
    validate: (values) => {
      const parsed = createShareLinkSchema.safeParse(toInput(values));
      if (parsed.success) return {};
      const fields: Record<string, string> = {};
      for (const issue of parsed.error.issues) fields[issue.path.join('.') || 'name'] ??= issue.message;
      return formErrors(fields);
    },
  });
  const audience = form.values.audience;

  return (
    <Modal opened={opened} onClose={onClose} title="New share link" size="lg">
      <form
        onSubmit={form.onSubmit((values) =>
          create.mutate(toInput(values), {
            onSuccess: (created) => {
              onClose();
              form.reset();
              onCreated({ linkId: created.link.id, url: created.url, name: created.link.name });
            },
            onError: (error) => error instanceof ApiError && form.setErrors(formErrors(error.fields)),
          }),
        )}
      >
        <Stack>
          <TextInput
            label="Link name"
            description="Only your team sees it"
            required
            data-autofocus
            {...form.getInputProps('name')}
          />
          <Stack gap={4}>
            <Text size="sm" fw={500} id="share-audience-label">
              Who it is for
            </Text>
            <SegmentedControl
              aria-labelledby="share-audience-label"
              data={shareAudiences.map((value) => ({ value, label: shareAudienceLabels[value] }))}
              {...form.getInputProps('audience')}
            />
          </Stack>
          {audience === 'account' && (
            <TextInput label="Company" required {...form.getInputProps('accountName')} />
          )}
          <Textarea
            label={audience === 'recipient' ? 'Person' : 'People'}
            description={peopleHelp[audience]}
            autosize
            minRows={audience === 'recipient' ? 1 : 2}
            required={audience !== 'account'}
            {...form.getInputProps('people')}
          />
          <Group grow align="flex-start">
            <DateField
              label="Stops working after"
              description="Leave empty to keep it working"
              {...form.getInputProps('expiresOn')}
            />
            <PasswordInput
              label="Passcode"
              description="Optional; send it separately"
              autoComplete="new-password"
              {...form.getInputProps('passcode')}
            />
          </Group>
          <Checkbox
            label="Ask visitors to confirm their email with a code"
            description={
              emailGateAvailable
                ? 'Visitors get a 6-digit code by email before they see the content'
                : 'Unavailable: no mail server is set up (an admin sets SHOWCASE_SMTP_URL and SHOWCASE_MAIL_FROM)'
            }
            disabled={!emailGateAvailable}
            {...form.getInputProps('emailGate', { type: 'checkbox' })}
          />
          {form.values.emailGate && (
            <Group grow align="flex-start">
              <Textarea
                label="Only let in"
                description="Emails or @domains; empty lets anyone in. People named above are always let in."
                autosize
                minRows={2}
                {...form.getInputProps('allowList')}
              />
              <Textarea
                label="Never let in"
                description="Emails or @domains"
                autosize
                minRows={2}
                {...form.getInputProps('denyList')}
              />
            </Group>
          )}
          <Checkbox
            label="Allow opening and downloading the file"
            description="When off, visitors see the page and the player only"
            {...form.getInputProps('downloads', { type: 'checkbox' })}
          />
          <Switch
            label="Watermark files with the recipient's email"
            description={
              form.values.downloads
                ? "Images and PDFs are served with the visitor's confirmed email (or this link's name) burned in"
                : 'Only for links that allow downloads'
            }
            disabled={!form.values.downloads}
            {...form.getInputProps('watermark', { type: 'checkbox' })}
          />
          <Textarea
            label="Notes"
            description="Only your team sees them"
            autosize
            minRows={2}
            {...form.getInputProps('notes')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending}>
              Make link
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
