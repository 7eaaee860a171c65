import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { REPLAY_DAY_MS, REPLAY_HOLD_MS, useReplay } from './use-replay';
import { useRotation } from './use-rotation';
import { usePointerIdle } from './use-pointer-idle';
import { useWallKeys } from './use-wall-keys';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('useRotation', () => {
  it('steps every period until paused, and resumes', () => {
    const { result } = renderHook(() => useRotation(20));
    act(() => vi.advanceTimersByTime(20_000));
    expect(result.current.step).toBe(1);
    act(() => result.current.togglePause());
    act(() => vi.advanceTimersByTime(60_000));
    expect(result.current).toMatchObject({ step: 1, paused: true, running: false });
    act(() => result.current.togglePause());
    act(() => vi.advanceTimersByTime(20_000));
    expect(result.current.step).toBe(2);
  });

  it('gives a step taken by hand the full period', () => {
    const { result } = renderHook(() => useRotation(20));
    act(() => vi.advanceTimersByTime(15_000));
    act(() => result.current.previous());
    expect(result.current.step).toBe(-1);
    act(() => vi.advanceTimersByTime(15_000));
    expect(result.current.step).toBe(-1);
    act(() => vi.advanceTimersByTime(5_000));
    expect(result.current.step).toBe(0);
  });

  it('never moves by itself with rotation off', () => {
    const { result } = renderHook(() => useRotation(0));
    act(() => vi.advanceTimersByTime(600_000));
    expect(result.current).toMatchObject({ step: 0, running: false });
    act(() => result.current.next());
    expect(result.current.step).toBe(1);
  });
});

describe('useReplay', () => {
  it('steps a day at a time, holds on the last day and starts again', () => {
    const { result } = renderHook(() => useReplay(true, 3, false));
    expect(result.current).toBe(0);
    act(() => vi.advanceTimersByTime(REPLAY_DAY_MS));
    act(() => vi.advanceTimersByTime(REPLAY_DAY_MS));
    expect(result.current).toBe(2);
    act(() => vi.advanceTimersByTime(REPLAY_HOLD_MS - 1));
    expect(result.current).toBe(2);
    act(() => vi.advanceTimersByTime(1));
    expect(result.current).toBe(0);
  });

  it('starts from the day asked for, and loops back to it rather than to the first', () => {
    const { result } = renderHook(() => useReplay(true, 5, false, 3));
    expect(result.current).toBe(3);
    act(() => vi.advanceTimersByTime(REPLAY_DAY_MS));
    expect(result.current).toBe(4);
    act(() => vi.advanceTimersByTime(REPLAY_HOLD_MS));
    expect(result.current).toBe(3);
  });

  it('holds while paused, and is off without the setting or without days', () => {
    const paused = renderHook(() => useReplay(true, 10, true));
    act(() => vi.advanceTimersByTime(10 * REPLAY_DAY_MS));
    expect(paused.result.current).toBe(0);
    expect(renderHook(() => useReplay(false, 10, false)).result.current).toBeNull();
    expect(renderHook(() => useReplay(true, 0, false)).result.current).toBeNull();
  });
});

describe('usePointerIdle', () => {
  it('turns idle after the still time and wakes on movement', () => {
    const { result } = renderHook(() => usePointerIdle(3000));
    act(() => vi.advanceTimersByTime(2999));
    expect(result.current).toBe(false);
    act(() => vi.advanceTimersByTime(1));
    expect(result.current).toBe(true);
    act(() => void window.dispatchEvent(new Event('pointermove')));
    expect(result.current).toBe(false);
  });
});

describe('useWallKeys', () => {
  const press = (key: string, init: KeyboardEventInit = {}) => {
    const event = new KeyboardEvent('keydown', { key, cancelable: true, ...init });
    window.dispatchEvent(event);
    return event;
  };

  it('maps Space, arrows, a clicker’s page keys and F to their actions', () => {
    const actions = { next: vi.fn(), previous: vi.fn(), togglePause: vi.fn(), toggleFullscreen: vi.fn() };
    renderHook(() => useWallKeys(actions));
    expect(press(' ').defaultPrevented).toBe(true);
    ['ArrowRight', 'ArrowDown', 'PageDown'].forEach((key) => press(key));
    ['ArrowLeft', 'ArrowUp', 'PageUp'].forEach((key) => press(key));
    press('f');
    press('F');
    expect(actions.togglePause).toHaveBeenCalledTimes(1);
    expect(actions.next).toHaveBeenCalledTimes(3);
    expect(actions.previous).toHaveBeenCalledTimes(3);
    expect(actions.toggleFullscreen).toHaveBeenCalledTimes(2);
  });

  it('leaves shortcuts with modifiers and a held Space alone', () => {
    const actions = { next: vi.fn(), previous: vi.fn(), togglePause: vi.fn(), toggleFullscreen: vi.fn() };
    renderHook(() => useWallKeys(actions));
    press('f', { ctrlKey: true });
    press('ArrowRight', { altKey: true });
    press(' ', { repeat: true });
    expect(Object.values(actions).every((fn) => fn.mock.calls.length === 0)).toBe(true);
  });
});
