/** A timestamp for people: the local date and time, to the second. */
export function when(iso: string | null | undefined): string {
  if (!iso) {
    return "never";
  }
  const date = new Date(iso);
  return isNaN(date.getTime()) ? iso : date.toLocaleString(undefined, { dateStyle: "medium", timeStyle: "medium" });
}
