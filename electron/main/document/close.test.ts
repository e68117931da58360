import { describe, expect, it } from 'vitest';
import { setUpController } from './testing';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const dirty = (name = 'Invoice') => ({ path: null, name, dirty: true });

function quitEvent() {
  const event = { prevented: false, preventDefault: () => (event.prevented = true) };
  return event;
}

describe('closing a window', () => {
  it('given no unsaved changes, when closed, then it closes without asking', () => {
    const { open, dialogs } = setUpController();
    expect(open(1).userCloses()).toBe(true);
    expect(dialogs.asked).toEqual([]);
  });

  it('given unsaved changes, when closed and the user cancels, then it stays open', async () => {
    const { controller, open, dialogs } = setUpController();
    const window = open(1);
    await controller.handlers['document:set-state'](dirty(), { webContentsId: 1 });
    dialogs.answers.push('cancel');
    expect(window.userCloses()).toBe(false);
    await flush();
    expect(dialogs.asked).toEqual(['save changes to Invoice']);
    expect(window.destroyed).toBe(false);
  });

  it('given unsaved changes, when the user chooses Don’t Save, then it closes', async () => {
    const { controller, open, dialogs } = setUpController();
    const window = open(1);
    await controller.handlers['document:set-state'](dirty(), { webContentsId: 1 });
    dialogs.answers.push('discard');
    window.userCloses();
    await flush();
    expect(window.destroyed).toBe(true);
  });

  it('given Save, then the renderer is told save-and-close, saves, and closes the window', async () => {
    const { controller, open, dialogs } = setUpController();
    const window = open(1);
    const W = { webContentsId: 1 };
    await controller.handlers['document:set-state'](dirty(), W);
    dialogs.answers.push('save', '/work/Invoice.flowcase');
    window.userCloses();
    window.userCloses(); // a second click while the question is up asks nothing more
    await flush();
    expect(window.sent).toEqual([['menu:command', { command: 'save-and-close' }]]);
    await controller.handlers['file:save']({ text: '{}', suggestedName: 'Invoice.flowcase' }, W);
    await controller.handlers['window:close']({ discardChanges: false }, W);
    expect(window.destroyed).toBe(true);
    expect(dialogs.asked).toEqual(['save changes to Invoice', 'save project Invoice.flowcase']);
  });

  it('given unsaved changes, when the renderer closes discarding them, then no question', async () => {
    const { controller, open, dialogs } = setUpController();
    const window = open(1);
    await controller.handlers['document:set-state'](dirty(), { webContentsId: 1 });
    await controller.handlers['window:close']({ discardChanges: true }, { webContentsId: 1 });
    expect(window.destroyed).toBe(true);
    expect(dialogs.asked).toEqual([]);
  });
});

describe('quitting', () => {
  it('given no unsaved changes, when quitting, then the quit goes through', () => {
    const { controller, open } = setUpController();
    open(1);
    const event = quitEvent();
    controller.beforeQuit(event);
    expect(event.prevented).toBe(false);
  });

  it('given two windows with changes, then each is asked in turn and Cancel ends the quit', async () => {
    const { controller, open, dialogs, app } = setUpController();
    const first = open(1);
    const second = open(2);
    await controller.handlers['document:set-state'](dirty('One'), { webContentsId: 1 });
    await controller.handlers['document:set-state'](dirty('Two'), { webContentsId: 2 });
    dialogs.answers.push('discard', 'cancel');

    const event = quitEvent();
    controller.beforeQuit(event);
    expect(event.prevented).toBe(true);
    await flush();
    expect(first.destroyed).toBe(true);
    expect(app.quits).toBe(1); // the quit is tried again once the first window closed

    const again = quitEvent();
    controller.beforeQuit(again);
    expect(again.prevented).toBe(true);
    await flush();
    expect(dialogs.asked).toEqual(['save changes to One', 'save changes to Two']);
    expect(second.destroyed).toBe(false);

    await controller.handlers['document:set-state'](
      { path: null, name: 'Two', dirty: false },
      { webContentsId: 2 },
    );
    second.userCloses();
    expect(app.quits).toBe(1); // the cancelled quit does not come back
  });

  it('given Save while quitting and the Save As is cancelled, then the quit ends', async () => {
    const { controller, open, dialogs, app } = setUpController();
    const window = open(1);
    const W = { webContentsId: 1 };
    await controller.handlers['document:set-state'](dirty(), W);
    dialogs.answers.push('save', null);
    controller.beforeQuit(quitEvent());
    await flush();
    expect(
      await controller.handlers['file:save']({ text: '{}', suggestedName: 'a.flowcase' }, W),
    ).toEqual({ kind: 'cancelled' });
    await controller.handlers['window:close']({ discardChanges: true }, W);
    expect(window.destroyed).toBe(true);
    expect(app.quits).toBe(0);
  });
});
