/** uniqueId: a valid id for the file format, never one already taken. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IdSchema } from '../model/schema';
import { uniqueId } from './unique-id';

const none: ReadonlySet<string> = new Set();
const isValidId = (id: string): boolean => IdSchema.safeParse(id).success;

describe('uniqueId', () => {
  it('given a free, clean prefix, when an id is asked for, then the prefix itself comes back', () => {
    expect(uniqueId('approve', new Set(['check']))).toBe('approve');
  });

  it('given a taken prefix, then the first free of prefix-2, prefix-3, ... comes back', () => {
    expect(uniqueId('approve', new Set(['approve']))).toBe('approve-2');
    expect(uniqueId('approve', new Set(['approve', 'approve-2', 'approve-4']))).toBe('approve-3');
  });

  it.each([
    ['Match invoice to PO', 'match-invoice-to-po'],
    ['  Key in   invoice  ', 'key-in-invoice'],
    ['Prüfen & Freigeben', 'prufen-freigeben'],
    ['__draft__', 'draft'],
    ['AI 2-way match', 'ai-2-way-match'],
    ['a_b-c', 'a_b-c'],
  ])('given the prefix %j, then it is cleaned to %j', (prefix, id) => {
    expect(uniqueId(prefix, none)).toBe(id);
  });

  it.each(['', '   ', '-_-', '日本語', '"<>"'])(
    'given the prefix %j with nothing usable, then the id falls back to "step"',
    (prefix) => {
      expect(uniqueId(prefix, none)).toBe('step');
      expect(uniqueId(prefix, new Set(['step', 'step-2']))).toBe('step-3');
    },
  );

  it('given a prefix longer than 64 characters, then it is cut to 64', () => {
    expect(uniqueId('a'.repeat(70), none)).toBe('a'.repeat(64));
  });

  it('given a taken 64-character id, then the prefix is shortened to make room for the suffix', () => {
    const long = 'a'.repeat(64);
    expect(uniqueId(long, new Set([long]))).toBe(`${'a'.repeat(62)}-2`);
    // -2 to -9 taken: -10 needs one more character, so one more "a" goes.
    const taken = new Set([long, ...[2, 3, 4, 5, 6, 7, 8, 9].map((n) => `${'a'.repeat(62)}-${n}`)]);
    expect(uniqueId(long, taken)).toBe(`${'a'.repeat(61)}-10`);
  });

  it('given a cut that would end in "-", then the "-" is dropped before the suffix', () => {
    // Cut to 64 characters: 61 "a", "-", "bb".
    const prefix = `${'a'.repeat(61)}-bbb`;
    expect(uniqueId(prefix, none)).toBe(`${'a'.repeat(61)}-bb`);
    // Taken: cut to 62 for "-2" leaves 61 "a" and "-"; the "-" goes.
    expect(uniqueId(prefix, new Set([`${'a'.repeat(61)}-bb`]))).toBe(`${'a'.repeat(61)}-2`);
  });

  it('given any text and any taken ids, then the id is valid and not taken', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 100, unit: 'binary' }),
        fc.array(fc.string({ maxLength: 70 }), { maxLength: 20 }),
        (prefix, others) => {
          // Take the ids the prefix would give first, so the suffix path is exercised.
          const taken = new Set(others);
          for (let i = 0; i < 5; i++) taken.add(uniqueId(prefix, taken));
          const id = uniqueId(prefix, taken);
          expect(isValidId(id)).toBe(true);
          expect(taken.has(id)).toBe(false);
        },
      ),
    );
  });
  it('keeps an id that is already valid and free exactly, capitals and all', () => {
    // Given a step id from an imported file, pasted into a map that does not use it
    // then it keeps its id, so the two maps still compare step by step
    expect(uniqueId('Approve_PO', new Set(['approve-po']))).toBe('Approve_PO');
    expect(uniqueId('Approve_PO', new Set(['Approve_PO']))).toBe('approve_po');
  });
});
