const format = new Intl.DateTimeFormat("en-GB", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "UTC",
});

/** A moment, shown in UTC so every reader sees the same text. */
export function Time({ at }: { at: Date }) {
  return <time dateTime={at.toISOString()}>{format.format(at)} UTC</time>;
}
