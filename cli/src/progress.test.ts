import { describe, expect, it } from 'vitest';
import { startProgress, timeLeft } from './progress';

/** A terminal's progress line and a clock the test moves by hand. */
function terminal() {
  const shown: string[] = [];
  let clock = 0;
  return {
    shown,
    io: { progress: (text: string) => void shown.push(text), now: () => clock },
    at(ms: number) {
      clock = ms;
    },
  };
}

describe('startProgress', () => {
  it('says nothing about a run that ends within a second', () => {
    // given a terminal and a run that is done after 900 ms
    const t = terminal();
    const progress = startProgress(t.io, 'Simulating Invoices');
    // when it reports progress every 100 ms and ends
    for (let ms = 100; ms <= 900; ms += 100) {
      t.at(ms);
      progress.update(ms / 900);
    }
    progress.done();
    // then the terminal saw nothing, not even a clearing
    expect(t.shown).toEqual([]);
  });

  it('after a second shows the share done and the time left, then clears the line', () => {
    // given a run that does 5 % a second
    const t = terminal();
    const progress = startProgress(t.io, 'Simulating Invoices');
    // when it reports at 2 s (10 %) and ends
    t.at(2000);
    progress.update(0.1);
    progress.done();
    // then one line with 18 s left, then the line is cleared
    expect(t.shown).toEqual(['Simulating Invoices: 10 % — about 18 s left', '']);
  });

  it('updates at most four times a second, however often it is told', () => {
    // given a steady run of 100 s reporting every 10 ms
    const t = terminal();
    const progress = startProgress(t.io, 'Simulating Invoices');
    for (let ms = 10; ms <= 5000; ms += 10) {
      t.at(ms);
      progress.update(ms / 100_000);
    }
    // then from 1 s to 5 s there are at most 4 updates a second
    expect(t.shown.length).toBeGreaterThan(0);
    expect(t.shown.length).toBeLessThanOrEqual(4 * 4 + 1);
  });

  it('counts down steadily when the pace wobbles', () => {
    // given a run of about 60 s whose chunks take from half to one and a half times the
    // average, reported once a second
    const t = terminal();
    const progress = startProgress(t.io, 'Simulating Invoices', { intervalMs: 0 });
    const wobble = [0.5, 1.5, 0.6, 1.4, 0.7, 1.3];
    const seconds: number[] = [];
    let share = 0;
    for (let s = 1; s <= 50; s++) {
      share += (wobble[s % wobble.length] as number) / 60;
      t.at(s * 1000);
      progress.update(share);
      const left = /about (\d+) s left/.exec(t.shown.at(-1) ?? '')?.[1];
      if (left !== undefined) seconds.push(Number(left));
    }
    // then the time left never goes up by more than 5 s from one report to the next (the
    // raw estimate would jump by 16 s)
    expect(seconds.length).toBeGreaterThan(30);
    for (let i = 1; i < seconds.length; i++)
      expect((seconds[i] as number) - (seconds[i - 1] as number)).toBeLessThanOrEqual(5);
  });

  it('says in words what cannot be measured, once, after the quiet second, then clears it', () => {
    // given a run that computes for 3 s, then prints
    const t = terminal();
    const progress = startProgress(t.io, 'Computing');
    t.at(500);
    progress.say('Printing…'); // too soon to say anything
    t.at(3000);
    progress.update(0.5);
    // when it says it prints, twice, and ends
    t.at(3100);
    progress.say('Printing…');
    t.at(3200);
    progress.say('Printing…');
    progress.done();
    // then the share, the words once, then the line is cleared
    expect(t.shown).toEqual(['Computing: 50 % — a few seconds left', 'Printing…', '']);
  });

  it('shows nothing where standard error is not a terminal', () => {
    // given an io without a progress line (a pipe, a file, a script reading --json)
    const progress = startProgress({ now: () => 5000 }, 'Simulating Invoices');
    // when a long run reports / then nothing is shown and nothing fails
    expect(() => {
      progress.update(0.5);
      progress.done();
    }).not.toThrow();
  });

  it('cuts a long label so the share and the time left stay on the line', () => {
    // given a map with a 200-character name
    const t = terminal();
    const progress = startProgress(t.io, `Simulating ${'Long map name '.repeat(15)}`);
    // when it reports at 2 s
    t.at(2000);
    progress.update(0.5);
    // then the label is cut with an ellipsis and the figures follow it
    expect(t.shown[0]).toMatch(/^Simulating Long map name .{20,40}…: 50 % — a few seconds left$/);
  });
});

describe('timeLeft', () => {
  it.each([
    [4_000, 'a few seconds left'],
    [7_400, 'about 7 s left'],
    [12_400, 'about 12 s left'],
    [59_000, 'about 59 s left'],
    [130_000, 'about 2 min left'],
    [5_400_000, 'about 1.5 h left'],
    [40 * 3_600_000, 'about 40 h left'],
  ])('%d ms reads "%s"', (ms, words) => {
    // given a time left / when it is put in words / then it is rounded as a person would
    expect(timeLeft(ms)).toBe(words);
  });
});
