// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SearchBox, type SearchBoxProps } from '../../components/SearchBox';

let root: HTMLDivElement;
function show(overrides: Partial<SearchBoxProps> = {}) {
  root = document.createElement('div');
  document.body.append(root);
  const props: SearchBoxProps = { value: '', onInput: vi.fn(), label: 'Search all entities', clearLabel: 'Clear search', ...overrides };
  render(<SearchBox {...props} />, root);
  return { input: root.querySelector('input')!, props };
}
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('SearchBox', () => {
  it('is a labelled search field', () => {
    const { input } = show();
    expect(input.type).toBe('search');
    expect(root.querySelector(`label[for="${input.id}"]`)?.textContent).toBe('Search all entities');
  });

  it('reports what is typed', () => {
    const { input, props } = show();
    input.value = '保护';
    act(() => void input.dispatchEvent(new Event('input', { bubbles: true })));
    expect(props.onInput).toHaveBeenCalledWith('保护');
  });

  it('clears on Escape and keeps the key from closing the popup', () => {
    const { input, props } = show({ value: 'fox' });
    const event = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    act(() => void input.dispatchEvent(event));
    expect(props.onInput).toHaveBeenCalledWith('');
    expect(event.defaultPrevented).toBe(true);
  });

  it('leaves Escape alone when already empty', () => {
    const { input, props } = show({ value: '' });
    const event = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    act(() => void input.dispatchEvent(event));
    expect(props.onInput).not.toHaveBeenCalled();
    expect(event.defaultPrevented).toBe(false);
  });

  it('has a clear button only when there is something to clear', () => {
    show();
    expect(root.querySelector('.search-clear')).toBeNull();
    render(null, root);
    const { props } = show({ value: 'x' });
    const clear = root.querySelector<HTMLButtonElement>('.search-clear')!;
    expect(clear.getAttribute('aria-label')).toBe('Clear search');
    act(() => clear.click());
    expect(props.onInput).toHaveBeenCalledWith('');
  });
});
