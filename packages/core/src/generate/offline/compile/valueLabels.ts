/**
 * How the stored codes of job functions and seniorities are said ("c_level" -> "C-level", "hr" -> "HR"): the
 * interpretation names them so, and a grouping by function or seniority shows these words in its rows.
 */
export const VALUE_LABELS: Readonly<Record<string, string>> = {
  hr: 'HR',
  it: 'IT',
  customer_success: 'Customer success',
  c_level: 'C-level',
  vp: 'VP',
};

/** A stored code in words: its label, else the code capitalised with spaces ("customer_success" has a label). */
export function valueLabel(v: string): string {
  return VALUE_LABELS[v] ?? v.charAt(0).toUpperCase() + v.slice(1).replace(/_/g, ' ');
}
