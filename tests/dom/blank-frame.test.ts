// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { isBlank, whenNotBlank } from '../../dom/blank-frame';

afterEach(() => document.body.replaceChildren());

describe('blank frames', () => {
  it('calls a document blank when its body has no element and only white space', () => {
    document.body.innerHTML = '  \n ';
    expect(isBlank(document)).toBe(true);
    document.body.innerHTML = '<div></div>';
    expect(isBlank(document)).toBe(false);
    document.body.innerHTML = 'Finn Lau';
    expect(isBlank(document)).toBe(false);
  });

  it('resolves true once text arrives, and false when stopped first', async () => {
    document.body.replaceChildren();
    const controller = new AbortController();
    const waiting = whenNotBlank(document, controller.signal);
    setTimeout(() => document.body.append(document.createTextNode('Finn Lau')), 10);
    await expect(waiting).resolves.toBe(true);

    document.body.replaceChildren();
    const stopped = new AbortController();
    const never = whenNotBlank(document, stopped.signal);
    stopped.abort();
    await expect(never).resolves.toBe(false);
  });

  it('resolves at once for a document with content', async () => {
    document.body.innerHTML = '<p>Finn Lau</p>';
    await expect(whenNotBlank(document, new AbortController().signal)).resolves.toBe(true);
  });
});
