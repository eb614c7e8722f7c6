import type { Example } from "@/lib/api-docs/examples";

/** Example requests as links, each saying what it answers. */
export function Examples({
  examples,
  label,
}: {
  examples: Example[];
  label: string;
}) {
  return (
    <ul className="examples" aria-label={label}>
      {examples.map((example) => (
        <li key={example.url}>
          <span className="what">{example.what}</span>{" "}
          <span className="answer">{example.answer}</span>
          <br />
          <a href={example.url} className="example">
            <code>{example.url}</code>
          </a>
        </li>
      ))}
    </ul>
  );
}

export type Parameter = { name: string; meaning: React.ReactNode };

/** A table of an endpoint's query parameters. */
export function Parameters({
  parameters,
  caption,
}: {
  parameters: Parameter[];
  caption: string;
}) {
  return (
    <table className="parameters">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Parameter</th>
          <th scope="col">Meaning</th>
        </tr>
      </thead>
      <tbody>
        {parameters.map((parameter) => (
          <tr key={parameter.name}>
            <th scope="row">
              <code>{parameter.name}</code>
            </th>
            <td>{parameter.meaning}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
