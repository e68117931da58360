// How the library says when something changed and how large it is: "just now", "5 min ago",
// "yesterday 14:02", a date further back; sizes in KB or MB.

// One formatter each, made once: `toLocaleTimeString` and `toLocaleDateString` build a new
// Intl formatter on every call (about 0.3 ms each), which made a library of 500 projects
// spend most of its render there. Same options, same text (when.test.ts checks).
const TIME = new Intl.DateTimeFormat([], { hour: '2-digit', minute: '2-digit' });
const DATE = new Intl.DateTimeFormat([], { day: 'numeric', month: 'short', year: 'numeric' });

export function describeWhen(at: number, now: number = Date.now()): string {
  const seconds = Math.max(0, (now - at) / 1000);
  if (seconds < 45) return 'just now';
  if (seconds < 3600) return `${Math.max(1, Math.round(seconds / 60))} min ago`;
  const date = new Date(at);
  const time = TIME.format(date);
  const today = new Date(now);
  const sameDay = (a: Date, b: Date) => a.toDateString() === b.toDateString();
  if (sameDay(date, today)) return `today ${time}`;
  const yesterday = new Date(today);
  yesterday.setDate(today.getDate() - 1);
  if (sameDay(date, yesterday)) return `yesterday ${time}`;
  return DATE.format(date);
}

export function describeSize(characters: number): string {
  if (characters < 1024) return `${characters} B`;
  if (characters < 1024 * 1024) return `${Math.round(characters / 1024)} KB`;
  return `${(characters / (1024 * 1024)).toFixed(1)} MB`;
}
