// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ErrorList } from '../../components/ErrorList';

let root: HTMLDivElement;
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('ErrorList', () => {
  it('announces the problems, each with its path', () => {
    root = document.createElement('div');
    document.body.append(root);
    render(
      <ErrorList
        title="“pack.json” was not imported."
        errors={[
          { path: 'entities[0] (x).facts[0].sources', message: 'must cite at least one source' },
          { path: 'version', message: 'must be a semantic version' },
        ]}
        format={(path, message) => `${path}: ${message}`}
      />,
      root,
    );
    expect(root.querySelector('[role="alert"] .errors-title')!.textContent).toBe('“pack.json” was not imported.');
    expect([...root.querySelectorAll('.error')].map((li) => [li.getAttribute('data-path'), li.textContent])).toEqual([
      ['entities[0] (x).facts[0].sources', 'entities[0] (x).facts[0].sources: must cite at least one source'],
      ['version', 'version: must be a semantic version'],
    ]);
  });
});
