import '@mantine/dates/styles.css';
import { DateInput, type DateInputProps } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';

dayjs.extend(customParseFormat);

const DISPLAY = 'D MMM YYYY';
/** Typed dates the field understands: how it shows them, ISO, and the usual day-first forms. */
const TYPED = [DISPLAY, 'YYYY-MM-DD', 'D/M/YYYY', 'D.M.YYYY', 'D MMMM YYYY'];

/** Reads a typed date, or null when it is not one (the field then keeps its previous value). */
export function parseTypedDate(text: string): string | null {
  const parsed = dayjs(text.trim(), TYPED, true);
  return parsed.isValid() ? parsed.format('YYYY-MM-DD') : null;
}

const calendarLabels = {
  previousMonth: 'Previous month',
  nextMonth: 'Next month',
  previousYear: 'Previous year',
  nextYear: 'Next year',
  previousDecade: 'Previous decade',
  nextDecade: 'Next decade',
};

/**
 * Every date field of the web app: a Mantine DateInput with a calendar that takes and gives
 * `YYYY-MM-DD` strings (or null when cleared), as the API's date fields are.
 */
export function DateField(props: Omit<DateInputProps, 'valueFormat' | 'dateParser'>) {
  return (
    <DateInput
      valueFormat={DISPLAY}
      dateParser={parseTypedDate}
      clearable
      clearButtonProps={{
        'aria-label': typeof props.label === 'string' ? `Clear ${props.label}` : 'Clear date',
      }}
      leftSection={<IconCalendar size={16} stroke={1.6} />}
      // The calendar's arrows are icons only: name them. Days of the next and previous months
      // are left out, as their faint grey fails WCAG contrast (weekend red: styles.css).
      ariaLabels={calendarLabels}
      hideOutsideDates
      placeholder="Pick a date"
      {...props}
    />
  );
}
