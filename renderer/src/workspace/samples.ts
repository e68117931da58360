// The sample a first start opens (and the fallback when nothing can be stored): the first
// embedded sample, checked like any opened file.
import { formatIssue, validateProject } from '../../../shared/model';
import type { Project } from '../../../shared/model/schema';
import { SAMPLES } from '../../../shared/samples';

export function firstSample(): { ok: true; project: Project } | { ok: false; message: string } {
  const sample = SAMPLES[0];
  if (!sample) return { ok: false, message: 'Flowcase was built without its sample project.' };
  const result = validateProject(sample.project);
  if (!result.ok) {
    const details = result.issues.slice(0, 3).map(formatIssue).join(' ');
    return {
      ok: false,
      message: `The sample project “${sample.title}” does not pass validation: ${details}`,
    };
  }
  return { ok: true, project: result.project };
}
