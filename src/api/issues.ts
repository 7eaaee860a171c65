import type * as z from 'zod/mini';

/** zod/mini carries no message catalogue: what a response (or a dataset about to be served) fails, from the issue. */
function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.length ? issue.path.join('.') : '(response)';
  if (issue.code === 'invalid_type') return `${where}: expected ${issue.expected}`;
  if (issue.code === 'invalid_value') return `${where}: expected one of ${issue.values.map(String).join(', ')}`;
  return `${where}: ${issue.message}`;
}

/** The first three issues, and how many more. */
export function describeIssues(error: z.core.$ZodError): string {
  const shown = error.issues.slice(0, 3).map(describeIssue);
  const more = error.issues.length - shown.length;
  return shown.join('; ') + (more > 0 ? ` (+${more} more)` : '');
}
