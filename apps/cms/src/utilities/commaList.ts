/** "a, b,,c" → ["a", "b", "c"]: the items of a comma-separated setting, blanks dropped. */
export function commaList(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)
}
