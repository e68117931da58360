import { describe, expect, it } from 'vitest';
import { describeWhen } from './when';

describe('describeWhen', () => {
  it('says today, yesterday and older dates as the locale methods it replaces would', () => {
    // given a fixed now and times earlier today, yesterday and last year
    const now = new Date(2026, 5, 15, 18, 30).getTime();
    const today = new Date(2026, 5, 15, 9, 5);
    const yesterday = new Date(2026, 5, 14, 23, 59);
    const older = new Date(2025, 0, 3, 7, 0);
    // when each is described / then the text is the straightforward locale call's
    const time = (d: Date) => d.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
    expect(describeWhen(today.getTime(), now)).toBe(`today ${time(today)}`);
    expect(describeWhen(yesterday.getTime(), now)).toBe(`yesterday ${time(yesterday)}`);
    expect(describeWhen(older.getTime(), now)).toBe(
      older.toLocaleDateString([], { day: 'numeric', month: 'short', year: 'numeric' }),
    );
  });
});
