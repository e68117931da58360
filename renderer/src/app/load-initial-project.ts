// Decides which project the app opens at start. Today: the first embedded sample. Later the
// workspace in IndexedDB (last open project, crash-recovery draft) is asked first.
import { formatIssue, validateProject } from '../../../shared/model';
import type { Project } from '../../../shared/model/schema';
import { SAMPLES } from '../../../shared/samples';

export type InitialProject =
  | { ok: true; project: Project; source: { kind: 'sample'; slug: string } }
  | { ok: false; message: string };

/**
 * The project to show first. Never rejects: a problem comes back as a message for people.
 * Returns a promise because the storage that will be asked first is asynchronous.
 */
export function loadInitialProject(): Promise<InitialProject> {
  return Promise.resolve(openFirstSample());
}

function openFirstSample(): InitialProject {
  const sample = SAMPLES[0];
  if (!sample) return { ok: false, message: 'Flowcase was built without its sample project.' };
  // The sample is code, but it passes the same checks as any opened file.
  const result = validateProject(sample.project);
  if (!result.ok) {
    const details = result.issues.slice(0, 3).map(formatIssue).join(' ');
    return {
      ok: false,
      message: `The sample project “${sample.title}” does not pass validation: ${details}`,
    };
  }
  return { ok: true, project: result.project, source: { kind: 'sample', slug: sample.slug } };
}
