/**
 * Names and free text refuse the characters that can take over a terminal or reorder the
 * words around them (issue 8, "Control characters from the file reach the terminal"): names
 * refuse every control character and bidirectional override; free text keeps tabs and line
 * breaks (and right-to-left marks) but refuses the other controls.
 */
import { describe, expect, it } from 'vitest';
import { formatIssue } from './issues';
import { parseProject } from './parse';
import type { Project } from './schema';
import { minimalProject } from './testing/minimal-project';

const CLEAR_SCREEN = '\u001b[2J';
const RETITLE = '\u001b]0;pwned\u0007';
const OVERWRITE = '\rok: all fine';
const RIGHT_TO_LEFT_OVERRIDE = '\u202e';
const NAME_REFUSED =
  'must not contain control characters such as line breaks, tabs or terminal escape codes';

/** The problems parseProject finds once `edit` has changed the minimal project. */
function problems(edit: (project: Project) => void): string[] {
  const project = minimalProject();
  edit(project);
  const result = parseProject(JSON.stringify(project));
  return result.ok ? [] : result.issues.map(formatIssue);
}

const target = (project: Project) => project.maps.targets[0] as Project['maps']['targets'][number];

describe('names refuse control characters', () => {
  it.each([
    [
      'the project name',
      CLEAR_SCREEN,
      (p: Project, v: string) => (p.name = `AP ${v}`),
      'name: Name ',
    ],
    [
      'a role name',
      RETITLE,
      (p: Project, v: string) => ((p.roles[0] as Project['roles'][number]).name = `Clerk${v}`),
      'roles[0] (Clerk\u001b]0;pwned\u0007): Name ',
    ],
    [
      'a step name',
      OVERWRITE,
      (p: Project, v: string) =>
        ((p.maps.current.steps[1] as Project['maps']['current']['steps'][number]).name =
          `Approve${v}`),
      'maps.current.steps[1] (Approve\rok: all fine): Name ',
    ],
    [
      'a map name',
      CLEAR_SCREEN,
      (p: Project, v: string) => (target(p).name = `AI${v}`),
      'maps.targets[0] (AI\u001b[2J): Name ',
    ],
    [
      'a system name (C1 control NEL)',
      '\u0085',
      (p: Project, v: string) => ((p.systems[0] as Project['systems'][number]).name = `ERP${v}`),
      'systems[0] (ERP\u0085): Name ',
    ],
    [
      'a step name (right-to-left override)',
      RIGHT_TO_LEFT_OVERRIDE,
      (p: Project, v: string) =>
        ((p.maps.current.steps[1] as Project['maps']['current']['steps'][number]).name =
          `Approve ${v}eciovni`),
      'maps.current.steps[1]',
    ],
  ])('%s holding %j', (_, value, edit, where) => {
    // given a project whose name of this item holds a control sequence
    // when it is parsed
    const found = problems((p) => edit(p, value));
    // then it is refused, at that item, with a sentence that says why
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(where);
    expect(found[0]).toContain(`Name ${NAME_REFUSED}`);
  });

  it('refuses a line break in a flow label, a range label and a formula unit', () => {
    // given labels and a unit that hold line breaks or a tab
    const found = problems((p) => {
      (p.maps.current.flows[0] as Project['maps']['current']['flows'][number]).label = 'yes\nno';
      p.ranges = [
        {
          path: 'roles.clerk.costPerHour',
          low: 40,
          likely: 42,
          high: 50,
          label: 'Clerk\tcost',
        },
      ];
      p.formulas = [
        { id: 'k', name: 'Per FTE', expression: 'fteUsed', kind: 'kpi', unit: 'FTE\u001b[31m' },
      ];
    });
    // then each is refused in words
    expect(found).toEqual([
      `maps.current.flows[0]: Label ${NAME_REFUSED}`,
      `ranges[0]: Label ${NAME_REFUSED}`,
      `formulas[0] (Per FTE): Unit ${NAME_REFUSED}`,
    ]);
  });

  it('accepts names in any script, with accents, dashes and symbols', () => {
    // given names an analyst might write in any language
    const found = problems((p) => {
      p.name = 'Rechnungsprüfung – 請求書 ✓ (FY26)';
      (p.roles[0] as Project['roles'][number]).name = 'محاسب الحسابات الدائنة';
      target(p).name = 'Automatización “IA” 2.0';
    });
    // then the project is valid
    expect(found).toEqual([]);
  });
});

describe('free text keeps tabs and line breaks, not other controls', () => {
  it('accepts descriptions and notes written over several lines, with tabs and Windows line ends', () => {
    // given paragraphs typed or pasted into a description and a step's notes, one in Hebrew
    // wrapped in a right-to-left isolate
    const found = problems((p) => {
      p.description = 'First line\nSecond line\r\nThird:\tindented';
      (p.maps.current.steps[1] as Project['maps']['current']['steps'][number]).notes =
        'Checked by \u2067אישור חשבונית\u2069 weekly.\n\nSee the SOP.';
    });
    // then the project is valid
    expect(found).toEqual([]);
  });

  it('refuses a terminal escape code in a step note', () => {
    // given a note that would clear the screen
    const found = problems((p) => {
      (p.maps.current.steps[1] as Project['maps']['current']['steps'][number]).notes =
        `Note ${CLEAR_SCREEN}`;
    });
    // then it is refused in words, at the step
    expect(found).toEqual([
      'maps.current.steps[1] (Approve invoice): Notes must not contain control characters other than tabs and line breaks (such as terminal escape codes)',
    ]);
  });
});
