import { parseArgs, type ParseArgsConfig } from "node:util";
import { z } from "zod";

/** An option's value as digits only, read as a whole number. */
export const wholeNumber = z
  .string()
  .regex(/^\d+$/, "expected a whole number")
  .transform(Number);

/**
 * A command's options, read as `options` describes and checked against
 * `schema`. Throws a message ending with `usage` when an option is
 * unknown or its value does not fit.
 */
export function readCommandArgs<Schema extends z.ZodType>(
  options: NonNullable<ParseArgsConfig["options"]>,
  schema: Schema,
  usage: string,
): z.output<Schema> {
  let values: Record<string, unknown>;
  try {
    ({ values } = parseArgs({ options }));
  } catch (error) {
    throw new Error(`${(error as Error).message}\n${usage}`);
  }

  const parsed = schema.safeParse(values);
  if (!parsed.success) {
    throw new Error(`${z.prettifyError(parsed.error)}\n${usage}`);
  }
  return parsed.data;
}
