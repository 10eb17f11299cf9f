// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Toggle, type ToggleProps } from '../../components/Toggle';

let root: HTMLDivElement;
function show(overrides: Partial<ToggleProps> = {}) {
  root = document.createElement('div');
  document.body.append(root);
  const props: ToggleProps = { checked: false, onChange: vi.fn(), label: 'Highlight names', ...overrides };
  render(<Toggle {...props} />, root);
  return { el: root.querySelector<HTMLButtonElement>('[role="switch"]')!, props };
}
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('Toggle', () => {
  it('is a button with role switch whose state is aria-checked', () => {
    expect(show({ checked: true }).el.getAttribute('aria-checked')).toBe('true');
    render(null, root);
    const { el } = show({ checked: false });
    expect(el.tagName).toBe('BUTTON');
    expect(el.type).toBe('button');
    expect(el.getAttribute('aria-checked')).toBe('false');
  });

  it('shows its label, or keeps it for assistive technology only', () => {
    expect(show().el.textContent).toBe('Highlight names');
    render(null, root);
    const { el } = show({ label: 'Track Finn Lau', hideLabel: true });
    expect(el.textContent).toBe('');
    expect(el.getAttribute('aria-label')).toBe('Track Finn Lau');
  });

  it('can show shorter text than its accessible name', () => {
    const { el } = show({ label: 'Track Finn Lau', text: 'Track' });
    expect(el.textContent).toBe('Track');
    expect(el.getAttribute('aria-label')).toBe('Track Finn Lau');
  });

  it('describes itself with its hint', () => {
    const { el } = show({ hint: 'On every site' });
    const hint = root.querySelector(`#${CSS.escape(el.getAttribute('aria-describedby')!)}`);
    expect(hint?.textContent).toBe('On every site');
  });

  it('asks for the opposite state when pressed (Enter and Space press a button natively)', () => {
    const { el, props } = show({ checked: true });
    act(() => el.click());
    expect(props.onChange).toHaveBeenCalledWith(false);
  });

  it('does nothing while disabled', () => {
    const { el, props } = show({ disabled: true });
    act(() => el.click());
    expect(props.onChange).not.toHaveBeenCalled();
  });
});
