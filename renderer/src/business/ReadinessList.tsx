// The readiness findings of the target: severity, what it concerns, what is wrong and the fix.
// Clicking one shows what it is about: a step selected and framed on the Map screen, a system,
// role or the plan opened in the project panel.
import { AlertOctagon, AlertTriangle, CheckCircle2, Info } from 'lucide-react';
import type { ReadinessFinding, Severity, SubjectKind } from '../../../shared/readiness';
import { assertNever } from '../../../shared/util/assert-never';
import { useAppStore, type PanelSectionId } from '../store';

const SEVERITY_WORDS: Record<Severity, string> = {
  blocker: 'Blocker',
  risk: 'Risk',
  note: 'Note',
};

const SEVERITY_ICON = { blocker: AlertOctagon, risk: AlertTriangle, note: Info } as const;

/** The project panel section where a subject of this kind is edited; null for a step. */
function sectionFor(kind: SubjectKind): PanelSectionId | null {
  switch (kind) {
    case 'step':
      return null;
    case 'system':
      return 'systems';
    case 'role':
      return 'roles';
    case 'plan':
      return 'plan';
    case 'project':
      return 'project';
    default:
      return assertNever(kind);
  }
}

/** The project panel's name for a system's or role's item (`System X`, `Role X`), or null. */
function subjectName(finding: ReadinessFinding): string | null {
  const project = useAppStore.getState().project;
  if (project === null || finding.subjectId === null) return null;
  if (finding.subjectKind === 'system') {
    const system = project.systems.find((s) => s.id === finding.subjectId);
    return system ? `System ${system.name}` : null;
  }
  if (finding.subjectKind === 'role') {
    const role = project.roles.find((r) => r.id === finding.subjectId);
    return role ? `Role ${role.name}` : null;
  }
  return null;
}

export function ReadinessList({
  findings,
  targetId,
}: {
  findings: readonly ReadinessFinding[];
  targetId: string;
}) {
  if (findings.length === 0)
    return (
      <p className="fc-bc-empty">
        <CheckCircle2 size={14} aria-hidden="true" className="fc-ok" /> No production risks found in
        this target.
      </p>
    );
  const go = (finding: ReadinessFinding): void => {
    const state = useAppStore.getState();
    state.showMap({ targetId });
    state.showScreen('map');
    const section = sectionFor(finding.subjectKind);
    const stepId = finding.subjectKind === 'step' ? finding.subjectId : null;
    if (stepId !== null) {
      state.selectElements({ stepIds: [stepId], flowIds: [] });
      // Frame the step once the map is drawn again (the screen switch mounts the canvas).
      state.frame({ targetId }, [stepId]);
      return;
    }
    state.clearSelection();
    if (section !== null) state.toggleSection(section, true);
    // Bring the system or role into view in the project panel once it is drawn.
    const name = subjectName(finding);
    if (name !== null)
      window.setTimeout(() => {
        const item = document.querySelector<HTMLElement>(`[aria-label="${CSS.escape(name)}"]`);
        item?.scrollIntoView({ block: 'center' });
      }, 120);
  };
  return (
    <ul className="fc-readiness" aria-label="Readiness">
      {findings.map((f, i) => {
        const Icon = SEVERITY_ICON[f.severity];
        return (
          <li key={`${f.rule}-${f.subjectId ?? ''}-${i}`}>
            <button type="button" className="fc-finding" onClick={() => go(f)}>
              <span className={`fc-finding__severity fc-finding__severity--${f.severity}`}>
                <Icon size={13} aria-hidden="true" />
                {SEVERITY_WORDS[f.severity]}
              </span>
              <span className="fc-finding__subject">{f.subject}</span>
              <span className="fc-finding__message">{f.message}</span>
              <span className="fc-finding__fix">
                <strong>Fix:</strong> {f.fix}
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
