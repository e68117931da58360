import { describe, expect, it } from 'vitest';
import { minimalProject } from '../../../shared/model/testing/minimal-project';
import { SAMPLES } from '../../../shared/samples';
import { arrangementFor, extentOf } from './arrangement';

describe('arrangementFor', () => {
  it('given a map four times wider than tall in a room 660 x 330, then one above the other fits it twice as large', () => {
    // columns: min(330 / 400, 330 / 100) = 0.825; rows: min(660 / 400, 165 / 100) = 1.65
    expect(arrangementFor({ width: 660, height: 330 }, { width: 400, height: 100 })).toBe('rows');
  });

  it('given a map as tall as wide on a wide screen, then side by side fits it larger', () => {
    // columns: min(800 / 300, 500 / 300) = 1.67; rows: min(1600 / 300, 250 / 300) = 0.83
    expect(arrangementFor({ width: 1600, height: 500 }, { width: 300, height: 300 })).toBe(
      'columns',
    );
  });

  it('given the title bars, then the height they take is not room for the map', () => {
    // without titles: rows min(1000 / 500, 200 / 100) = 2 beats columns min(500 / 500, 400 / 100) = 1;
    // with 120 px titles: rows min(2, 80 / 100) = 0.8 loses to columns min(1, 280 / 100) = 1
    expect(arrangementFor({ width: 1000, height: 400 }, { width: 500, height: 100 })).toBe('rows');
    expect(arrangementFor({ width: 1000, height: 400 }, { width: 500, height: 100 }, 120)).toBe(
      'columns',
    );
  });

  it("given the invoice sample's maps in the editor at 1280 and at 1920 px, then they stack", () => {
    const project = SAMPLES[0]!.project;
    const extent = extentOf([project.maps.current, project.maps.targets[0]!]);
    expect(extent.width).toBeGreaterThan(2 * extent.height);
    expect(arrangementFor({ width: 666, height: 350 }, extent, 28)).toBe('rows');
    expect(arrangementFor({ width: 988, height: 580 }, extent, 28)).toBe('rows');
  });
});

describe('extentOf', () => {
  it('given a map with no steps, then the extent is a unit box, never zero or negative', () => {
    const empty = { ...minimalProject().maps.current, steps: [], flows: [] };
    expect(extentOf([empty])).toEqual({ width: 1, height: 1 });
  });
});
