import { describe, expect, it, vi } from 'vitest';
import { sendEvent } from './events';

function target(destroyed = false) {
  return { isDestroyed: () => destroyed, send: vi.fn() };
}

describe('sendEvent', () => {
  it('given a payload in the contract, when sent, then the web contents gets it', () => {
    const contents = target();
    expect(sendEvent(contents, 'menu:command', { command: 'save' })).toBe(true);
    expect(contents.send).toHaveBeenCalledWith('menu:command', { command: 'save' });
  });

  it('given a payload outside the contract, when sent, then nothing is sent and it is logged', () => {
    const contents = target();
    const log = vi.fn();
    const bad = { command: 'format-disk' } as unknown as { command: 'save' };
    expect(sendEvent(contents, 'menu:command', bad, log)).toBe(false);
    expect(sendEvent(contents, 'file:changed-on-disk', { path: '', name: 'a' }, log)).toBe(false);
    expect(contents.send).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledTimes(2);
  });

  it('given a destroyed web contents, when sent, then nothing is sent', () => {
    const contents = target(true);
    expect(sendEvent(contents, 'menu:command', { command: 'save' })).toBe(false);
    expect(contents.send).not.toHaveBeenCalled();
  });
});
