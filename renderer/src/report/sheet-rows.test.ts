import { describe, expect, it } from 'vitest';
import { findSample } from '../../../shared/samples';
import { stepsSheet } from '../../../shared/export/model-sheets';
import { partsByMap, printTable } from './sheet-rows';

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
