/** Where rglint and its rule pages live on the web (SARIF helpUri, Markdown links). */
export const RGLINT_HOME = "https://github.com/rglint/rglint";

/** The rule's page in the repository (rules-docs/<ID>.md). */
export function ruleDocUrl(id: string): string {
  return `${RGLINT_HOME}/blob/main/rules-docs/${id}.md`;
}
