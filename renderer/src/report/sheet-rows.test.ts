import { describe, expect, it } from 'vitest';
import { findSample } from '../../../shared/samples';
import { assumptionsSheet, stepsSheet } from '../../../shared/export/model-sheets';
import { computeRoi } from '../../../shared/roi';
import { partsByMap, partsBySection, printTable, spanTrailingEmpty } from './sheet-rows';

describe('an appendix table of both maps', () => {
  it('prints one part per map, headed by the map, without a map column', () => {
    // Given the invoice sample's steps sheet, current map first
    const project = findSample('invoice-processing')?.project;
    if (project === undefined) throw new Error('the invoice sample is missing');
    const target = project.maps.targets[0];
    if (target === undefined) throw new Error('the invoice sample has no target');
    const table = printTable(stepsSheet(project, target), project.currency, 3);
    const current = project.maps.current;
    // When it is split by map
    const parts = partsByMap(table, 'Map', [
      { title: 'Current', rows: current.steps.length },
      { title: 'Target', rows: target.steps.length },
    ]);
    // Then each map's steps are its own part, in order, and no row names a map any more
    expect(parts.map((p) => p.title)).toEqual(['Current', 'Target']);
    expect(parts[0]?.table.headers[0]).toBe('Step');
    expect(parts[0]?.table.rows.map((r) => r[0])).toEqual(current.steps.map((s) => s.name));
    expect(parts[1]?.table.rows.map((r) => r[0])).toEqual(target.steps.map((s) => s.name));
    expect(parts[1]?.table.headers).toEqual(parts[0]?.table.headers);
  });

  it('keeps a table whole when its rows do not add up to the maps given, or it has no map column', () => {
    const table = { headers: ['Map', 'From'], rows: [['A', 'x']], details: false };
    expect(partsByMap(table, 'Map', [{ title: 'A', rows: 2 }])).toEqual([{ title: null, table }]);
    const roles = { headers: ['Role', 'Cost'], rows: [['Clerk', '€40']], details: false };
    expect(partsByMap(roles, 'Map', [{ title: 'A', rows: 1 }])).toEqual([
      { title: null, table: roles },
    ]);
  });
});

describe('the appendix table of assumptions', () => {
  it('prints one part per section, headed by it, without a section column', () => {
    // Given the invoice sample's assumptions, whose rows name their section
    const project = findSample('invoice-processing')?.project;
    const target = project?.maps.targets[0];
    if (project === undefined || target === undefined) throw new Error('no invoice sample');
    const table = printTable(assumptionsSheet(project, target, computeRoi(project, target)), 'EUR');
    expect(table.headers[0]).toBe('Section');
    // When it is split by section
    const parts = partsBySection(table, 'Section');
    // Then each section is said once, as a heading, in the sheet's order
    const sections = table.rows.map((row) => row[0]);
    expect(parts.map((p) => p.title)).toEqual(sections.filter((s, i) => s !== sections[i - 1]));
    expect(parts.map((p) => p.title)).toContain(`Plan of "${target.name}"`);
    // and the parts hold every row, in order, under the other columns
    expect(parts.flatMap((p) => p.table.rows)).toEqual(table.rows.map((row) => row.slice(1)));
    for (const part of parts)
      expect(part.table.headers).toEqual(['Item', 'Value', 'Unit', 'Detail']);
  });

  it('heads a section again when it comes back after another, and keeps a table without sections whole', () => {
    const table = {
      headers: ['Section', 'Item'],
      rows: [
        ['A', '1'],
        ['A', '2'],
        ['B', '3'],
        ['A', '4'],
      ],
      details: false,
    };
    expect(partsBySection(table, 'Section').map((p) => [p.title, p.table.rows])).toEqual([
      ['A', [['1'], ['2']]],
      ['B', [['3']]],
      ['A', [['4']]],
    ]);
    const roles = { headers: ['Role', 'Cost'], rows: [['Clerk', '€40']], details: false };
    expect(partsBySection(roles, 'Section')).toEqual([{ title: null, table: roles }]);
  });
});

describe('a row of an aligned appendix table', () => {
  it('lets its last cell with words span the empty cells after it', () => {
    expect(spanTrailingEmpty(['Description', 'Supplier invoices arrive as PDF…', '', ''])).toEqual([
      { text: 'Description', span: 1 },
      { text: 'Supplier invoices arrive as PDF…', span: 3 },
    ]);
    expect(spanTrailingEmpty(['Retraining cost', '€15,000', 'EUR', 'each time'])).toEqual([
      { text: 'Retraining cost', span: 1 },
      { text: '€15,000', span: 1 },
      { text: 'EUR', span: 1 },
      { text: 'each time', span: 1 },
    ]);
    // an empty cell between words stays a cell of its own
    expect(spanTrailingEmpty(['Formula', '', 'EUR/month', ''])).toEqual([
      { text: 'Formula', span: 1 },
      { text: '', span: 1 },
      { text: 'EUR/month', span: 2 },
    ]);
    expect(spanTrailingEmpty(['', '', ''])).toEqual([{ text: '', span: 3 }]);
  });
});
