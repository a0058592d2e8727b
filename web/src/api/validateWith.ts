import { schemaResolver } from '@mantine/form';

/**
 * A Mantine form `validate` that checks the same zod schema the server checks, so a form shows
 * the server's messages under the right fields before it is sent. `toInput` turns the form's
 * values into the request body first (empty strings to null or undefined, and the like), so the
 * schema sees exactly what will be sent.
 */
export function validateWith<Values>(
  schema: Parameters<typeof schemaResolver>[0],
  toInput?: (values: Values) => unknown,
) {
  const resolve = schemaResolver(schema, { sync: true });
  return (values: Values) => resolve(toInput ? toInput(values) : values);
}
