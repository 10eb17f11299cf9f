// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EntityCard, type EntityCardProps } from '../../components/EntityCard';
import { LABELS, multilingualView, view } from './fixtures';

let root: HTMLDivElement;
function show(overrides: Partial<EntityCardProps> = {}) {
  root = document.createElement('div');
  document.body.append(root);
  const props: EntityCardProps = {
    view: view(),
    labels: LABELS,
    headingId: 'card-name',
    onClose: vi.fn(),
    onDetails: vi.fn(),
    onStopTracking: vi.fn(),
    ...overrides,
  };
  render(<EntityCard {...props} />, root);
  return { el: root, props };
}
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('EntityCard', () => {
  it('is a non-modal dialog named by the entity heading and carrying its id', () => {
    const { el } = show();
    const dialog = el.querySelector('[role="dialog"]')!;
    expect(dialog.getAttribute('aria-modal')).toBeNull();
    expect(dialog.getAttribute('data-entity-id')).toBe('safeguard-defenders');
    const labelledBy = dialog.getAttribute('aria-labelledby')!;
    expect(el.querySelector(`#${labelledBy}`)!.textContent).toBe('Safeguard Defenders');
    expect(dialog.getAttribute('tabindex')).toBe('-1');
  });

  it('calls back for Details, Stop tracking and Close', () => {
    const { el, props } = show();
    el.querySelector<HTMLButtonElement>('.card-details')!.click();
    el.querySelector<HTMLButtonElement>('.card-stop')!.click();
    el.querySelector<HTMLButtonElement>('.card-close')!.click();
    expect(props.onDetails).toHaveBeenCalledOnce();
    expect(props.onStopTracking).toHaveBeenCalledOnce();
    expect(props.onClose).toHaveBeenCalledOnce();
    expect(el.querySelector('.card-close')!.getAttribute('aria-label')).toBe('Close');
  });

  it('offers Back only when there is somewhere to go back to', () => {
    expect(show().el.querySelector('.card-back')).toBeNull();
    render(null, root);
    root.remove();
    const onBack = vi.fn();
    const { el } = show({ onBack });
    el.querySelector<HTMLButtonElement>('.card-back')!.click();
    expect(onBack).toHaveBeenCalledOnce();
  });

  it('has only buttons and https links as controls, every one of which is named', () => {
    const { el } = show({ onSelectRelated: vi.fn() });
    const controls = [...el.querySelectorAll('a, button, input, select, textarea, [tabindex]')];
    for (const c of controls) {
      if (c.matches('[role="dialog"]')) continue;
      expect(['A', 'BUTTON']).toContain(c.tagName);
      expect((c.getAttribute('aria-label') ?? c.textContent)!.trim()).not.toBe('');
      if (c.tagName === 'A') expect(c.getAttribute('href')).toMatch(/^https:\/\//);
      if (c.tagName === 'BUTTON') expect(c.getAttribute('type')).toBe('button');
    }
  });

  it("carries the language of the entity's text on its root", () => {
    const { el } = show({ view: multilingualView('lantern-line', 'zh-Hans') });
    expect(el.querySelector('[role="dialog"]')!.getAttribute('lang')).toBe('zh-Hans');
    expect(el.querySelector('.card-actions')!.hasAttribute('lang')).toBe(false);
  });

  it('marks its own words with their language when they are not in the text’s', () => {
    const { el } = show({ view: multilingualView('lantern-line', 'zh-Hans'), labelLang: 'en' });
    expect(el.querySelector('.card-actions')!.getAttribute('lang')).toBe('en');
    expect(el.querySelector('.card-close')!.getAttribute('lang')).toBe('en');
  });

  it("switches between the pack's languages with labelled toggle buttons, the shown one pressed", () => {
    const onLanguage = vi.fn();
    const { el } = show({ view: multilingualView('lantern-line', 'zh-Hant'), onLanguage });
    const group = el.querySelector('.card-langs')!;
    expect(group.getAttribute('role')).toBe('group');
    expect(group.getAttribute('aria-label')).toBe('Language of the card');
    const buttons = [...group.querySelectorAll('button')];
    expect(buttons.map((b) => [b.textContent, b.getAttribute('aria-label'), b.getAttribute('lang'), b.getAttribute('aria-pressed')])).toEqual([
      ['EN', 'English', 'en', 'false'],
      ['简', '简体中文', 'zh-Hans', 'false'],
      ['繁', '繁體中文', 'zh-Hant', 'true'],
    ]);
    buttons[1]!.click();
    buttons[2]!.click();
    expect(onLanguage.mock.calls).toEqual([['zh-Hans']]);
  });

  it('offers no switch for a pack in one language', () => {
    expect(show({ onLanguage: vi.fn() }).el.querySelector('.card-langs')).toBeNull();
  });

  it('links to the responses by country when the entity has some', () => {
    const onCountries = vi.fn();
    const { el } = show({ view: multilingualView('lantern-line', 'en'), onCountries });
    const link = el.querySelector<HTMLButtonElement>('.card-link')!;
    expect(link.textContent).toBe('By country →');
    link.click();
    expect(onCountries).toHaveBeenCalledOnce();
    render(null, root);
    root.remove();
    expect(show({ view: multilingualView('mira-osk', 'en'), onCountries }).el.querySelector('.card-link')).toBeNull();
  });
});
