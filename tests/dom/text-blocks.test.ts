// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectRuns, containerOf, isInSkippedSubtree, languageOf, positionAt, type Container, type TextRun } from '../../dom/text-blocks';

function runsOf(html: string, deep = true): string[] {
  document.body.innerHTML = html;
  const runs: string[] = [];
  const queue: Container[] = [document.body];
  while (queue.length > 0) {
    collectRuns(queue.shift()!, {
      onRun: (run) => runs.push(run.text),
      onNestedBlock: deep ? (el) => queue.push(el) : undefined,
      onShadowRoot: deep ? (root) => queue.push(root) : undefined,
    });
  }
  return runs.map((t) => t.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

describe('collectRuns', () => {
  it('joins text across inline elements into one run', () => {
    expect(runsOf('<p>Safeguard <em>Def<b>end</b>ers</em> said</p>')).toEqual(['Safeguard Defenders said']);
  });

  it('never joins text across blocks', () => {
    // Containers are scanned breadth first, so compare as sets.
    expect(runsOf('<div>Safeguard<div>Defenders</div></div><p>one</p><p>two</p>').sort()).toEqual(['Defenders', 'Safeguard', 'one', 'two']);
  });

  it('splits a block at a nested block and resumes after it', () => {
    expect(runsOf('<div>before<p>inside</p>after</div>')).toEqual(['before', 'after', 'inside']);
  });

  it('treats <br> as a space inside the run', () => {
    expect(runsOf('<p>Safeguard<br>Defenders</p>')).toEqual(['Safeguard Defenders']);
  });

  it.each([
    ['script', '<script>Safeguard Defenders</script>'],
    ['style', '<style>/* Safeguard Defenders */</style>'],
    ['noscript', '<noscript>Safeguard Defenders</noscript>'],
    ['template', '<template>Safeguard Defenders</template>'],
    ['textarea', '<textarea>Safeguard Defenders</textarea>'],
    ['select/option', '<select><option>Safeguard Defenders</option></select>'],
    ['code', '<code>Safeguard Defenders</code>'],
    ['contenteditable', '<div contenteditable="true">Safeguard Defenders</div>'],
    ['contenteditable (empty value)', '<div contenteditable>Safeguard <b>Defenders</b></div>'],
    ['hidden', '<p hidden>Safeguard Defenders</p>'],
    ['our own card', '<backstory-card>Safeguard Defenders</backstory-card>'],
  ])('skips %s', (_name, html) => {
    expect(runsOf(`<p>x</p>${html}`)).toEqual(['x']);
  });

  it('does not join the text on both sides of a skipped element', () => {
    expect(runsOf('<p>Safeguard <code>x</code> Defenders</p>')).toEqual(['Safeguard', 'Defenders']);
  });

  it('scans an open shadow root as its own container', () => {
    document.body.innerHTML = '<div id="host"></div>';
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<p>Safeguard <i>Defenders</i></p>';
    const runs: string[] = [];
    const queue: Container[] = [document.body];
    while (queue.length) {
      collectRuns(queue.shift()!, {
        onRun: (r) => runs.push(r.text),
        onNestedBlock: (el) => queue.push(el),
        onShadowRoot: (r) => queue.push(r),
      });
    }
    expect(runs).toEqual(['Safeguard Defenders']);
  });

  it('in a shallow scan, reports nested blocks instead of entering them', () => {
    document.body.innerHTML = '<div id="c">a<p>b</p>c</div>';
    const nested: string[] = [];
    const runs: string[] = [];
    collectRuns(document.getElementById('c')!, { onRun: (r) => runs.push(r.text), onNestedBlock: (el) => nested.push(el.localName) });
    expect(runs).toEqual(['a', 'c']);
    expect(nested).toEqual(['p']);
  });
});

describe('positionAt', () => {
  it('maps run offsets to text nodes, ends belonging to the node before', () => {
    document.body.innerHTML = '<p>Safeguard <em>Defenders</em>!</p>';
    let run: TextRun | undefined;
    collectRuns(document.querySelector('p')!, { onRun: (r) => (run = r) });
    const start = positionAt(run!, 0, false);
    const end = positionAt(run!, 'Safeguard Defenders'.length, true);
    expect([start.node.data, start.offset]).toEqual(['Safeguard ', 0]);
    expect([end.node.data, end.offset]).toEqual(['Defenders', 9]);
    const range = document.createRange();
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
    expect(range.toString()).toBe('Safeguard Defenders');
  });
});

describe('containerOf and isInSkippedSubtree', () => {
  it('finds the nearest block around inline content', () => {
    document.body.innerHTML = '<article><p id="p">a <em>b</em></p></article>';
    const text = document.querySelector('em')!.firstChild!;
    expect((containerOf(text) as Element).id).toBe('p');
  });

  it('knows text inside skipped elements', () => {
    document.body.innerHTML = '<div contenteditable="true"><p><b>x</b></p></div><p><b>y</b></p>';
    const [x, y] = [...document.querySelectorAll('b')].map((b) => b.firstChild!);
    expect(isInSkippedSubtree(x!)).toBe(true);
    expect(isInSkippedSubtree(y!)).toBe(false);
  });
});

describe('languageOf', () => {
  it('reads the nearest lang attribute', () => {
    document.body.innerHTML = '<div lang="nl"><p id="p">tekst <span id="s" lang="fr">texte</span></p></div>';
    expect(languageOf(document.getElementById('p')!)).toBe('nl');
    expect(languageOf(document.getElementById('s')!.firstChild!)).toBe('fr');
  });

  it('crosses out of a shadow root to its host', () => {
    document.body.innerHTML = '<div lang="es" id="host"></div>';
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<p>texto</p>';
    expect(languageOf(root.querySelector('p')!)).toBe('es');
    expect(languageOf(root)).toBe('es');
  });

  it('reads the root element for a document, and is empty where nothing says', () => {
    document.body.innerHTML = '<p id="p">text</p>';
    expect(languageOf(document.getElementById('p')!)).toBe('');
    document.documentElement.setAttribute('lang', 'pt-BR');
    try {
      expect(languageOf(document)).toBe('pt-BR');
      expect(languageOf(document.getElementById('p')!)).toBe('pt-BR');
    } finally {
      document.documentElement.removeAttribute('lang');
    }
  });

  it('treats an empty lang as unknown, stopping there', () => {
    document.body.innerHTML = '<div lang="de"><p id="p" lang="">Text</p></div>';
    expect(languageOf(document.getElementById('p')!)).toBe('');
  });
});
