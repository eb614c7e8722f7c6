import type { IgnoredParameter } from "@/lib/series/params";

/**
 * One visible notice per query parameter the page did not use, saying
 * what it did instead (by default: its default value).
 */
export function IgnoredNotices({
  ignored,
  instead = "showing the default instead",
}: {
  ignored: IgnoredParameter[];
  instead?: string;
}) {
  return ignored.map(({ parameter, message }) => (
    <p key={parameter} className="notice" role="status">
      Ignored the <code>{parameter}</code> parameter ({message}); {instead}.
    </p>
  ));
}
