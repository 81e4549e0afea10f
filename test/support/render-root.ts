import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach } from 'vitest';

/**
 * A fresh element in the document for each test to render components into, unmounted and removed
 * after it. Call at the top of a test file (it registers the hooks); read the element through the getter.
 */
export function useRenderRoot(): () => HTMLElement {
  let root: HTMLElement | null = null;
  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    const el = root!;
    act(() => render(null, el));
    el.remove();
    root = null;
  });
  return () => {
    if (!root) throw new Error('the render root exists only inside a test');
    return root;
  };
}
